import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireCapability } from "@/lib/auth/session";
import { commenterHash } from "@/lib/privacy/commenter";

export const metadata: Metadata = { title: "Commenters" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentersPage({ searchParams }: Props) {
  await requireCapability("moderate", "/admin/commenters");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const hash = query ? commenterHash(query) : null;
  if (hash) redirect(`/admin/commenters/${hash}`);
  return (
    <div className="audit-page commenters-page">
      <h1>Commenters</h1>
      <p className="lede-text">
        Find everything stored about a commenter (access and erasure requests) by their email address or its
        hash (shown in the moderation queue).
      </p>
      <form method="get" action="/admin/commenters" role="search">
        <label htmlFor="commenter-q">Email or email hash</label>{" "}
        <input id="commenter-q" name="q" type="search" defaultValue={query} required />{" "}
        <button type="submit">Find</button>
        {query && !hash && <p className="form-error">Enter an email address or a 64-character hash.</p>}
      </form>
    </div>
  );
}
