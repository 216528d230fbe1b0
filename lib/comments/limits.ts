// Limits the comment form shows in the browser as well as checks on the server: kept apart from
// schema.ts so the client bundle does not pull in zod for one number.
export const MAX_COMMENT_LENGTH = 5000;
