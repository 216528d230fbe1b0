"use server";
// Sign-in and sign-out. "Wrong email or password" never says which one was wrong.
import "server-only";
import { AuthError } from "next-auth";
import { translator } from "@/lib/i18n/messages";
import { respondWith } from "@/lib/forms/result";
import { headers } from "next/headers";
import { clientIp } from "@/lib/security/request";
import { signExpiring, verifyExpiring } from "@/lib/security/sign";
import { signedInTicket, signIn, signOut } from "./config";
import { checkSecondFactor, checkSignIn, type SignInCheck } from "./sign-in";

export type SignInState = {
  /** "code": the password was right; the form asks for the second factor. */
  status: "idle" | "error" | "code";
  message?: string;
  email?: string;
  /** Proof that the password step passed (signed, five minutes), sent back with the code. */
  challenge?: string;
};

const CHALLENGE = "sign-in-challenge";
const CHALLENGE_MS = 5 * 60_000;

/** Only same-site paths under /admin: never an open redirect. */
function safeDestination(from: unknown): string {
  return typeof from === "string" &&
    /^\/admin(\/[\w\-/?=&%.]*)?$/.test(from) &&
    !from.startsWith("/admin/sign-in")
    ? from
    : "/admin";
}

/**
 * Both steps of a staff sign-in: the password (lib/auth/sign-in.ts, with its limits), then, for
 * an account with two-factor sign-in, a code. Only once both passed does Auth.js get a ticket
 * (signed, one minute, never leaves the server) and issue the session.
 */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const t = translator("AdminSignIn");
  const email = String(form.get("email") ?? "");
  const destination = safeDestination(form.get("from"));
  const answer = (state: SignInState) =>
    respondWith(state, `/admin/sign-in?from=${encodeURIComponent(destination)}`);
  const ip = clientIp(await headers());
  const challenge = String(form.get("challenge") ?? "");

  let check: SignInCheck;
  if (challenge) {
    const userId = Number(verifyExpiring(CHALLENGE, challenge));
    if (!userId) return answer({ status: "error", message: t("expired"), email });
    check = await checkSecondFactor({ userId, code: String(form.get("code") ?? ""), ip });
    if (!check.ok && check.reason === "invalid")
      return answer({ status: "code", message: t("wrongCode"), email, challenge });
  } else {
    check = await checkSignIn({ email, password: String(form.get("password") ?? ""), ip });
    if (check.ok && check.twoFactor)
      return answer({
        status: "code",
        email,
        challenge: signExpiring(CHALLENGE, String(check.user.id), CHALLENGE_MS),
      });
  }
  if (!check.ok)
    return answer({
      status: "error",
      message: check.reason === "limited" ? t("tooMany") : t("wrong"),
      email,
    });
  try {
    await signIn("credentials", { ticket: signedInTicket(check.user.id), redirectTo: destination });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the success redirect
    return answer({ status: "error", message: t("wrong"), email });
  }
  return { status: "idle" };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/admin/sign-in" });
}
