// The moderation pipeline's vocabulary. A phase looks at a read-only context and returns a
// decision: maybe a status (the first phase with one ends the run), maybe a refusal (nothing is
// stored, the commenter sees the message), and always the reasons, which moderators see.
import type { DiscussionSettings } from "@/lib/generated/prisma/client";
import type { CommentStatus, CommenterStanding } from "@/lib/generated/prisma/enums";

export type ModerationSettings = Pick<
  DiscussionSettings,
  | "requireModeration"
  | "linkLimit"
  | "moderationKeys"
  | "disallowedKeys"
  | "requirePriorApproval"
  | "closeAfterDays"
  | "spamThreshold"
  | "holdThreshold"
  | "minSecondsToSubmit"
>;

/**
 * What is being moderated: a new comment (NEW), an author's edit of their comment (EDIT), or a
 * stored comment replayed under candidate settings (PREVIEW). Each phase says which it judges:
 * the act of submitting (bot traps, flood, duplicate) is only judged for NEW.
 */
export type ModerationAction = "NEW" | "EDIT" | "PREVIEW";

export type ModerationContext = {
  action: ModerationAction;
  comment: {
    body: string;
    authorName: string;
    authorEmail: string;
    authorUrl: string | null;
    /** The submitter's IP address as received (matched against disallowed keys, never stored). */
    ip: string;
    userAgent: string | null;
  };
  /** The act of submitting a new comment; null for EDIT and PREVIEW, which judge the text only. */
  submission: {
    /** Filled only by bots: the field is hidden from people. */
    honeypot: string;
    /** Time between the form being rendered and submitted; null when unknown or tampered with. */
    elapsedMs: number | null;
    /** Last comment from the same IP address or email, any article. */
    lastCommentAt: Date | null;
    /** The same text already posted on this article. */
    duplicate: boolean;
  } | null;
  article: { commentsOpen: boolean; commentsCloseAt: Date | null; publishedAt: Date | null };
  /**
   * The author's history. `approved` counts only approved comments this browser proved it
   * posted (its signed cookie): typing someone's email must never reveal they have commented.
   */
  author: { approved: number; spam: number; standing: CommenterStanding };
  spam: { score: number; signals: { token: string; probability: number }[] } | null;
  /**
   * Akismet's second opinion on a grey-zone comment, when the site uses Akismet and it was
   * asked (moderate.ts asks only when the spam score alone would hold the comment).
   */
  akismet?: AkismetOpinion;
  settings: ModerationSettings;
  now: Date;
};

/** What Akismet answered, or why it could not (timeout, network, bad key…). */
export type AkismetOpinion = { spam: boolean; discard: boolean } | { error: string };

export type Refusal = { field?: "body" | "authorEmail" | "authorName" | "authorUrl"; message: string };

export type PhaseDecision = { status?: CommentStatus; refuse?: Refusal; reasons?: string[] };

export type Phase = {
  name: string;
  /** The actions this phase judges. */
  actions: readonly ModerationAction[];
  run(context: ModerationContext): PhaseDecision | undefined;
};

export type ModerationOutcome =
  | { kind: "refused"; refusal: Refusal; reasons: string[] }
  | { kind: "decided"; status: CommentStatus; reasons: string[]; decidedBy: string };
