import type { Phase } from "../types";

/** "Comment author must have a previously approved comment." */
export const priorApproval: Phase = {
  name: "prior-approval",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ author, settings }) => {
    if (!settings.requirePriorApproval) return;
    if (author.approved === 0) return { status: "PENDING", reasons: ["first comment from this author"] };
    return { reasons: [`author has ${author.approved} approved comment${author.approved === 1 ? "" : "s"}`] };
  },
};
