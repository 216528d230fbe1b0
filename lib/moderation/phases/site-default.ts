import type { Phase } from "../types";

export const siteDefault: Phase = {
  name: "site-default",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ settings }) =>
    settings.requireModeration
      ? { status: "PENDING", reasons: ["site holds every comment for moderation"] }
      : { status: "APPROVED", reasons: ["no rule held the comment"] },
};
