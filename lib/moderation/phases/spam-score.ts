import type { Phase } from "../types";

export const spamScore: Phase = {
  name: "spam-score",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ spam, settings }) => {
    // Without a verdict nobody has checked it for spam: a moderator does.
    if (!spam) return { status: "PENDING", reasons: ["spam filter unavailable"] };
    const score = spam.score.toFixed(2);
    const top = spam.signals
      .slice(0, 3)
      .map((signal) => signal.token)
      .join(", ");
    const why = top ? ` (${top})` : "";
    if (spam.score >= settings.spamThreshold)
      return { status: "SPAM", reasons: [`spam score ${score} ≥ ${settings.spamThreshold}${why}`] };
    if (spam.score >= settings.holdThreshold)
      return {
        status: "PENDING",
        reasons: [`spam score ${score} in the grey zone ≥ ${settings.holdThreshold}${why}`],
      };
    return { reasons: [`spam score ${score}`] };
  },
};
