// The one path of every reader mutation (post, edit and report a comment): the request must
// come from this site's own pages (Origin), the form is parsed with zod, the client's address
// (hashed) is rate limited, then the handler runs with the typed input and what the server
// knows about the caller. The answer goes back like adminAction's: the state for an enhanced
// form, or for a plain post the stored result and a redirect to `respondTo` — the wrapper's
// own refusals included, each keeping what was typed. While the database is briefly away the
// handler is retried (bounded, lib/db/transient.ts); if it stays away the reader gets the form
// back with a message, never an error page — and without JavaScript that answer is kept in
// memory (lib/forms/result.ts), since the database-backed result store is down too.
import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { isDatabaseOutage, retryTransient } from "@/lib/db/transient";
import type { z } from "zod";
import type { RateLimiterPostgres } from "rate-limiter-flexible";
import { respondWith } from "@/lib/forms/result";
import { translator } from "@/lib/i18n/messages";
import { consume } from "@/lib/security/rate-limit";
import { clientIp, hashIp, isSameOrigin } from "@/lib/security/request";
import { CORRECT_FIELDS, fieldErrorsOf, formInput, typedValues } from "./form";
import type { FormAction } from "./admin";
import type { FieldErrors, TypedValues } from "./state";

const t = translator("CommentErrors");

export const UNVERIFIED = t("unverified");

/** A refusal by the wrapper or the handler, before it becomes the form's own state. */
export type Refused = { message: string; fieldErrors?: FieldErrors };

/** What the server knows about who is asking. The raw address is for matching only, never stored. */
export type PublicRequest = { ip: string; ipHash: string; userAgent: string | null };

export type PublicActionOptions<State> = {
  /** Where a plain form post sees its result, from what the form sent. */
  respondTo: (values: TypedValues) => string;
  /** One point per accepted-looking request and client address; the message says how long to wait. */
  rateLimit?: { limiter: () => RateLimiterPostgres; message: (waitSeconds: number) => string };
  /** The form's state for a refusal, keeping what was typed. */
  refused: (refusal: Refused, values: TypedValues) => State;
  /** Said when the database stays unreachable past the retries; the form keeps what was typed. */
  unavailable?: string;
};

export const UNAVAILABLE = t("unavailable");

export function publicAction<Schema extends z.ZodType, State>(
  schema: Schema,
  options: PublicActionOptions<State>,
  handler: (input: z.output<Schema>, request: PublicRequest, values: TypedValues) => Promise<State>,
): FormAction<State> {
  return async (_previous, form) => {
    const values = typedValues(form);
    const target = options.respondTo(values);
    const refuse = (refusal: Refused) => respondWith(options.refused(refusal, values), target);

    const requestHeaders = await headers();
    if (!isSameOrigin(requestHeaders)) return refuse({ message: UNVERIFIED });
    const parsed = schema.safeParse(formInput(form));
    if (!parsed.success) return refuse({ message: CORRECT_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) });

    const ip = clientIp(requestHeaders);
    const request: PublicRequest = { ip, ipHash: hashIp(ip), userAgent: requestHeaders.get("user-agent") };
    if (options.rateLimit) {
      const wait = await consume(options.rateLimit.limiter(), request.ipHash);
      if (wait) return refuse({ message: options.rateLimit.message(wait) });
    }
    let state: State;
    try {
      // Handlers are idempotent (a comment's idempotency key, upserts): a retry after a lost
      // connection never does the same thing twice.
      state = await retryTransient(() => handler(parsed.data, request, values));
    } catch (error) {
      unstable_rethrow(error);
      if (!(await isDatabaseOutage(error))) throw error;
      return refuse({ message: options.unavailable ?? UNAVAILABLE });
    }
    return respondWith(state, target);
  };
}
