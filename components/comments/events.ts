/** Sent on window when the visitor posted a comment, so the island showing their own comments reloads them. */
export const OWN_COMMENTS_CHANGED = "lede:own-comments-changed";
