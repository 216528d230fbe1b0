import type { Phase } from "../types";

/** Bots fill the hidden field, or post faster than a person can read the form and type. */
export const botTraps: Phase = {
  name: "bot-traps",
  actions: ["NEW"],
  run: ({ submission, settings }) => {
    if (!submission) return;
    if (submission.honeypot.trim())
      return { status: "SPAM", reasons: ["hidden honeypot field was filled in"] };
    if (submission.elapsedMs === null)
      return { status: "SPAM", reasons: ["form timestamp missing or tampered with"] };
    const seconds = submission.elapsedMs / 1000;
    if (seconds < settings.minSecondsToSubmit) {
      return {
        status: "SPAM",
        reasons: [
          `submitted ${seconds.toFixed(1)} s after the form was shown (minimum ${settings.minSecondsToSubmit} s)`,
        ],
      };
    }
  },
};
