import type { Phase } from "../types";

export const FLOOD_INTERVAL_MS = 15_000;

/** Refused outright, nothing stored: the commenter is told why and keeps the text. */
export const floodAndDuplicate: Phase = {
  name: "flood-and-duplicate",
  actions: ["NEW"],
  run: ({ submission, now }) => {
    if (!submission) return;
    if (submission.duplicate) {
      return {
        refuse: { field: "body", message: "You have already posted this comment on this article." },
        reasons: ["duplicate comment"],
      };
    }
    if (submission.lastCommentAt && now.getTime() - submission.lastCommentAt.getTime() < FLOOD_INTERVAL_MS) {
      return {
        refuse: { message: "You are posting comments too quickly. Please wait a few seconds and try again." },
        reasons: ["flood: less than 15 s since the previous comment"],
      };
    }
  },
};
