import { keyMatchReason } from "../keys";
import type { Phase } from "../types";

/** A comment containing a disallowed phrase in its text, name, email, website or IP goes to the trash. */
export const disallowedKeys: Phase = {
  name: "disallowed-keys",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ comment, settings }) => {
    const reason = keyMatchReason("disallowed key", settings.disallowedKeys, comment);
    if (reason) return { status: "TRASH", reasons: [reason] };
  },
};
