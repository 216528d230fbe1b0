import type { Phase } from "../types";
import { commentsClosedAt } from "../closing";

export const articleClosed: Phase = {
  name: "article-closed",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ article, settings, now }) => {
    const closedAt = commentsClosedAt(article, settings.closeAfterDays);
    if (closedAt && closedAt <= now) {
      return {
        refuse: { message: "Comments are closed on this article." },
        reasons: ["comments are closed"],
      };
    }
  },
};
