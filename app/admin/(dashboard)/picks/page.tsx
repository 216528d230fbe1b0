import type { Metadata } from "next";
import { PicksBoard } from "@/components/admin/picks/PicksBoard";
import type { ActionState } from "@/lib/actions/state";
import { requireCapability } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";
import { picksPath } from "@/lib/picks/paths";
import { getCuration, searchPickCandidates } from "@/lib/picks/queries";

export const metadata: Metadata = { title: "Editor's Pick" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PicksPage({ searchParams }: Props) {
  await requireCapability("curate", "/admin/picks");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.trim().slice(0, 200) : "";
  const [curation, candidates, pageResult] = await Promise.all([
    getCuration(),
    query ? searchPickCandidates(query) : Promise.resolve(null),
    formResultFor<ActionState>(picksPath(query)),
  ]);
  return (
    <div className="picks-page">
      <h1>Editor&apos;s Pick</h1>
      <p className="lede-text">
        The home page&apos;s lead story and the &ldquo;Editor&apos;s Pick&rdquo; list beside every page.
      </p>
      <PicksBoard
        lead={curation.lead}
        picks={curation.picks}
        query={query}
        candidates={candidates}
        pageResult={pageResult}
      />
    </div>
  );
}
