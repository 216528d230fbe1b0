import type { Phase } from "../types";

/** Moderators can ban a commenter (comments go to the trash) or pre-moderate them. */
export const authorStanding: Phase = {
  name: "author-standing",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ author }) => {
    if (author.standing === "BANNED") return { status: "TRASH", reasons: ["commenter is banned"] };
    if (author.standing === "PREMODERATED")
      return { status: "PENDING", reasons: ["commenter is pre-moderated"] };
  },
};
