// What the candidate settings would have done: counts by change of status, then each comment
// that would change (those this edit causes first).
import type { ModerationPreview, PreviewStatus } from "@/lib/settings/preview";
import { AdminTable } from "@/components/admin/ui/table";

const STATUS_LABELS: Record<PreviewStatus, string> = {
  APPROVED: "Approved",
  PENDING: "Pending",
  SPAM: "Spam",
  TRASH: "Trash",
  REFUSED: "Refused",
};

function Status({ status }: { status: PreviewStatus }) {
  return <span className={`preview-status status-${status.toLowerCase()}`}>{STATUS_LABELS[status]}</span>;
}

export function PreviewPanel({ preview }: { preview: ModerationPreview }) {
  const others = preview.changed - preview.causedByChange;
  return (
    <section
      aria-labelledby="preview-heading"
      className="admin-panel settings-preview"
      data-testid="settings-preview"
    >
      <h2 id="preview-heading">Preview: the last {preview.examined} comments under these settings</h2>
      {preview.changed === 0 ? (
        <p data-testid="preview-summary">None of them would change status.</p>
      ) : (
        <>
          <p data-testid="preview-summary">
            <strong>{preview.changed}</strong> of {preview.examined} comments would change status;{" "}
            <strong>{preview.causedByChange}</strong> because of the values you changed.
            {others > 0 &&
              ` The other ${others} already differ from what the saved settings would decide (moderators' decisions, or history since).`}
          </p>
          <ul className="preview-transitions">
            {preview.transitions.map((transition) => (
              <li key={`${transition.from}-${transition.to}`}>
                <Status status={transition.from} /> → <Status status={transition.to} />: {transition.count}
              </li>
            ))}
          </ul>
          <AdminTable
            caption="Comments whose status would change"
            rows={preview.rows}
            rowKey={(row) => row.id}
            testId="preview-table"
            columns={[
              {
                header: "Comment",
                cell: (row) => (
                  <>
                    <p className="excerpt">{row.excerpt}</p>
                    <p className="meta">
                      {row.authorName} on “{row.articleTitle}” (#{row.id})
                    </p>
                  </>
                ),
              },
              { header: "Now", cell: (row) => <Status status={row.current} /> },
              { header: "Would be", cell: (row) => <Status status={row.wouldBe} /> },
              { header: "Deciding reason", cell: (row) => row.reason },
              { header: "Caused by this change", cell: (row) => (row.causedByChange ? "Yes" : "No") },
            ]}
          />
        </>
      )}
    </section>
  );
}
