import type { Phase } from "../types";

export const spamScore: Phase = {
  name: "spam-score",
  actions: ["NEW", "EDIT", "PREVIEW"],
  run: ({ spam, akismet, settings }) => {
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
    if (spam.score >= settings.holdThreshold) {
      const greyZone = `spam score ${score} in the grey zone ≥ ${settings.holdThreshold}${why}`;
      // Akismet's second opinion, when it was asked: spam is spam, a clear "not spam" lets the
      // later rules decide, and no answer (timeout, error) holds: never publish on a doubt.
      if (!akismet) return { status: "PENDING", reasons: [greyZone] };
      if ("error" in akismet)
        return { status: "PENDING", reasons: [greyZone, `Akismet unavailable (${akismet.error}): held`] };
      if (akismet.spam)
        return { status: "SPAM", reasons: [greyZone, `Akismet: spam${akismet.discard ? " (blatant)" : ""}`] };
      return { reasons: [greyZone, "Akismet: not spam"] };
    }
    return { reasons: [`spam score ${score}`] };
  },
};
