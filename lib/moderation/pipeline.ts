// The moderation pipeline (pure): an ordered list of small phases, each judging the actions it
// names (NEW, EDIT, PREVIEW). The first phase that refuses or decides a status ends the run;
// the reasons of every phase that ran are kept. moderate.ts builds the context and calls it.
import { articleClosed } from "./phases/article-closed";
import { authorStanding } from "./phases/author-standing";
import { botTraps } from "./phases/bot-traps";
import { disallowedKeys } from "./phases/disallowed-keys";
import { floodAndDuplicate } from "./phases/flood-and-duplicate";
import { linkCount } from "./phases/link-count";
import { moderationKeys } from "./phases/moderation-keys";
import { priorApproval } from "./phases/prior-approval";
import { siteDefault } from "./phases/site-default";
import { spamScore } from "./phases/spam-score";
import type { ModerationContext, ModerationOutcome, Phase } from "./types";

export const PHASES: readonly Phase[] = [
  articleClosed,
  disallowedKeys,
  botTraps,
  floodAndDuplicate,
  linkCount,
  moderationKeys,
  spamScore,
  authorStanding,
  priorApproval,
  siteDefault,
];

/** The phases that judge `action`, in order. */
export function phasesFor(action: ModerationContext["action"], phases: readonly Phase[] = PHASES): Phase[] {
  return phases.filter((phase) => phase.actions.includes(action));
}

export function runPipeline(
  context: ModerationContext,
  phases: readonly Phase[] = PHASES,
): ModerationOutcome {
  const reasons: string[] = [];
  for (const phase of phasesFor(context.action, phases)) {
    const decision = phase.run(context);
    if (!decision) continue;
    reasons.push(...(decision.reasons ?? []));
    if (decision.refuse) return { kind: "refused", refusal: decision.refuse, reasons };
    if (decision.status) return { kind: "decided", status: decision.status, reasons, decidedBy: phase.name };
  }
  // The last phase always decides; this only guards a custom phase list.
  return {
    kind: "decided",
    status: "PENDING",
    reasons: [...reasons, "no phase decided"],
    decidedBy: "fallback",
  };
}
