import type { Phase } from "../types";
import { translator } from "@/lib/i18n/messages";
import { commentsClosedAt } from "../closing";

export const articleClosed: Phase = {
  name: "article-closed",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ article, settings, now }) => {
    const closedAt = commentsClosedAt(article, settings.closeAfterDays);
    if (closedAt && closedAt <= now) {
      return {
        refuse: { message: translator("CommentErrors")("closed") },
        reasons: ["comments are closed"],
      };
    }
  },
};
