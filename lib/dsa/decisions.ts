// The moderator's possible decisions on a DSA notice, apart from the schema (which reads the
// server-side message catalog) so the decision form in the browser can list them too.
export const DECISIONS = ["REMOVE", "RESTRICT", "KEEP"] as const;
export type Decision = (typeof DECISIONS)[number];
