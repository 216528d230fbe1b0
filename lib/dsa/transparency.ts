// The public transparency figures, cached under their tag: a new notice or a decision expires it.
import "server-only";
import { tagCache, tags } from "@/lib/cache/tags";
import { transparencyMonths } from "./notices";

export async function getTransparency() {
  "use cache";
  tagCache(tags.transparency);
  return transparencyMonths();
}
