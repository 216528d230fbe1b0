// Default decision thresholds of the spam score (the same as DiscussionSettings' defaults):
// a comment scoring at least DEFAULT_SPAM_THRESHOLD is spam, one scoring at least
// DEFAULT_HOLD_THRESHOLD (and less) waits for a moderator.

export const DEFAULT_SPAM_THRESHOLD = 0.92;
export const DEFAULT_HOLD_THRESHOLD = 0.6;
