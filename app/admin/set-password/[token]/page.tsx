import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/admin/PasswordForms";
import type { PasswordFormState } from "@/lib/auth/password-actions";
import { formResultFor } from "@/lib/forms/result";
import { openLink } from "@/lib/users/links";
import { PASSWORD_MIN } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Choose your password", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

// Opening the link changes nothing (mail scanners follow links): the form's POST uses it.
export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [link, result] = await Promise.all([
    openLink(token),
    formResultFor<PasswordFormState>(`/admin/set-password/${token}`),
  ]);
  return (
    <main id="main" className="sign-in">
      <h1>Choose your password</h1>
      {link || result ? (
        <>
          {link && <p>For {link.user.email}.</p>}
          <SetPasswordForm token={token} passwordMin={PASSWORD_MIN} initialState={result} />
        </>
      ) : (
        <p data-testid="password-message">
          This link has expired or was already used. <Link href="/admin/reset">Ask for a new one</Link>.
        </p>
      )}
    </main>
  );
}
