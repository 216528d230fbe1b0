// Akismet-like signals about a comment and its author, as pseudo-tokens the classifier learns
// like words: a moderator's decisions teach it how much "3 links", "no user agent" or "posted
// 2 seconds after the page loaded" say about spam on this site.
//
//   links:0 links:1 links:2+ links:5+      links in the body (links:5+ comes with links:2+)
//   len:tiny len:short len:medium len:long  body length
//   author-url:none | author-url:present author-url:<domain> author-url-tld:<tld>
//   ua:missing ua:script ua:present        user agent (script = curl, python-requests, bots…)
//   fast:<3s fast:<10s time:<1m time:<10m time:<1d time:1d+ time:unknown
//   history:new history:approved history:approved:5+ history:spam
//   email-tld:<tld> email:digits email:invalid
//   name:url name:digits name:long
import {
  extractUrls,
  normalizeText,
  registrableDomain,
  tokenize,
  tokenizeWithLinks,
  urlHost,
} from "./tokenize";

/** What the filter needs to know about a comment. */
export type CommentForSpam = {
  body: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  userAgent: string | null;
  /** Time from the form being rendered to its submission, when known. */
  elapsedMs: number | null;
  /** The author's earlier comments (same e-mail) that moderators approved or marked as spam. */
  history: { approved: number; spam: number };
};

const SCRIPT_AGENTS =
  /curl|wget|python|java\/|go-http|okhttp|libwww|perl|ruby|php|httpclient|node-fetch|axios|undici|scrapy|headless|phantom|bot\b|crawler|spider/i;

/** Signals that can be read from the text alone (so the built-in corpus teaches them too). */
export function textSignals(body: string, links = extractUrls(body).length): string[] {
  const signals: string[] = [];
  signals.push(links === 0 ? "links:0" : links === 1 ? "links:1" : "links:2+");
  if (links >= 5) signals.push("links:5+");
  const length = body.trim().length;
  signals.push(
    length < 20 ? "len:tiny" : length < 200 ? "len:short" : length < 1000 ? "len:medium" : "len:long",
  );
  return signals;
}

function elapsedSignal(elapsedMs: number | null): string {
  if (elapsedMs === null || !Number.isFinite(elapsedMs) || elapsedMs < 0) return "time:unknown";
  if (elapsedMs < 3_000) return "fast:<3s";
  if (elapsedMs < 10_000) return "fast:<10s";
  if (elapsedMs < 60_000) return "time:<1m";
  if (elapsedMs < 600_000) return "time:<10m";
  if (elapsedMs < 86_400_000) return "time:<1d";
  return "time:1d+";
}

/** Signals about the author and the submission, which only a live comment has. */
export function metaSignals(comment: CommentForSpam): string[] {
  const signals: string[] = [];

  const authorUrl = comment.authorUrl?.trim();
  const host = authorUrl
    ? urlHost(/^[a-z][a-z0-9+.-]*:\/\//i.test(authorUrl) ? authorUrl : `http://${authorUrl}`)
    : null;
  if (!authorUrl) signals.push("author-url:none");
  else {
    signals.push("author-url:present");
    if (host) {
      signals.push(`author-url:${registrableDomain(host)}`);
      signals.push(`author-url-tld:${host.slice(host.lastIndexOf(".") + 1)}`);
    }
  }

  const agent = comment.userAgent?.trim();
  if (!agent) signals.push("ua:missing");
  else signals.push(SCRIPT_AGENTS.test(agent) ? "ua:script" : "ua:present");

  signals.push(elapsedSignal(comment.elapsedMs));

  const { approved, spam } = comment.history;
  if (approved > 0) signals.push("history:approved");
  if (approved >= 5) signals.push("history:approved:5+");
  if (spam > 0) signals.push("history:spam");
  if (approved <= 0 && spam <= 0) signals.push("history:new");

  const email = normalizeText(comment.authorEmail.trim());
  const at = email.lastIndexOf("@");
  const domain = at > 0 ? email.slice(at + 1) : "";
  if (at <= 0 || !/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(domain)) signals.push("email:invalid");
  else {
    signals.push(`email-tld:${domain.slice(domain.lastIndexOf(".") + 1)}`);
    if ((email.slice(0, at).match(/\d/g) ?? []).length >= 4) signals.push("email:digits");
  }

  const name = comment.authorName.trim();
  if (extractUrls(name).length > 0) signals.push("name:url");
  if (/\d{2,}/.test(name)) signals.push("name:digits");
  if (name.split(/\s+/).length >= 4 || name.length > 40) signals.push("name:long");

  return signals;
}

/** Every token of a comment: its text (body, name, URL) and its signals, de-duplicated. */
export function tokensForComment(comment: CommentForSpam): string[] {
  // The author URL adds its url:/tld: tokens and words, not a link in the body (has:url).
  const urlTokens = comment.authorUrl
    ? tokenize(comment.authorUrl, { charNgrams: false }).filter((token) => token !== "has:url")
    : [];
  // One pass finds the links of body and name: the body's are those not in the name.
  const text = tokenizeWithLinks(`${comment.body}\n${comment.authorName}`);
  const nameLinks = text.links && comment.authorName ? extractUrls(comment.authorName).length : 0;
  return dedupe([
    ...text.tokens,
    ...urlTokens,
    ...textSignals(comment.body, Math.max(0, text.links - nameLinks)),
    ...metaSignals(comment),
  ]);
}

/** Tokens of a bare message (a corpus file): its text and the signals the text carries. */
export function tokensForText(text: string): string[] {
  const { tokens, links } = tokenizeWithLinks(text);
  return dedupe([...tokens, ...textSignals(text, links)]);
}

/**
 * Tokens of a corpus message: an e-mail is read as the comment it would be (body = subject and
 * text, author = the sender, user agent = the mail program; no author URL, time or history
 * known), through the same tokensForComment as a live comment; a bare text as tokensForText.
 */
export function tokensForMessage(message: {
  text: string;
  author?: { name: string; email: string; userAgent: string | null };
}): string[] {
  if (!message.author) return tokensForText(message.text);
  return tokensForComment({
    body: message.text,
    authorName: message.author.name,
    authorEmail: message.author.email,
    authorUrl: null,
    userAgent: message.author.userAgent,
    elapsedMs: null,
    history: { approved: 0, spam: 0 },
  });
}

function dedupe(tokens: string[]): string[] {
  return [...new Set(tokens)];
}
