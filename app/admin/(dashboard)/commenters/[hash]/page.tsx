import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EraseForm } from "@/components/admin/privacy/EraseForm";
import type { ActionState } from "@/lib/actions/state";
import { requireCapability } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";
import { getCommenter } from "@/lib/privacy/commenter";

export const metadata: Metadata = { title: "Commenter" };

type Props = { params: Promise<{ hash: string }> };

const when = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 16) : "—");

export default async function CommenterPage({ params }: Props) {
  await requireCapability("moderate", "/admin/commenters");
  const { hash } = await params;
  if (!/^[0-9a-f]{64}$/.test(hash)) notFound();
  const [record, result] = await Promise.all([
    getCommenter(hash),
    formResultFor<ActionState>(`/admin/commenters/${hash}`),
  ]);
  return (
    <div className="audit-page commenter-page">
      <p>
        <Link href="/admin/commenters">← Find another commenter</Link>
      </p>
      <h1>Commenter</h1>
      <p>
        Email hash <code>{hash}</code>
      </p>
      {!record ? (
        <p data-testid="commenter-empty">Nothing is stored about this address.</p>
      ) : (
        <>
          <dl className="mail-headers">
            <dt>Email</dt>
            <dd>{record.emails.join(", ")}</dd>
            <dt>Standing</dt>
            <dd>{record.standing.toLowerCase()}</dd>
            <dt>Reply notifications</dt>
            <dd>
              {record.mailRecipient?.confirmedAt
                ? `confirmed ${when(record.mailRecipient.confirmedAt)}`
                : record.mailRecipient
                  ? "not confirmed"
                  : "never asked"}
              ; {record.subscriptions.filter((s) => s.active).length} active subscription(s)
            </dd>
            <dt>Mail</dt>
            <dd>{record.mails.length} message(s)</dd>
            <dt>Reports made (same addresses)</dt>
            <dd>{record.reportsMade.length}</dd>
          </dl>
          <p>
            <a href={`/admin/commenters/${hash}/export`} download>
              Export (JSON)
            </a>
          </p>
          <h2>Comments ({record.comments.length})</h2>
          <table className="admin-table audit-table" data-testid="commenter-comments">
            <thead>
              <tr>
                <th scope="col">Posted (UTC)</th>
                <th scope="col">Article</th>
                <th scope="col">Status</th>
                <th scope="col">Name</th>
                <th scope="col">Text</th>
              </tr>
            </thead>
            <tbody>
              {record.comments.map((comment) => (
                <tr key={comment.id}>
                  <td>{when(comment.createdAt)}</td>
                  <td>{comment.article.title}</td>
                  <td>{comment.status.toLowerCase()}</td>
                  <td>{comment.authorName}</td>
                  <td>{comment.body.length > 200 ? `${comment.body.slice(0, 200)}…` : comment.body}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Erase</h2>
        </>
      )}
      {/* Outside the branches, so its result survives the re-render that follows the erasure. */}
      <EraseForm hash={hash} available={record !== null} initialState={result} />
    </div>
  );
}
