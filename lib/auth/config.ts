// Staff sign-in with Auth.js v5: email and password (argon2id), sessions in a signed JWT
// cookie (httpOnly, Secure on https). Every page and action re-checks the user in the database
// (lib/auth/session.ts), so deactivating someone or changing their role takes effect at once.
import "server-only";
import { hash, verify } from "@node-rs/argon2";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { LIMITS, consume } from "@/lib/security/rate-limit";
import { clientIp, hashIp } from "@/lib/security/request";
import { normaliseEmail } from "@/lib/comments/identity";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

// Verifying against a fixed hash when the email is unknown keeps response times alike, so
// timing does not reveal which emails have accounts.
const unknownUserHash = hash("not-a-real-password-lede");

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
        const email = normaliseEmail(parsed.data.email);
        const ip = hashIp(clientIp(request.headers));
        if ((await consume(LIMITS.signInIp(), ip)) || (await consume(LIMITS.signInAccount(), email)))
          throw new TooManyAttempts();
        const user = await db.user.findUnique({ where: { email } });
        const valid = await verify(user?.passwordHash ?? (await unknownUserHash), parsed.data.password).catch(
          () => false,
        );
        if (!user || !valid || !user.active) throw new CredentialsSignin();
        await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        return { id: String(user.id), email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = Number(user.id);
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: typeof token.uid === "number" ? token.uid : null };
    },
  },
});
