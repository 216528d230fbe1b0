// Discussion settings (one row): read fresh by actions, cached for pages under the `settings` tag.
import "server-only";
import { tagCache, tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { DiscussionSettings, PrismaClient } from "@/lib/generated/prisma/client";

type Client = Pick<PrismaClient, "discussionSettings">;

/** The settings row, created with the defaults the first time it is needed. */
export async function loadDiscussionSettings(client: Client = db): Promise<DiscussionSettings> {
  return (
    (await client.discussionSettings.findUnique({ where: { id: 1 } })) ??
    client.discussionSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} })
  );
}

export async function getDiscussionSettings(): Promise<DiscussionSettings> {
  "use cache";
  tagCache(tags.settings);
  return loadDiscussionSettings();
}
