"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ArticleBody } from "@/components/article/ArticleBody";
import { previewArticleBody } from "@/lib/articles/actions";
import type { BodySegment } from "@/lib/articles/render";
import type { ReadAlsoRow } from "./ReadAlsoPicker";

const DELAY_MS = 350;

/**
 * The body as readers will see it: rendered by the server with the public renderer (same
 * Markdown, same sanitising, Read-also lines at their paragraphs) and shown with the public
 * component, a moment after typing stops.
 */
export function BodyPreview({
  body,
  lang,
  readAlso,
  initialSegments,
  onParagraphs,
}: {
  body: string;
  lang: "en" | "fr";
  readAlso: ReadAlsoRow[];
  initialSegments: BodySegment[];
  onParagraphs: (count: number) => void;
}) {
  const [segments, setSegments] = useState(initialSegments);
  const [status, setStatus] = useState<"ready" | "updating" | "failed">("ready");
  const t = useTranslations("AdminEditor");
  const links = JSON.stringify(
    readAlso
      .filter((row) => !row.removed)
      .map(({ targetId, afterParagraph }) => ({ targetId, afterParagraph })),
  );

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      setStatus("updating");
      try {
        const preview = await previewArticleBody(body, JSON.parse(links));
        if (!current) return;
        setSegments(preview.segments);
        onParagraphs(preview.paragraphs);
        setStatus("ready");
      } catch {
        if (current) setStatus("failed");
      }
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [body, links, onParagraphs]);

  const note = status === "updating" ? t("previewUpdating") : status === "failed" ? t("previewFailed") : "";
  return (
    <section className="body-preview" aria-labelledby="body-preview-heading">
      <h2 id="body-preview-heading">
        {t.rich("previewHeading", {
          status: () => (
            <span className="muted" aria-live="polite">
              {note}
            </span>
          ),
        })}
      </h2>
      {segments.length > 0 ? (
        <ArticleBody segments={segments} lang={lang} />
      ) : (
        <p className="muted">{t("previewEmpty")}</p>
      )}
    </section>
  );
}
