import type { Metadata } from "next";
import Link from "next/link";
import { NoticeDecisionForm } from "@/components/admin/moderation/NoticeDecisionForm";
import { requireCapability } from "@/lib/auth/session";
import { getNotices, type StatementOfReasons } from "@/lib/dsa/notices";
import { DECISION_LABELS } from "@/lib/dsa/schema";

export const metadata: Metadata = { title: "Illegal content notices" };

const when = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 16) : "—");

export default async function NoticesPage() {
  await requireCapability("moderate", "/admin/comments/notices");
  const { open, decided } = await getNotices();
  return (
    <div className="audit-page notices-page">
      <p>
        <Link href="/admin/comments">← Comment queue</Link>
      </p>
      <h1>Illegal content notices (DSA)</h1>
      <h2>Open ({open.length})</h2>
      {open.length === 0 && <p>No notice waits for a decision.</p>}
      {open.map((notice) => (
        <section key={notice.id} className="admin-panel" data-testid={`notice-${notice.id}`}>
          <h3>
            Notice {notice.id}, {when(notice.createdAt)} UTC
          </h3>
          <p>
            <strong>Legal ground:</strong> {notice.legalGround}
          </p>
          <p>
            <strong>Explanation:</strong> {notice.explanation}
          </p>
          <p>
            <strong>Notifier:</strong> {notice.notifierName ?? "anonymous"}
            {notice.notifierEmail ? ` <${notice.notifierEmail}>` : " (no email: no decision mail)"}
          </p>
          {notice.comment ? (
            <blockquote>
              <p>
                {notice.comment.authorName} on “{notice.comment.article.title}” (
                {notice.comment.status.toLowerCase()})
              </p>
              <p>{notice.comment.body}</p>
            </blockquote>
          ) : (
            <p>The comment no longer exists.</p>
          )}
          <NoticeDecisionForm noticeId={notice.id} />
        </section>
      ))}
      <h2>Decided</h2>
      <table className="admin-table audit-table">
        <thead>
          <tr>
            <th scope="col">Notice</th>
            <th scope="col">Decision</th>
            <th scope="col">By</th>
            <th scope="col">Statement of reasons</th>
          </tr>
        </thead>
        <tbody>
          {decided.map((notice) => {
            const statement = notice.statement as StatementOfReasons | null;
            return (
              <tr key={notice.id}>
                <td>
                  {notice.id} ({when(notice.createdAt)} → {when(notice.decidedAt)})
                </td>
                <td>{notice.decision ? DECISION_LABELS[notice.decision] : "—"}</td>
                <td>{notice.decidedBy?.name ?? "—"}</td>
                <td>
                  {statement && (
                    <>
                      {statement.restriction} Facts: {statement.facts} Ground: {statement.ground} Automated
                      means: none.
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
