// Staff sign-in with Auth.js v5: email and password (argon2id), sessions in a signed JWT
// cookie (httpOnly, Secure on https). Every page and action re-checks the user in the database
// (lib/auth/session.ts), so deactivating someone or changing their role takes effect at once.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { signExpiring, verifyExpiring } from "@/lib/security/sign";

const TICKET = "sign-in-ticket";

/** Handed by the sign-in action to Auth.js once every step passed; lives one minute, server-side only. */
export function signedInTicket(userId: number): string {
  return signExpiring(TICKET, String(userId), 60_000);
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/admin/sign-in" },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      // The checks (password, second factor, limits, audit) ran in the sign-in action.
      async authorize(raw) {
        const userId = Number(verifyExpiring(TICKET, typeof raw?.ticket === "string" ? raw.ticket : null));
        const user = userId ? await db.user.findUnique({ where: { id: userId } }) : null;
        if (!user?.active) throw new CredentialsSignin();
        return { id: String(user.id), email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = Number(user.id);
        // Read by proxy.ts to answer 403 before rendering; pages re-check the current role.
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: typeof token.uid === "number" ? token.uid : null };
    },
  },
});
