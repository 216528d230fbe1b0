// Staff sign-in with Auth.js v5: email and password (argon2id), sessions in a signed JWT
// cookie (httpOnly, Secure on https). Every page and action re-checks the user in the database
// (lib/auth/session.ts), so deactivating someone or changing their role takes effect at once.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/security/request";
import { checkSignIn } from "./sign-in";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/admin/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const result = await checkSignIn({ ...parsed.data, ip: clientIp(request.headers) });
        if (!result.ok) throw result.reason === "limited" ? new TooManyAttempts() : new CredentialsSignin();
        const { user } = result;
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
