import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/SignInForm";
import type { SignInState } from "@/lib/auth/actions";
import { currentUser } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";

export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { from } = await searchParams;
  const destination = typeof from === "string" ? from : "/admin";
  if (await currentUser()) redirect(destination.startsWith("/admin") ? destination : "/admin");
  const result = await formResultFor<SignInState>(`/admin/sign-in?from=${encodeURIComponent(destination)}`);
  return (
    <main id="main" className="sign-in">
      <h1>Lede newsroom</h1>
      <p>Sign in to the dashboard.</p>
      <SignInForm from={destination} initialState={result} />
      <p>
        <Link href="/admin/reset">Forgot your password?</Link>
      </p>
    </main>
  );
}
