import { firstMatchingKey } from "../keys";
import type { Phase } from "../types";

/** A comment containing a disallowed phrase in its text, name, email, website or IP goes to the trash. */
export const disallowedKeys: Phase = {
  name: "disallowed-keys",
  run: ({ comment, settings }) => {
    const key = firstMatchingKey(settings.disallowedKeys, [comment.body, comment.authorName, comment.authorEmail, comment.authorUrl, comment.ip]);
    if (key) return { status: "TRASH", reasons: [`matched disallowed key "${key}"`] };
  },
};
