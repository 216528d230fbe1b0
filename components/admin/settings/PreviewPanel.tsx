// What the candidate settings would have done: counts by change of status, then each comment
// that would change (those this edit causes first).
import { useTranslations } from "next-intl";
import type { ModerationPreview, PreviewStatus } from "@/lib/settings/preview";
import { AdminTable } from "@/components/admin/ui/table";

function Status({ status }: { status: PreviewStatus }) {
  const t = useTranslations("AdminSettings");
  return <span className={`preview-status status-${status.toLowerCase()}`}>{t(`status_${status}`)}</span>;
}

export function PreviewPanel({ preview }: { preview: ModerationPreview }) {
  const t = useTranslations("AdminSettings");
  const others = preview.changed - preview.causedByChange;
  return (
    <section
      aria-labelledby="preview-heading"
      className="admin-panel settings-preview"
      data-testid="settings-preview"
    >
      <h2 id="preview-heading">{t("previewHeading", { count: preview.examined })}</h2>
      {preview.changed === 0 ? (
        <p data-testid="preview-summary">{t("noChange")}</p>
      ) : (
        <>
          <p data-testid="preview-summary">
            {t.rich("summary", {
              changed: preview.changed,
              examined: preview.examined,
              caused: preview.causedByChange,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
            {others > 0 && t("others", { count: others })}
          </p>
          <ul className="preview-transitions">
            {preview.transitions.map((transition) => (
              <li key={`${transition.from}-${transition.to}`}>
                <Status status={transition.from} /> → <Status status={transition.to} />: {transition.count}
              </li>
            ))}
          </ul>
          <AdminTable
            caption={t("caption")}
            rows={preview.rows}
            rowKey={(row) => row.id}
            testId="preview-table"
            columns={[
              {
                header: t("colComment"),
                cell: (row) => (
                  <>
                    <p className="excerpt">{row.excerpt}</p>
                    <p className="meta">
                      {t("rowMeta", { name: row.authorName, title: row.articleTitle, id: row.id })}
                    </p>
                  </>
                ),
              },
              { header: t("colNow"), cell: (row) => <Status status={row.current} /> },
              { header: t("colWouldBe"), cell: (row) => <Status status={row.wouldBe} /> },
              { header: t("colReason"), cell: (row) => row.reason },
              { header: t("colCaused"), cell: (row) => (row.causedByChange ? t("yes") : t("no")) },
            ]}
          />
        </>
      )}
    </section>
  );
}
