import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireCapability } from "@/lib/auth/session";
import { commenterHash } from "@/lib/privacy/commenter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminCommenters"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentersPage({ searchParams }: Props) {
  await requireCapability("moderate", "/admin/commenters");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const hash = query ? commenterHash(query) : null;
  if (hash) redirect(`/admin/commenters/${hash}`);
  const t = await getTranslations("AdminCommenters");
  return (
    <div className="audit-page commenters-page">
      <h1>{t("title")}</h1>
      <p className="lede-text">{t("intro")}</p>
      <form method="get" action="/admin/commenters" role="search">
        <label htmlFor="commenter-q">{t("searchLabel")}</label>{" "}
        <input id="commenter-q" name="q" type="search" defaultValue={query} required />{" "}
        <button type="submit">{t("find")}</button>
        {query && !hash && <p className="form-error">{t("badQuery")}</p>}
      </form>
    </div>
  );
}
