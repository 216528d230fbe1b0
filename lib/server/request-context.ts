// The request being served, for log lines written anywhere while it runs. One store shared through
// globalThis: the in-process server (loaded by tsx) and Next's bundled server code each load their
// own copy of this module, and both must see the same store.
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string };

const key = Symbol.for("lede.requestContext");
const holder = globalThis as unknown as { [key]?: AsyncLocalStorage<RequestContext> };

export const requestContext: AsyncLocalStorage<RequestContext> = (holder[key] ??= new AsyncLocalStorage());

/** The id of the request this code runs for, if any. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
