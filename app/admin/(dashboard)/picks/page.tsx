import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PicksBoard } from "@/components/admin/picks/PicksBoard";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import type { ActionState } from "@/lib/actions/state";
import { requireCapability } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";
import { picksPath } from "@/lib/picks/paths";
import { getCuration, searchPickCandidates } from "@/lib/picks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPicks"))("title") };
}

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
  const t = await getTranslations("AdminPicks");
  return (
    <div className="picks-page">
      <h1>{t("heading")}</h1>
      <p className="lede-text">{t("intro")}</p>
      <ClientMessages namespaces={["AdminPicks"]}>
        <PicksBoard
          lead={curation.lead}
          picks={curation.picks}
          query={query}
          candidates={candidates}
          pageResult={pageResult}
        />
      </ClientMessages>
    </div>
  );
}
