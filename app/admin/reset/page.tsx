import type { Metadata } from "next";
import Link from "next/link";
import { RequestResetForm } from "@/components/admin/PasswordForms";
import type { PasswordFormState } from "@/lib/auth/password-actions";
import { formResultFor } from "@/lib/forms/result";

export const metadata: Metadata = { title: "Reset your password", robots: { index: false, follow: false } };

export default async function ResetPage() {
  const result = await formResultFor<PasswordFormState>("/admin/reset");
  return (
    <main id="main" className="sign-in">
      <h1>Reset your password</h1>
      <p>Enter the email address of your staff account: we email it a link to choose a new password.</p>
      <RequestResetForm initialState={result} />
      <p>
        <Link href="/admin/sign-in">Back to sign in</Link>
      </p>
    </main>
  );
}
