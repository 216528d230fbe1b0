"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { ReportForm } from "./ReportForm";

type Target = { id: number; name: string; opener: HTMLElement };

/**
 * The page's one report form, in a modal dialog opened by any comment's Report link (without
 * JavaScript the link leads to the report page instead). The native dialog keeps focus inside
 * while open and closes on Escape; focus then returns to the link that opened it.
 */
export function ReportDialog({ articleId }: { articleId: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const t = useTranslations("ReportForm");
  const id = useId();

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a.report-link");
      const comment = link?.closest("article[id^='comment-']");
      if (!link || !comment) return;
      event.preventDefault();
      setTarget({
        id: Number(comment.id.slice("comment-".length)),
        name: comment.querySelector(".comment-author")?.textContent ?? "",
        opener: link as HTMLElement,
      });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    if (target && !dialog.current?.open) dialog.current?.showModal();
  }, [target]);

  return (
    <dialog
      ref={dialog}
      className="report-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        target?.opener.focus();
        setTarget(null);
      }}
    >
      <h2 id={`${id}-title`}>{target?.name ? t("titleBy", { name: target.name }) : t("title")}</h2>
      {target && <ReportForm key={target.id} commentId={target.id} articleId={articleId} />}
      <button type="button" className="link-button" onClick={() => dialog.current?.close()}>
        {t("close")}
      </button>
    </dialog>
  );
}
