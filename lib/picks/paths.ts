/** The curation page, with the title search the editor was on (forms posted without JS come back to it). */
export function picksPath(query?: string | null): string {
  const q = query?.trim();
  return q ? `/admin/picks?q=${encodeURIComponent(q)}` : "/admin/picks";
}
