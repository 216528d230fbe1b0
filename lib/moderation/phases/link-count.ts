import { countLinks } from "../keys";
import type { Phase } from "../types";

export const linkCount: Phase = {
  name: "link-count",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ comment, settings }) => {
    const links = countLinks(comment.body);
    if (settings.linkLimit > 0 && links >= settings.linkLimit) {
      return { status: "PENDING", reasons: [`${links} links ≥ limit ${settings.linkLimit}`] };
    }
  },
};
