import SiteLink from "@/components/layout/SiteLink";
import type { BodySegment } from "@/lib/articles/render";

const READ_ALSO_LABEL = { fr: "Lire aussi", en: "Read also" } as const;

/** The body HTML (sanitised at render time) with the inline "Read also" lines between paragraphs. */
export function ArticleBody({ segments, lang }: { segments: BodySegment[]; lang: "en" | "fr" }) {
  return (
    <div className="article-body" lang={lang}>
      {segments.map((segment, index) =>
        segment.kind === "html" ? (
          <div key={index} dangerouslySetInnerHTML={{ __html: segment.html }} />
        ) : (
          <div key={index} className="read-also">
            {segment.links.map((link) => (
              <p key={link.href}>
                <strong>{READ_ALSO_LABEL[lang]}</strong> <SiteLink href={link.href}>{link.title}</SiteLink>
              </p>
            ))}
          </div>
        ),
      )}
    </div>
  );
}
