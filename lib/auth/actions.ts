"use server";
// Sign-in and sign-out. "Wrong email or password" never says which one was wrong.
import "server-only";
import { AuthError } from "next-auth";
import { translator } from "@/lib/i18n/messages";
import { respondWith } from "@/lib/forms/result";
import { signIn, signOut, TooManyAttempts } from "./config";

export type SignInState = { status: "idle" | "error"; message?: string; email?: string };

/** Only same-site paths under /admin: never an open redirect. */
function safeDestination(from: unknown): string {
  return typeof from === "string" &&
    /^\/admin(\/[\w\-/?=&%.]*)?$/.test(from) &&
    !from.startsWith("/admin/sign-in")
    ? from
    : "/admin";
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const destination = safeDestination(form.get("from"));
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      redirectTo: destination,
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the success redirect
    const message =
      error instanceof TooManyAttempts
        ? translator("AdminSignIn")("tooMany")
        : translator("AdminSignIn")("wrong");
    return respondWith(
      { status: "error", message, email },
      `/admin/sign-in?from=${encodeURIComponent(destination)}`,
    );
  }
  return { status: "idle" };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/admin/sign-in" });
}
