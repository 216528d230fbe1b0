import { translator } from "@/lib/i18n/messages";
import type { Phase } from "../types";

const t = translator("CommentErrors");

export const FLOOD_INTERVAL_MS = 15_000;

/** Refused outright, nothing stored: the commenter is told why and keeps the text. */
export const floodAndDuplicate: Phase = {
  name: "flood-and-duplicate",
  actions: ["NEW"],
  run: ({ submission, now }) => {
    if (!submission) return;
    if (submission.duplicate) {
      return {
        refuse: { field: "body", message: t("duplicate") },
        reasons: ["duplicate comment"],
      };
    }
    if (submission.lastCommentAt && now.getTime() - submission.lastCommentAt.getTime() < FLOOD_INTERVAL_MS) {
      return {
        refuse: { message: t("tooFast") },
        reasons: ["flood: less than 15 s since the previous comment"],
      };
    }
  },
};
