// Feed autodiscovery: the `<link rel="alternate">` types every reader page announces (the site's
// RSS and Atom feeds, plus its section's feeds on section and article pages). Next replaces a
// parent's `alternates` with a child's, so pages that set their own alternates add these again.
import type { Metadata } from "next";

type Types = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

export function feedAlternates(siteName: string, section?: { slug: string; name: string }): Types {
  const site = [{ url: "/feed.xml", title: `${siteName} (RSS)` }];
  const atom = [{ url: "/atom.xml", title: `${siteName} (Atom)` }];
  if (section) {
    site.push({ url: `/${section.slug}/feed.xml`, title: `${siteName}: ${section.name} (RSS)` });
    atom.push({ url: `/${section.slug}/atom.xml`, title: `${siteName}: ${section.name} (Atom)` });
  }
  return { "application/rss+xml": site, "application/atom+xml": atom };
}
