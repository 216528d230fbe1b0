import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoticeForm } from "@/components/dsa/NoticeForm";
import type { NoticeState } from "@/lib/dsa/actions";
import { formResultFor } from "@/lib/forms/result";

// The notice form for one comment (linked from the report dialog); rendered per request.
export const instant = false;

export const metadata: Metadata = {
  title: "Report illegal content",
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ id: string }> };

export default async function IllegalContentPage({ params }: Props) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) notFound();
  const commentId = Number(id);
  const result = await formResultFor<NoticeState>(`/comment/${commentId}/illegal`);
  return (
    <article className="article prose-page">
      <h1>Report illegal content</h1>
      <p>
        A notice under the EU Digital Services Act about{" "}
        <Link href={`/comment/${commentId}`}>this comment</Link>. A moderator reviews it; if you leave your
        email address, you receive our decision and its reasons. For spam or rudeness, use the ordinary Report
        link instead.
      </p>
      <NoticeForm commentId={commentId} initialState={result ?? undefined} />
    </article>
  );
}
