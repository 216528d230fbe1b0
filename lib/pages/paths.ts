/** Public URL of a site page (About, Contact, Legal notice…). */
export function sitePageHref(slug: string): string {
  return `/pages/${slug}`;
}
