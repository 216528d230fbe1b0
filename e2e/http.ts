// Plain HTTP helpers for end-to-end specs that need what a browser cannot do: choose the local
// address a request comes from, or post a form exactly as a browser without JavaScript does.
import {
  commentFormFields as formFieldsOf,
  encodeCommentForm,
  pageAfterPost,
  postCommentForm,
  send as sendTo,
  type Answer,
  type SendOptions,
} from "../scripts/lib/form-posts";

export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const ORIGIN = `http://localhost:${PORT}`;
export const SEED_PATH = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";

export type { Answer };

/** A request to the end-to-end server (or another one on `port`). */
export function send(path: string, options: SendOptions = {}): Promise<Answer> {
  return sendTo(ORIGIN, path, options);
}

/** The hidden fields of the seed article's "Leave a Reply" form, as a browser without JS posts them. */
export function commentFormFields(port = PORT): Promise<[string, string][]> {
  return formFieldsOf(ORIGIN, SEED_PATH, port);
}

export { encodeCommentForm };

/** Posts the seed article's comment form the way a browser without JavaScript does. */
export function postComment(
  hidden: [string, string][],
  fields: Record<string, string>,
  options: { from?: string; headers?: Record<string, string> },
): Promise<Answer> {
  return postCommentForm(ORIGIN, SEED_PATH, hidden, fields, options);
}

/** The text a reader gets after posting (the redirect to /comments/respond, followed). */
export async function outcomeText(answer: Answer, from?: string): Promise<string> {
  return (await pageAfterPost(ORIGIN, answer, from)).text;
}
