// The real WordPress export the importer is tested against. It lives in the shared folder beside
// the project (../shared in CI and on a developer's machine; further up for a worktree), or where
// WXR_ANCHOR_EXPORT or the machine's shared folder says, for a clone elsewhere.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export function anchorExport(): string {
  for (let dir = process.cwd(), depth = 0; depth < 4; dir = dirname(dir), depth += 1) {
    const candidate = join(dirname(dir), "shared/fixtures/wordpress-anchor.wxr.xml");
    if (existsSync(candidate)) return candidate;
  }
  const named = process.env.WXR_ANCHOR_EXPORT ?? "/work/shared/fixtures/wordpress-anchor.wxr.xml";
  if (existsSync(named)) return named;
  throw new Error("shared/fixtures/wordpress-anchor.wxr.xml not found beside the project");
}
