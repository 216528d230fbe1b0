import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/admin/PasswordForms";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import type { PasswordFormState } from "@/lib/auth/password-actions";
import { formResultFor } from "@/lib/forms/result";
import { openLink } from "@/lib/users/links";
import { PASSWORD_MIN } from "@/lib/users/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminPassword");
  return { title: t("setTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

// Opening the link changes nothing (mail scanners follow links): the form's POST uses it.
export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [link, result, t] = await Promise.all([
    openLink(token),
    formResultFor<PasswordFormState>(`/admin/set-password/${token}`),
    getTranslations("AdminPassword"),
  ]);
  return (
    <main id="main" className="sign-in">
      <h1>{t("setTitle")}</h1>
      {link || result ? (
        <>
          {link && <p>{t("forUser", { email: link.user.email })}</p>}
          <ClientMessages namespaces={["AdminPassword"]}>
            <SetPasswordForm token={token} passwordMin={PASSWORD_MIN} initialState={result} />
          </ClientMessages>
        </>
      ) : (
        <p data-testid="password-message">
          {t.rich("expired", { link: (chunks) => <Link href="/admin/reset">{chunks}</Link> })}
        </p>
      )}
    </main>
  );
}
