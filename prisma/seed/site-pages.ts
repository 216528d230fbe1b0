// Demo site pages (footer): About, Contact and the legal notice that French online press must
// publish (Loi n° 2004-575 du 21 juin 2004, art. 6, and loi du 1er août 1986): publisher,
// directeur de la publication, host. Placeholders to replace with the newsroom's own details.
export const demoSitePages = [
  {
    slug: "about",
    title: "About",
    position: 1,
    body: `Lede is an independent newsroom covering world affairs, politics, business, technology, sport and culture, in French and in English.

## Our principles

- We say where a story comes from: agency copy and partner articles carry their source.
- We correct our mistakes openly: a correction note sits at the top of the article it concerns.
- Comments are moderated under the rules published on our [privacy page](/privacy).

## The team

The newsroom is run by its editors; every article carries the names of the people who wrote it.`,
  },
  {
    slug: "contact",
    title: "Contact",
    position: 2,
    body: `## Write to the newsroom

- News tips and corrections: newsroom@lede.example
- Questions about a comment or your personal data: privacy@lede.example
- Advertising and partnerships: partners@lede.example

## Postal address

Lede, 10 rue de l'Exemple, 75000 Paris, France

We read every message; we cannot always answer each one.`,
  },
  {
    slug: "legal-notice",
    title: "Legal notice",
    position: 3,
    body: `*Mentions légales*, as required of online press services by French law (loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, article 6, and loi n° 86-897 du 1er août 1986, article 5).

## Publisher (éditeur)

Lede SAS, a simplified joint-stock company with a share capital of €10,000, registered in Paris (RCS Paris 000 000 000), 10 rue de l'Exemple, 75000 Paris, France. Telephone: +33 1 00 00 00 00. Email: contact@lede.example.

## Director of publication (directeur de la publication)

Jeanne Exemple, president of Lede SAS.

## Host (hébergeur)

Example Hosting SAS, 1 avenue de l'Hébergement, 59100 Roubaix, France. Telephone: +33 3 00 00 00 00.

## Press registration

Online press service registered with the Commission paritaire des publications et agences de presse (CPPAP) under number 0000 W 00000.

## Personal data

How comments and their data are handled is explained on our [privacy page](/privacy).`,
  },
] as const;

/** The English version of the seed article, linked to it as its translation (hreflang pair). */
export const seedArticleTranslation = {
  slug: "blinken-and-lavrov-clash-over-ukraine-in-stockholm",
  title: "Blinken and Lavrov clash over Ukraine in Stockholm",
  dek: "The US and Russian foreign ministers met on the sidelines of an OSCE meeting and traded warnings over Russian troops near Ukraine's border.",
  body: [
    "The top American and Russian diplomats met in Stockholm on Thursday and left with their differences over Ukraine laid bare.",
    "Secretary of State Antony Blinken asked Russia to pull its troops back from the Ukrainian border and to return to peace talks, while Foreign Minister Sergei Lavrov said Moscow saw NATO's expansion to the east as a fundamental threat to its security.",
    "Blinken warned of high-impact economic measures should Russia invade Ukraine again, and said a direct conversation between Presidents Joe Biden and Vladimir Putin was likely in the coming days.",
    "Lavrov, for his part, asked Washington to open a direct channel of dialogue with the Kremlin, outside the Normandy format sponsored by France and Germany.",
  ].join("\n\n"),
  translationGroup: "seed-article-blinken-lavrov",
};
