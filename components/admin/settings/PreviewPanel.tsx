// What the candidate settings would have done: counts by change of status, then each comment
// that would change (those this edit causes first).
import { useTranslations } from "next-intl";
import type { ModerationPreview, PreviewStatus } from "@/lib/settings/preview";

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
          <table className="admin-table" data-testid="preview-table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colComment")}</th>
                <th scope="col">{t("colNow")}</th>
                <th scope="col">{t("colWouldBe")}</th>
                <th scope="col">{t("colReason")}</th>
                <th scope="col">{t("colCaused")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <p className="excerpt">{row.excerpt}</p>
                    <p className="meta">
                      {t("rowMeta", { name: row.authorName, title: row.articleTitle, id: row.id })}
                    </p>
                  </td>
                  <td>
                    <Status status={row.current} />
                  </td>
                  <td>
                    <Status status={row.wouldBe} />
                  </td>
                  <td>{row.reason}</td>
                  <td>{row.causedByChange ? t("yes") : t("no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
