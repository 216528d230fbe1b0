// Forms posted without JavaScript. With Cache Components, Next renders pages from their
// prerendered shell, so the state an action returns never reaches the HTML of a plain form
// post (it only reaches React after hydration). Actions therefore keep the result server-side,
// mark the posting browser with a signed cookie, and redirect to a page that renders the same
// form with that result: the comment respond page, the sign-in page, admin forms.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { isDatabaseOutage } from "@/lib/db/transient";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { sign, verify } from "@/lib/security/sign";

const RESULT_COOKIE = "lede_form_result";
const MEMORY_LIMIT = 1_000;
/** The memory copy is for the redirect right after the post: typed values are not kept long. */
const MEMORY_KEEP_MS = 5 * 60_000;

type Kept = { target: string; state: unknown; createdAt: number };
const inMemory: Map<string, Kept> = ((
  globalThis as { ledeFormResults?: Map<string, Kept> }
).ledeFormResults ??= new Map());

function keepInMemory(id: string, kept: Kept): void {
  inMemory.set(id, kept);
  // Oldest first (insertion order): expired ones, then any beyond the bound, whatever happens.
  for (const [key, entry] of inMemory) {
    if (inMemory.size <= MEMORY_LIMIT && kept.createdAt - entry.createdAt <= MEMORY_KEEP_MS) break;
    inMemory.delete(key);
  }
}
const PURPOSE = "form-result";
const KEEP_MS = 60 * 60_000;

/**
 * Returns the state to an enhanced form (called by React with JavaScript); for a plain HTML
 * form post, stores it and redirects to `target`, where `formResultFor(target)` finds it.
 */
export async function respondWith<State>(state: State, target: string): Promise<State> {
  // React's fetch-based action calls carry this header; a browser's plain form post does not.
  if ((await headers()).get("next-action")) return state;
  const id = randomUUID();
  const now = Date.now();
  // Kept in this instance's memory for the redirect that follows at once (it then works even if
  // the database goes away in between), and in the database for a redirect that reaches another
  // instance. If the database is away already (the answer may be "we could not save your
  // comment"), memory alone: behind several instances, sticky sessions keep that reliable.
  keepInMemory(id, { target, state, createdAt: now });
  try {
    await db.$transaction([
      db.formResult.deleteMany({ where: { createdAt: { lt: new Date(now - KEEP_MS) } } }),
      db.formResult.create({ data: { id, target, state: state as Prisma.InputJsonValue } }),
    ]);
  } catch (error) {
    if (!(await isDatabaseOutage(error))) throw error;
  }
  (await cookies()).set(RESULT_COOKIE, sign(PURPOSE, id), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().SITE_URL.startsWith("https:"),
    path: "/",
    maxAge: KEEP_MS / 1000,
  });
  redirect(target);
}

/**
 * The stored result of this browser's last plain form post to `target`, if any. Shown once:
 * reading it removes it, so a reload shows the page afresh.
 */
export async function formResultFor<State>(target: string): Promise<State | undefined> {
  const id = verify(PURPOSE, (await cookies()).get(RESULT_COOKIE)?.value);
  if (!id) return undefined;
  const remembered = inMemory.get(id);
  if (remembered) {
    inMemory.delete(id);
    // Shown once: its database copy goes too (later, if the database is away: purged within the hour).
    void db.formResult.delete({ where: { id } }).catch(() => {});
    return remembered.target === target && Date.now() - remembered.createdAt <= MEMORY_KEEP_MS
      ? (remembered.state as State)
      : undefined;
  }
  let result: { target: string; state: Prisma.JsonValue; createdAt: Date } | null;
  try {
    result = await db.formResult.findUnique({ where: { id } });
  } catch (error) {
    // The database went away between the post and this page: the page shows without it.
    if (await isDatabaseOutage(error)) return undefined;
    throw error;
  }
  if (!result || result.target !== target || Date.now() - result.createdAt.getTime() > KEEP_MS)
    return undefined;
  await db.formResult.delete({ where: { id } }).catch(() => {}); // a concurrent read took it
  return result.state as State;
}
