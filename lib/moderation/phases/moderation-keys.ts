import { keyMatchReason } from "../keys";
import type { Phase } from "../types";

export const moderationKeys: Phase = {
  name: "moderation-keys",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ comment, settings }) => {
    const reason = keyMatchReason("moderation key", settings.moderationKeys, comment);
    if (reason) return { status: "PENDING", reasons: [reason] };
  },
};
