// Helpers of the article dashboard pages.
import type { ActionState } from "@/lib/actions/state";
import { formResultFor } from "@/lib/forms/result";

export type RouteProps<Params> = {
  params: Promise<Params>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A route id ("12") as a number, or null. */
export function routeId(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/**
 * The result of this browser's plain form post to `path` (the action adds `?result=<token>`
 * to the page it redirects to), or undefined on a normal visit.
 */
export async function postedResult(
  path: string,
  searchParams: Record<string, string | string[] | undefined>,
): Promise<ActionState | undefined> {
  const token = first(searchParams.result);
  return token && /^[\w-]{4,32}$/.test(token)
    ? formResultFor<ActionState>(`${path}?result=${token}`)
    : undefined;
}

export function queryValue(
  searchParams: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  return first(searchParams[name]);
}
