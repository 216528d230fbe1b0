// The public transparency figures, cached for an hour (counts per month change slowly; no tag
// to expire, so no action needs to know about this page).
import "server-only";
import { cacheLife } from "next/cache";
import { transparencyMonths } from "./notices";

export async function getTransparency() {
  "use cache";
  cacheLife("hours");
  return transparencyMonths();
}
