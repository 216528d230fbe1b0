import { firstMatchingKey } from "../keys";
import type { Phase } from "../types";

export const moderationKeys: Phase = {
  name: "moderation-keys",
  run: ({ comment, settings }) => {
    const key = firstMatchingKey(settings.moderationKeys, [comment.body, comment.authorName, comment.authorEmail, comment.authorUrl, comment.ip]);
    if (key) return { status: "PENDING", reasons: [`matched moderation key "${key}"`] };
  },
};
