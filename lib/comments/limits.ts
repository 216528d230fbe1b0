// Limits the comment form shows in the browser as well as checks on the server (schema.ts).
export const MAX_COMMENT_LENGTH = 5000;
