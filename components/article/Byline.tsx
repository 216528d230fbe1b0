import SiteLink from "@/components/layout/SiteLink";
import { useTranslations } from "next-intl";
import { INTL_LOCALE } from "@/lib/i18n/locale";

// "A, B and C" / "A, B et C": the list is joined the way the interface language joins lists.
const names = new Intl.ListFormat(INTL_LOCALE, { style: "long", type: "conjunction" });

export function Byline({ authors }: { authors: { slug: string; name: string }[] }) {
  const t = useTranslations("Article");
  if (authors.length === 0) return null;
  let next = 0;
  const parts = names.formatToParts(authors.map((author) => author.slug));
  return (
    <span className="byline">
      {t("by")}{" "}
      {parts.map((part, index) => {
        if (part.type === "literal") return <span key={`literal-${index}`}>{part.value}</span>;
        const author = authors[next++]!;
        return (
          <SiteLink key={author.slug} href={`/author/${author.slug}`} rel="author">
            {author.name}
          </SiteLink>
        );
      })}
    </span>
  );
}
