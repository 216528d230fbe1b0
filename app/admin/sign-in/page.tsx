import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { SignInForm } from "@/components/admin/SignInForm";
import type { SignInState } from "@/lib/auth/actions";
import { currentUser } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminSignIn");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { from } = await searchParams;
  const destination = typeof from === "string" ? from : "/admin";
  if (await currentUser()) redirect(destination.startsWith("/admin") ? destination : "/admin");
  const result = await formResultFor<SignInState>(`/admin/sign-in?from=${encodeURIComponent(destination)}`);
  const t = await getTranslations("AdminSignIn");
  return (
    <main id="main" className="sign-in">
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <ClientMessages namespaces={["AdminSignIn"]}>
        <SignInForm from={destination} initialState={result} />
      </ClientMessages>
      <p>
        <Link href="/admin/reset">{t("forgot")}</Link>
      </p>
    </main>
  );
}
