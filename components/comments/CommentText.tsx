// A comment's text as readers see it: plain text in paragraphs, line breaks kept, web
// addresses turned into links. No HTML from the commenter is ever interpreted: everything is
// a React text node.
import { Fragment } from "react";
import { safeHttpUrl } from "@/lib/security/urls";

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]»”’]+$/;

function linkify(line: string, keyPrefix: string): React.ReactNode[] {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const url = raw.replace(TRAILING_PUNCTUATION, "");
    const start = match.index;
    const href = safeHttpUrl(url);
    parts.push(line.slice(last, start));
    parts.push(
      href ? (
        <a key={`${keyPrefix}-${start}`} href={href} rel="ugc nofollow noopener">
          {url}
        </a>
      ) : (
        url
      ),
    );
    last = start + url.length;
  }
  parts.push(line.slice(last));
  return parts;
}

export function CommentText({ text }: { text: string }) {
  const paragraphs = text.split(/\n{2,}/).filter((paragraph) => paragraph.trim());
  return (
    <div className="comment-text" dir="auto">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph.split("\n").map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 && <br />}
              {linkify(line, `${index}-${lineIndex}`)}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
