// Demo content for the Lede seed: sections, authors, articles and reader comments.
// Plain data only; the seed script turns it into database rows.
// Articles are fictional news writing; quoted people without a public role are invented.

export type SeedLang = "en" | "fr";
export type SeedSection = { slug: string; name: string; description: string };
export type SeedAuthor = { slug: string; name: string; bio: string };
export type SeedArticle = {
  slug: string;
  title: string;
  dek: string;
  body: string;
  lang: SeedLang;
  section: string;
  authors: string[];
  tags: string[];
  sourceName?: string;
  sourceUrl?: string;
  hoursAgo: number;
  heroCaption?: string;
  correction?: string;
};

export const sections: SeedSection[] = [
  {
    slug: "world",
    name: "World",
    description:
      "International news, conflicts, diplomacy and the stories shaping countries beyond our borders.",
  },
  {
    slug: "politics",
    name: "Politics",
    description: "Elections, parliaments, governments and the people and policies behind them.",
  },
  {
    slug: "business",
    name: "Business",
    description: "Markets, companies, trade and the economy, from central banks to small businesses.",
  },
  {
    slug: "technology",
    name: "Technology",
    description:
      "Artificial intelligence, cybersecurity, platforms and the tech industry's impact on society.",
  },
  {
    slug: "sports",
    name: "Sports",
    description: "Results, analysis and stories from football, hockey, tennis and beyond.",
  },
  { slug: "culture", name: "Culture", description: "Film, books, music, heritage and the arts." },
];

export const authors: SeedAuthor[] = [
  {
    slug: "camille-dubois",
    name: "Camille Dubois",
    bio: "Camille Dubois couvre la politique française et les questions de société depuis Paris.",
  },
  {
    slug: "james-whitaker",
    name: "James Whitaker",
    bio: "James Whitaker is a senior correspondent covering trade, economics and international affairs.",
  },
  {
    slug: "amelie-tremblay",
    name: "Amélie Tremblay",
    bio: "Amélie Tremblay est correspondante au Canada, où elle suit l’environnement, la politique fédérale et le hockey junior.",
  },
  {
    slug: "olivier-lefevre",
    name: "Olivier Lefèvre",
    bio: "Olivier Lefèvre est chroniqueur diplomatique, spécialiste de l’OTAN et des relations transatlantiques.",
  },
  {
    slug: "priya-raman",
    name: "Priya Raman",
    bio: "Priya Raman reports on elections, democracy and digital rights across Asia and North America.",
  },
  {
    slug: "thomas-nguyen",
    name: "Thomas Nguyen",
    bio: "Thomas Nguyen writes about technology, cybersecurity and the business of artificial intelligence.",
  },
  {
    slug: "hannah-okafor",
    name: "Hannah Okafor",
    bio: "Hannah Okafor covers European politics, defence and culture from Brussels and London.",
  },
  {
    slug: "lucas-bernard",
    name: "Lucas Bernard",
    bio: "Lucas Bernard suit l’économie, l’énergie et le football pour la rubrique Business et Sports.",
  },
];

export const articles: SeedArticle[] = [
  // ---------------------------------------------------------------- world
  {
    slug: "transports-canada-affirme-que-l-administration-portuaire-est-independante-sur-ojibway-shores",
    title: "Transports Canada affirme que l'administration portuaire est indépendante sur Ojibway Shores",
    dek: "Ottawa refuse d’intervenir dans le sort de la parcelle boisée de Windsor, que la Ville et des groupes environnementaux veulent intégrer au futur parc urbain national.",
    body: `Transports Canada a réaffirmé cette semaine que l’Administration portuaire Windsor-Détroit agit de manière **indépendante** dans le dossier d’Ojibway Shores, une parcelle boisée d’environ 13 hectares située en bordure de la rivière Détroit que la Ville de Windsor et plusieurs groupes environnementaux souhaitent voir intégrée au futur parc urbain national d’Ojibway.

Dans une déclaration écrite transmise aux médias, le ministère rappelle que les administrations portuaires canadiennes sont des entités autonomes régies par la Loi maritime du Canada. Elles gèrent leurs biens immobiliers sans directive ministérielle, à condition de respecter leurs lettres patentes et leurs obligations financières.

Cette position suscite l’agacement des élus municipaux, qui réclament depuis plusieurs années le transfert du terrain à Parcs Canada. La conseillère municipale Hélène Marchand estime que le gouvernement fédéral dispose de tous les leviers nécessaires pour dénouer l’impasse.

> « On nous renvoie la balle d’un palier à l’autre depuis trop longtemps. Le terrain appartient à un organisme fédéral, le parc sera fédéral : il faut simplement que quelqu’un, à Ottawa, prenne ses responsabilités. »

L’administration portuaire, de son côté, se dit « ouverte à une solution négociée », pourvu que la valeur du terrain soit reconnue. Elle souligne avoir suspendu depuis longtemps tout projet de développement industriel sur le site et participer aux discussions techniques avec Parcs Canada.

Les biologistes considèrent Ojibway Shores comme l’un des derniers fragments intacts de forêt riveraine et de prairie à herbes hautes de la région. Le site abrite plusieurs espèces en péril, dont des reptiles et des plantes rares que l’on ne trouve presque nulle part ailleurs au Canada.

Parcs Canada indique poursuivre la planification du parc urbain national et prévoit une nouvelle ronde de consultations publiques au printemps. Les citoyens peuvent consulter la [carte du périmètre proposé](https://example.org/ojibway/perimetre) en ligne.`,
    lang: "fr",
    section: "world",
    authors: ["amelie-tremblay"],
    tags: ["Canada", "Environnement", "Transport"],
    sourceName: "La Presse canadienne",
    sourceUrl:
      "https://www.lapresse.ca/actualites/environnement/ojibway-shores-transports-canada-administration-portuaire",
    hoursAgo: 30,
    heroCaption: "La forêt d’Ojibway Shores, en bordure de la rivière Détroit, à Windsor (Ontario).",
  },
  {
    slug: "secheresse-en-mediterranee-l-espagne-et-le-maroc-unissent-leurs-efforts-sur-l-eau",
    title: "Sécheresse en Méditerranée : l'Espagne et le Maroc unissent leurs efforts sur l'eau",
    dek: "Les deux pays signent un accord de coopération sur le dessalement et la gestion des nappes phréatiques, alors que les réserves atteignent des niveaux historiquement bas.",
    body: `L’Espagne et le Maroc ont signé jeudi à Rabat un accord de coopération destiné à mieux affronter la sécheresse qui frappe les deux rives de la Méditerranée occidentale depuis plusieurs années consécutives.

Le texte prévoit le partage de données hydrologiques, des programmes de formation communs et le financement conjoint de deux usines de dessalement alimentées en partie par l’énergie solaire. Les ministres concernés ont évoqué une « urgence partagée » qui dépasse les frontières.

Dans le sud de l’Espagne, plusieurs réservoirs sont tombés sous la barre des 20 % de leur capacité. Des communes andalouses ont dû instaurer des coupures nocturnes, tandis que les agriculteurs réduisent les surfaces irriguées.

Au Maroc, la situation est comparable : les autorités ont limité l’usage de l’eau pour le lavage des voitures et l’arrosage des espaces verts dans plusieurs grandes villes, et accéléré les investissements dans le dessalement.

Les experts saluent l’initiative tout en appelant à la prudence. Le dessalement reste énergivore et produit des saumures dont l’impact sur les écosystèmes marins est encore mal mesuré, rappelle l’hydrologue Inés Carrasco, de l’université de Murcie.

Selon le dernier rapport régional sur le climat, la fréquence des sécheresses sévères dans le bassin méditerranéen pourrait **doubler d’ici le milieu du siècle** si les émissions ne diminuent pas rapidement.`,
    lang: "fr",
    section: "world",
    authors: ["lucas-bernard"],
    tags: ["Climat", "Environnement", "Europe"],
    sourceName: "AFP",
    sourceUrl: "https://www.afp.com/fr/actus/secheresse-mediterranee-espagne-maroc-accord-eau",
    hoursAgo: 212,
    heroCaption: "Le réservoir de La Viñuela, en Andalousie, à moins de 15 % de sa capacité.",
  },
  {
    slug: "ukraine-kiev-reclame-davantage-de-defenses-aeriennes-avant-l-hiver",
    title: "Ukraine : Kiev réclame davantage de défenses aériennes avant l'hiver",
    dek: "Les autorités ukrainiennes redoutent une nouvelle campagne de frappes contre le réseau électrique et pressent leurs alliés d’accélérer les livraisons.",
    body: `Le gouvernement ukrainien a de nouveau appelé ses partenaires occidentaux à accélérer la livraison de systèmes de défense aérienne, à l’approche d’un hiver que Kiev prévoit particulièrement difficile pour son réseau énergétique.

Lors d’une réunion avec des représentants de plusieurs pays membres de l’OTAN, le ministre ukrainien de l’Énergie a présenté un état des lieux alarmant : une partie importante des capacités de production thermique du pays a été endommagée lors des vagues de frappes précédentes.

Les opérateurs ukrainiens ont multiplié les réparations d’urgence et installé des générateurs de secours dans les hôpitaux et les écoles. Mais ces solutions restent fragiles face à des attaques répétées de missiles et de drones.

> « Chaque batterie supplémentaire protège une ville entière. Ce n’est pas une question d’équipement militaire, c’est une question de chauffage pour des millions de familles », a déclaré un conseiller présidentiel.

Plusieurs capitales européennes ont promis de nouvelles livraisons, sans toujours préciser de calendrier. Les stocks de missiles intercepteurs sont tendus chez de nombreux alliés, qui doivent aussi reconstituer leurs propres réserves.

Les discussions diplomatiques se poursuivront la semaine prochaine à Bruxelles, où les ministres de la Défense de l’Alliance doivent faire le point sur les engagements pris depuis le début de l’année.`,
    lang: "fr",
    section: "world",
    authors: ["olivier-lefevre"],
    tags: ["Ukraine", "OTAN", "Diplomatie", "Énergie"],
    sourceName: "AFP",
    sourceUrl: "https://www.afp.com/fr/actus/ukraine-defenses-aeriennes-hiver",
    hoursAgo: 7,
  },
  {
    slug: "au-quebec-les-communautes-cotieres-face-a-l-erosion-acceleree",
    title: "Au Québec, les communautés côtières face à l'érosion accélérée",
    dek: "De la Côte-Nord aux Îles-de-la-Madeleine, des municipalités doivent choisir entre protéger, adapter ou déplacer routes et maisons.",
    body: `À Sainte-Flavie, dans le Bas-Saint-Laurent, Gilles Pelletier mesure chaque automne la distance qui sépare sa galerie du bord de la falaise. Il y a dix ans, elle était de douze mètres. Elle n’est plus que de quatre.

Le phénomène n’a rien d’isolé. Selon les chercheurs en géographie côtière, la disparition progressive de la glace de rive en hiver expose davantage les berges aux tempêtes, ce qui accélère l’érosion sur une grande partie de l’estuaire et du golfe du Saint-Laurent.

Les municipalités se retrouvent devant des choix coûteux. Construire des enrochements protège temporairement les infrastructures, mais peut aggraver l’érosion des terrains voisins. Recharger les plages en sable demande un entretien régulier. Déplacer les bâtiments, enfin, bouleverse des communautés entières.

Aux Îles-de-la-Madeleine, la municipalité a adopté un plan d’adaptation qui prévoit, à terme, le déplacement de certains tronçons de route vers l’intérieur des terres. Le maire reconnaît que la démarche suscite des inquiétudes.

> « Les gens sont attachés à leur terrain, à leur vue sur la mer. Mais on ne peut pas continuer à réparer la même route trois fois par année », explique-t-il.

Québec a annoncé un programme d’aide à la relocalisation des résidences menacées, jugé insuffisant par plusieurs élus locaux. Les indemnités ne couvrent souvent qu’une partie de la valeur réelle des propriétés.

Les chercheurs recommandent de cartographier plus finement les zones à risque et de les intégrer aux schémas d’aménagement. Une [carte interactive des zones d’érosion](https://example.org/erosion-quebec) a été mise en ligne par un consortium universitaire.`,
    lang: "fr",
    section: "world",
    authors: ["amelie-tremblay", "camille-dubois"],
    tags: ["Canada", "Climat", "Environnement"],
    hoursAgo: 455,
    heroCaption: "Une maison menacée par le recul de la falaise à Sainte-Flavie, dans le Bas-Saint-Laurent.",
  },
  {
    slug: "g20-finance-ministers-fail-to-agree-on-debt-relief-framework",
    title: "G20 finance ministers fail to agree on debt relief framework",
    dek: "Talks in Rio ended without a joint statement on restructuring rules for heavily indebted low-income countries.",
    body: `Finance ministers and central bank governors from the Group of 20 ended two days of talks in Rio de Janeiro on Friday without agreeing on a common framework for restructuring the debts of low-income countries, according to officials familiar with the discussions.

The sticking point, the officials said, was how to share losses between official bilateral lenders and private bondholders. Several creditor governments want commercial lenders to accept comparable haircuts, while others warn that overly rigid rules could discourage future lending.

Instead of a joint communiqué, the host country issued a chair's summary noting "broad support" for faster debt treatment but acknowledging "differences of view" on the details.

More than a dozen countries are currently in or near debt distress, according to the International Monetary Fund. Restructuring talks for some of them have dragged on for more than two years, delaying new financing for health, education and infrastructure.

> "Every month of delay is a month in which these governments spend more on interest than on schools," said Amara Diallo, an economist at a Dakar-based policy institute.

Ministers agreed to continue technical work ahead of the leaders' summit later this year. Observers say a compromise may hinge on a proposed standard for disclosing the terms of all outstanding loans.`,
    lang: "en",
    section: "world",
    authors: ["james-whitaker"],
    tags: ["Economy", "Diplomacy", "Trade"],
    sourceName: "Reuters",
    sourceUrl: "https://www.reuters.com/world/g20-finance-ministers-debt-relief-framework",
    hoursAgo: 98,
  },
  {
    slug: "indonesia-s-regional-elections-test-new-digital-voter-rolls",
    title: "Indonesia's regional elections test new digital voter rolls",
    dek: "Authorities say the electronic registry cut duplicate entries, but observers report long queues and connectivity problems on remote islands.",
    body: `Millions of Indonesians voted on Wednesday in regional elections that served as the first large-scale test of a new digital voter registry, which authorities say has removed hundreds of thousands of duplicate and outdated entries.

The general elections commission said turnout appeared broadly in line with previous regional contests, though final figures were not expected for several days. Governors, mayors and district heads were being chosen across dozens of provinces.

Independent monitors praised the registry's accuracy in major cities but reported problems in more remote areas, where polling staff struggled with patchy mobile coverage and had to fall back on printed lists.

"The system works well when the network works," said Dewi Santoso, coordinator of a civil society monitoring group. "On some islands, officials spent the morning looking for a signal instead of checking voters in."

Authorities also reported a surge in misleading posts on social media during the campaign, including fabricated screenshots of early results. The commission said it had asked platforms to remove several hundred items.

The election comes as the central government pushes to digitise more public services. Officials said lessons from this vote would shape preparations for the next national election.`,
    lang: "en",
    section: "world",
    authors: ["priya-raman"],
    tags: ["Voting", "Asia", "Disinformation"],
    hoursAgo: 640,
    heroCaption: "Election workers count ballots at a polling station in Makassar, South Sulawesi.",
  },
  {
    slug: "arctic-shipping-season-ends-with-record-transits-through-northwest-passage",
    title: "Arctic shipping season ends with record transits through Northwest Passage",
    dek: "Thinner sea ice allowed more cargo ships and cruise vessels through Canadian Arctic waters, raising questions about safety and sovereignty.",
    body: `The summer shipping season in the Canadian Arctic has ended with a record number of full transits through the Northwest Passage, according to preliminary figures compiled by the Canadian Coast Guard.

Cargo ships, research vessels and a growing number of cruise ships took advantage of unusually thin sea ice in the central channels, where conditions have become far more predictable over the past decade.

Scientists say the trend reflects long-term warming in the region, which is heating several times faster than the global average. Multi-year ice, once a formidable barrier, now covers a much smaller share of the archipelago.

Inuit leaders have welcomed some economic benefits, including supply deliveries at lower cost, but have raised concerns about noise, fuel spills and disruption to marine mammals that communities depend on for food.

> "We are not against ships. We are against ships that arrive without asking, without knowing the waters and without any plan if something goes wrong," said a member of the Nunavut marine council.

Ottawa has pledged to expand search-and-rescue capacity and hydrographic charting in the region. Critics note that only a fraction of Arctic waters are surveyed to modern standards.`,
    lang: "en",
    section: "world",
    authors: ["hannah-okafor"],
    tags: ["Climate", "Canada", "Transport"],
    hoursAgo: 1150,
    heroCaption: "A cargo ship navigates loose sea ice near Cambridge Bay, Nunavut.",
  },
  {
    slug: "ukraine-grain-corridor-sees-traffic-rebound-despite-drone-strikes",
    title: "Ukraine grain corridor sees traffic rebound despite drone strikes",
    dek: "Exports through Black Sea ports climbed for a third straight month as insurers returned and shipowners adapted routes.",
    body: `Grain shipments from Ukraine's Black Sea ports rose for a third consecutive month in October, according to data from the country's agriculture ministry, as shipowners grew more confident using a corridor that hugs the western coastline.

Traffic through the ports of Odesa, Chornomorsk and Pivdennyi has recovered to levels last seen before the full-scale invasion, analysts said, even though port infrastructure continues to come under periodic drone and missile attack.

War-risk insurance premiums, which spiked sharply after earlier strikes, have eased as underwriters gained experience with the route. Several large trading houses now run regular voyages.

Neighbouring NATO members Romania and Bulgaria have stepped up mine-clearing operations in their own waters, a move that shipping executives credit with reducing risk along the southern leg of the route.

The rebound matters well beyond Ukraine. Wheat and maize from the Black Sea are a major source of supply for importers in North Africa and the Middle East, where food prices remain a sensitive political issue.

Ukrainian officials cautioned that winter storms and any escalation of attacks could quickly reverse the gains, and called for more air defences around port cities.`,
    lang: "en",
    section: "world",
    authors: ["james-whitaker", "olivier-lefevre"],
    tags: ["Ukraine", "Trade", "NATO"],
    sourceName: "Reuters",
    sourceUrl: "https://www.reuters.com/markets/commodities/ukraine-grain-corridor-traffic-rebound",
    hoursAgo: 56,
  },
  // ---------------------------------------------------------------- politics
  {
    slug: "comment-biden-a-brise-l-otan",
    title: "Comment Biden a brisé l'OTAN",
    dek: "Derrière l’image d’une Alliance élargie et réarmée, diplomates et experts décrivent des fractures durables entre Washington et ses partenaires européens.",
    body: `Sur le papier, le bilan paraît flatteur. Jamais l’OTAN n’a compté autant de membres, jamais autant d’alliés n’ont atteint l’objectif de dépenses militaires fixé à 2 % du PIB. Pourtant, dans les couloirs du siège de l’Alliance à Bruxelles, beaucoup dressent un constat plus nuancé de la présidence de Joe Biden.

Plusieurs diplomates européens interrogés décrivent une relation transatlantique devenue profondément asymétrique. Washington a fixé le rythme de l’aide à l’Ukraine, choisi quelles armes livrer et quand, laissant souvent ses partenaires découvrir les décisions américaines en même temps que la presse.

> « Nous avons été des alliés loyaux, mais rarement des partenaires consultés. L’unité affichée a masqué une dépendance que personne n’ose plus ignorer », résume un ambassadeur d’un pays d’Europe centrale.

Pour Marta Kowalczyk, chercheuse dans un centre d’études stratégiques à Varsovie, la fracture est aussi industrielle. Les programmes d’incitation américains ont attiré des investissements que les Européens espéraient conserver sur leur sol, au moment même où ils cherchaient à relancer leur propre industrie de défense.

Les défenseurs de l’administration américaine contestent vigoureusement cette lecture. Ils rappellent l’adhésion de la Finlande et de la Suède, le renforcement du flanc oriental et une coordination sans précédent des sanctions. « L’Alliance n’a jamais été aussi forte », affirme un haut responsable sous couvert d’anonymat.

Reste une inquiétude partagée : la perspective des prochaines élections américaines. De nombreuses capitales européennes redoutent qu’un changement d’orientation à Washington ne révèle brutalement à quel point leur sécurité repose encore sur des décisions prises outre-Atlantique.

Cette incertitude nourrit les appels à une « autonomie stratégique » européenne, un concept longtemps porté par Paris et désormais repris, avec prudence, par Berlin et plusieurs pays nordiques. Mais les moyens financiers et industriels restent, pour l’heure, très en deçà des ambitions affichées.`,
    lang: "fr",
    section: "politics",
    authors: ["olivier-lefevre"],
    tags: ["OTAN", "Diplomatie", "Europe"],
    sourceName: "POLITICO",
    sourceUrl: "https://www.politico.eu/article/comment-biden-a-brise-lotan-analyse",
    hoursAgo: 52,
    heroCaption: "Les drapeaux des pays membres devant le siège de l’OTAN, à Bruxelles.",
  },
  {
    slug: "elections-europeennes-les-jeunes-electeurs-grands-absents-de-la-campagne",
    title: "Élections européennes : les jeunes électeurs, grands absents de la campagne",
    dek: "Malgré les efforts des partis sur les réseaux sociaux, l’abstention des moins de 25 ans inquiète à quelques semaines du scrutin.",
    body: `À quelques semaines des élections européennes, les instituts de sondage s’accordent sur un point : les jeunes électeurs pourraient, une fois encore, bouder les urnes. Selon plusieurs enquêtes récentes, moins d’un tiers des 18-24 ans se disent certains d’aller voter.

Les partis ont pourtant multiplié les initiatives. Vidéos courtes, débats diffusés en direct, têtes de liste invitées chez des créateurs de contenu : jamais une campagne n’avait autant investi les plateformes prisées des moins de 25 ans.

Sur le terrain, le constat reste mitigé. À l’université de Lille, Inès, 21 ans, étudiante en droit, avoue ne pas savoir « à quoi sert concrètement » le Parlement européen. Son camarade Mathis, lui, votera « par principe », sans avoir encore choisi de liste.

> « Les jeunes ne sont pas dépolitisés, ils sont désabusés par les formes classiques de la politique. Ils s’engagent sur le climat ou le logement, mais ne font pas le lien avec l’élection », analyse la sociologue Claire Morvan.

Les autorités s’inquiètent également de la circulation de fausses informations sur les modalités du vote. Plusieurs messages viraux ont prétendu à tort qu’il était possible de voter en ligne. Le ministère de l’Intérieur a publié un [guide officiel](https://example.org/elections/guide-vote) pour rappeler les règles.

Les associations d’éducation populaire, elles, misent sur le porte-à-porte numérique et les permanences d’inscription sur les campus. Elles espèrent que les élections européennes permettront de briser un cercle vicieux : moins les jeunes votent, moins les candidats leur parlent.`,
    lang: "fr",
    section: "politics",
    authors: ["camille-dubois"],
    tags: ["Élections", "Europe", "Désinformation"],
    hoursAgo: 130,
    heroCaption: "Des étudiants devant un bureau de vote installé dans une université de Lille.",
  },
  {
    slug: "municipales-a-lyon-la-bataille-des-transports-s-invite-dans-la-campagne",
    title: "Municipales : à Lyon, la bataille des transports s'invite dans la campagne",
    dek: "Tramways, voies cyclables et prix du stationnement : les candidats aux élections municipales s’affrontent sur la mobilité.",
    body: `À Lyon, la campagne des élections municipales a trouvé son thème central bien avant le dépôt officiel des listes : les transports. Du prolongement des lignes de tramway au prix du stationnement, chaque candidat affûte ses propositions.

La majorité sortante défend son bilan, marqué par l’extension du réseau cyclable et la piétonnisation de plusieurs rues du centre. Elle promet, si elle est reconduite, une nouvelle ligne de tramway vers l’est de l’agglomération.

L’opposition dénonce au contraire une politique « punitive » pour les automobilistes et les commerçants. Elle propose de geler les tarifs de stationnement et de rouvrir certains axes à la circulation.

Entre ces deux pôles, une liste citoyenne tente de se faire une place en plaçant la question des banlieues au cœur du débat. « On parle beaucoup du centre-ville, mais les habitants des communes périphériques passent parfois deux heures par jour dans les transports », souligne sa tête de liste.

Les experts rappellent que la compétence transports relève largement de la métropole et non de la seule ville, ce qui complique la lecture des promesses de campagne. Un point que les électeurs ne mesurent pas toujours.

Un premier débat télévisé entre les principaux candidats est prévu le mois prochain. Les organisateurs ont déjà annoncé qu’une partie entière serait consacrée à la mobilité.`,
    lang: "fr",
    section: "politics",
    authors: ["lucas-bernard", "camille-dubois"],
    tags: ["Élections", "Transport", "France"],
    hoursAgo: 300,
  },
  {
    slug: "budget-le-gouvernement-prepare-un-nouveau-tour-de-vis-sur-les-depenses",
    title: "Budget : le gouvernement prépare un nouveau tour de vis sur les dépenses",
    dek: "Bercy cherche plusieurs milliards d’euros d’économies supplémentaires, au risque de tendre ses relations avec les collectivités locales.",
    body: `Le gouvernement s’apprête à présenter un nouveau plan d’économies destiné à contenir le déficit public, selon plusieurs sources proches du dossier. Le montant évoqué se chiffrerait en milliards d’euros, répartis entre l’État, la Sécurité sociale et les collectivités territoriales.

Le déficit public a atteint 5,5 % du PIB l’an dernier, bien au-delà de l’objectif initial. Les agences de notation ont fait part de leur vigilance, et Bruxelles attend des engagements crédibles de retour sous la barre des 3 %.

Parmi les pistes étudiées figurent un gel partiel des dotations aux collectivités, un report de certains investissements et une révision des niches fiscales jugées inefficaces. Aucune hausse généralisée d’impôts n’est à l’ordre du jour, assure-t-on à Bercy.

Les associations d’élus locaux ont immédiatement réagi. « On nous demande de faire plus avec moins, encore une fois », déplore le président d’une association de maires, qui rappelle que les communes assurent une large part de l’investissement public.

Au Parlement, l’opposition promet une bataille serrée lors de l’examen du projet de loi de finances. Plusieurs députés de la majorité ont eux-mêmes exprimé des réserves sur l’ampleur des coupes envisagées.

Les économistes restent partagés. Certains jugent l’effort indispensable pour préserver la crédibilité budgétaire du pays, d’autres craignent qu’une rigueur trop rapide ne freine une croissance déjà fragile.`,
    lang: "fr",
    section: "politics",
    authors: ["camille-dubois"],
    tags: ["Économie", "France", "Budget"],
    hoursAgo: 820,
    correction:
      "Une version précédente de cet article indiquait que le déficit public représentait 6,1 % du PIB. Le chiffre exact est 5,5 %.",
  },
  {
    slug: "what-the-senate-election-map-means-for-trade-policy",
    title: "What the Senate election map means for trade policy",
    dek: "A handful of competitive races in manufacturing states could decide how far Washington goes on tariffs and industrial subsidies.",
    body: `Trade rarely tops the list of voter concerns in national polls. But in the handful of states that will decide control of the U.S. Senate this year, tariffs, factory jobs and industrial subsidies are central to the election conversation.

Candidates in Michigan, Ohio, Pennsylvania and Wisconsin have spent heavily on advertising that promises to protect domestic manufacturing. In several races, the candidates of both major parties have endorsed tougher measures against imports from China.

That convergence worries some business groups. Importers and farm organisations, which depend on open export markets, say they are struggling to find champions willing to argue for lower trade barriers.

"The political center of gravity has shifted," said Rachel Ostrowski, a former trade negotiator now at a Washington think tank. "Whoever wins the Senate, the baseline assumption is more protection, not less."

The outcome of the elections could still matter at the margins. A narrow majority would shape confirmation votes for trade officials and decide whether Congress attempts to reclaim some of its authority over tariffs from the executive branch.

European and Asian diplomats are watching closely. Several governments have quietly prepared contingency plans in case a new round of tariffs follows the vote.`,
    lang: "en",
    section: "politics",
    authors: ["james-whitaker"],
    tags: ["Voting", "Trade", "United States"],
    sourceName: "POLITICO",
    sourceUrl: "https://www.politico.com/news/senate-election-map-trade-policy",
    hoursAgo: 160,
    heroCaption: "The U.S. Capitol in Washington on the eve of the campaign's final stretch.",
  },
  {
    slug: "nato-defence-ministers-agree-on-new-spending-benchmarks",
    title: "NATO defence ministers agree on new spending benchmarks",
    dek: "Allies endorsed capability targets that go beyond the 2% of GDP headline figure, but stopped short of a binding timetable.",
    body: `NATO defence ministers on Thursday endorsed a new set of capability targets that officials say will require many allies to spend well above the long-standing benchmark of 2% of gross domestic product on defence.

The targets, which remain classified, cover air and missile defence, long-range strike, ammunition stockpiles and military mobility. Several diplomats said they implied spending levels closer to 3% of GDP for some countries.

However, ministers did not agree on a firm timetable, reflecting resistance from governments facing tight budgets and, in some cases, upcoming elections at home.

> "We have agreed on what we need. The harder conversation is about how fast we get there and who pays," a senior alliance official told reporters.

The meeting also reviewed support for Ukraine, with allies pledging to coordinate deliveries of air defence systems ahead of the winter. A new coordination cell will track pledges and deliveries in real time.

The agreement will be presented to heads of state and government at the next summit, where leaders are expected to discuss whether to raise the formal spending floor.`,
    lang: "en",
    section: "politics",
    authors: ["hannah-okafor"],
    tags: ["NATO", "Europe", "Ukraine"],
    sourceName: "POLITICO",
    sourceUrl: "https://www.politico.eu/article/nato-defence-ministers-spending-benchmarks",
    hoursAgo: 3,
    heroCaption: "Defence ministers pose for a family photo at NATO headquarters in Brussels.",
  },
  {
    slug: "coalition-talks-stall-in-the-netherlands-as-parties-clash-over-housing",
    title: "Coalition talks stall in the Netherlands as parties clash over housing",
    dek: "Three months after the election, negotiators remain divided on rent controls and new construction targets.",
    body: `Coalition negotiations in the Netherlands have hit a new impasse over housing policy, three months after a general election that left no party with a clear path to a majority.

The appointed mediator told parliament on Tuesday that talks had made progress on migration and climate but remained stuck on rent regulation and the pace of new construction.

Housing has become one of the most pressing issues for Dutch voters. Waiting lists for social housing stretch for years in large cities, and young professionals increasingly struggle to find affordable rentals.

One party wants to extend rent caps to a larger share of the private market, while another argues that tighter rules would drive investors away and reduce supply. A third has proposed a national construction agency.

"Everyone agrees there is a crisis. Nobody agrees on the cure," said political scientist Maarten de Vries of Leiden University.

If the talks collapse, analysts say a minority government or even fresh elections cannot be ruled out, though most parties say they want to avoid returning voters to the polls so soon.`,
    lang: "en",
    section: "politics",
    authors: ["priya-raman"],
    tags: ["Europe", "Voting", "Housing"],
    hoursAgo: 980,
  },
  {
    slug: "canada-s-electoral-reform-committee-hears-from-small-parties",
    title: "Canada's electoral reform committee hears from small parties",
    dek: "Smaller parties urged MPs to consider proportional representation, while larger parties defended the current first-past-the-post system.",
    body: `A House of Commons committee studying electoral reform heard this week from representatives of several smaller parties, who argued that Canada's first-past-the-post system leaves millions of votes without meaningful representation.

Witnesses pointed to recent federal elections in which parties won a significant share of the national vote but only a handful of seats. They urged MPs to consider a mixed-member proportional system similar to those used in Germany and New Zealand.

Representatives of larger parties countered that the current system produces stable governments and maintains a clear link between MPs and their constituents. Some also noted that provincial referendums on reform have repeatedly failed.

"Voters have been asked several times and said no. We should respect that," one member of the committee said during the hearing.

Academic experts called by the committee suggested a citizens' assembly as a way to break the deadlock, pointing to the experience of British Columbia and Ireland.

The committee is expected to publish its report before the summer, although few observers expect any change to be in place before the next election.`,
    lang: "en",
    section: "politics",
    authors: ["amelie-tremblay"],
    tags: ["Canada", "Voting"],
    hoursAgo: 1320,
  },
  // ---------------------------------------------------------------- business
  {
    slug: "la-bce-maintient-ses-taux-prudente-face-a-une-inflation-tenace",
    title: "La BCE maintient ses taux, prudente face à une inflation tenace",
    dek: "L’institution de Francfort laisse ses taux directeurs inchangés et refuse de s’engager sur le calendrier d’une prochaine baisse.",
    body: `La Banque centrale européenne a laissé jeudi ses taux directeurs inchangés, jugeant que l’inflation dans la zone euro restait trop élevée dans les services pour envisager un nouvel assouplissement immédiat.

L’inflation globale a nettement reculé par rapport à ses sommets, mais la hausse des prix dans les services, portée par les salaires, reste supérieure à 4 % sur un an. Un niveau jugé incompatible avec l’objectif de 2 % à moyen terme.

Lors de la conférence de presse, la présidence de l’institution a répété que les décisions seraient prises « réunion par réunion », en fonction des données. Elle a refusé de confirmer les anticipations des marchés, qui misent sur une baisse dans les prochains mois.

> « Nous avons fait beaucoup de chemin, mais le dernier kilomètre est souvent le plus difficile », a résumé un membre du conseil des gouverneurs.

Les économistes notent un contraste croissant entre les pays du nord de la zone, où l’activité stagne, et ceux du sud, qui bénéficient d’un tourisme dynamique. Cette divergence complique la tâche d’une politique monétaire unique.

L’euro a légèrement progressé face au dollar après l’annonce, tandis que les marchés obligataires européens ont peu réagi.`,
    lang: "fr",
    section: "business",
    authors: ["lucas-bernard"],
    tags: ["Économie", "Europe", "Inflation"],
    sourceName: "AFP",
    sourceUrl: "https://www.afp.com/fr/actus/bce-maintient-taux-inflation",
    hoursAgo: 45,
    heroCaption: "Le siège de la Banque centrale européenne, à Francfort.",
  },
  {
    slug: "les-viticulteurs-bordelais-face-a-l-arrachage-massif-des-vignes",
    title: "Les viticulteurs bordelais face à l'arrachage massif des vignes",
    dek: "Surproduction, baisse de la consommation et aléas climatiques poussent des centaines d’exploitants à réduire leurs surfaces avec l’aide de fonds publics.",
    body: `Dans l’Entre-deux-Mers, les engins ont remplacé les vendangeurs. Depuis plusieurs semaines, des parcelles entières de vignes sont arrachées, dans le cadre d’un plan soutenu par l’État et l’interprofession pour réduire une production devenue excédentaire.

La consommation de vin rouge recule en France depuis des décennies, et les marchés à l’export, notamment asiatiques, se sont contractés. Résultat : des stocks qui s’accumulent dans les chais et des prix au vrac parfois inférieurs aux coûts de production.

Pour Jean-Marc Dufour, viticulteur depuis trente ans, la décision a été douloureuse. « Mon grand-père a planté certaines de ces vignes. Mais je ne pouvais plus vendre mon vin à un prix qui me permette de vivre », confie-t-il.

Les aides à l’arrachage, versées à l’hectare, doivent permettre aux exploitants de se désendetter ou de se reconvertir. Certains se tournent vers les céréales, les noisettes ou les panneaux solaires au sol, une option qui fait débat.

Les épisodes climatiques extrêmes ajoutent à la pression. Gel de printemps, grêle et maladies favorisées par l’humidité ont réduit les rendements de plusieurs millésimes récents.

Les responsables de la filière insistent sur la nécessité de **monter en gamme** et de développer les vins blancs et rosés, plus demandés. Mais ils reconnaissent que cette transformation prendra des années.`,
    lang: "fr",
    section: "business",
    authors: ["camille-dubois"],
    tags: ["Économie", "Agriculture", "Climat"],
    hoursAgo: 560,
    heroCaption: "Des ceps arrachés dans un vignoble de l’Entre-deux-Mers, en Gironde.",
  },
  {
    slug: "energie-les-pme-francaises-reclament-un-bouclier-tarifaire-prolonge",
    title: "Énergie : les PME françaises réclament un bouclier tarifaire prolongé",
    dek: "Boulangers, artisans et petits industriels redoutent la fin des dispositifs d’aide et une nouvelle hausse de leurs factures.",
    body: `Les organisations représentant les petites et moyennes entreprises ont appelé le gouvernement à prolonger les mécanismes de protection contre la hausse des prix de l’électricité, dont l’extinction progressive est prévue dans les prochains mois.

Selon une enquête menée auprès de plusieurs milliers de chefs d’entreprise, près d’un tiers d’entre eux jugent leur facture énergétique « difficilement supportable ». Les boulangers, les blanchisseries et les ateliers de transformation alimentaire sont parmi les plus exposés.

À Rennes, Sophie Le Gall, qui dirige une boulangerie de sept salariés, a vu sa facture mensuelle presque tripler en deux ans. « J’ai déjà augmenté mes prix deux fois. Je ne peux pas recommencer sans perdre mes clients », explique-t-elle.

Le gouvernement fait valoir que les prix de gros de l’électricité ont nettement reculé et que les contrats renouvelés aujourd’hui sont bien plus favorables qu’au plus fort de la crise. Il privilégie désormais des aides ciblées.

Les représentants des PME dénoncent de leur côté des contrats signés au pire moment, qui les engagent encore pour plusieurs années à des tarifs élevés. Ils demandent la possibilité de les renégocier sans pénalités.

Une réunion entre les organisations patronales et le ministère de l’Économie est prévue la semaine prochaine.`,
    lang: "fr",
    section: "business",
    authors: ["lucas-bernard"],
    tags: ["Énergie", "Économie", "France"],
    hoursAgo: 1010,
  },
  {
    slug: "shipping-rates-climb-as-red-sea-diversions-persist",
    title: "Shipping rates climb as Red Sea diversions persist",
    dek: "Container lines continue to route vessels around the Cape of Good Hope, adding weeks to voyages and costs to importers.",
    body: `Spot rates for shipping containers between Asia and Europe rose for a fourth consecutive week, as major carriers continued to divert vessels away from the Red Sea and around the southern tip of Africa.

The longer route adds roughly 10 to 14 days to a typical voyage and requires more ships to maintain weekly schedules, tightening capacity across the global fleet.

Retailers and manufacturers in Europe say they have adjusted by ordering earlier and holding more inventory, but warn that higher freight costs will eventually feed through to consumer prices.

"It is not a crisis like the pandemic, but it is a persistent tax on trade," said Lena Hoffmann, head of logistics at a German furniture importer.

Analysts say a wave of new ships ordered during the pandemic boom should ease pressure later in the year. Until then, carriers are likely to keep rates elevated.

The diversions have also hurt revenue for the Suez Canal, one of Egypt's most important sources of foreign currency.`,
    lang: "en",
    section: "business",
    authors: ["james-whitaker"],
    tags: ["Trade", "Transport", "Economy"],
    sourceName: "Reuters",
    sourceUrl: "https://www.reuters.com/business/shipping-rates-red-sea-diversions",
    hoursAgo: 75,
    heroCaption: "Containers stacked at the port of Rotterdam.",
  },
  {
    slug: "european-battery-startup-secures-funding-for-second-gigafactory",
    title: "European battery startup secures funding for second gigafactory",
    dek: "Voltaris says the new plant in northern Spain will supply cells for affordable electric cars and grid storage.",
    body: `Voltaris, a European battery startup founded five years ago, said on Monday it had secured new financing to build a second gigafactory in northern Spain, combining equity from investors with loans from public lenders.

The company plans to produce lithium iron phosphate cells, a chemistry that is cheaper and uses no cobalt or nickel. It is increasingly favoured for entry-level electric cars and for stationary storage on power grids.

Chief executive Marta Lindqvist said the plant would create around 2,000 jobs once fully operational and would source a growing share of materials from within Europe.

"Europe cannot afford to import every battery it needs. This is about climate policy, but it is also about industrial independence," she said in an interview.

The announcement comes as several European battery projects have been delayed or cancelled, with executives citing competition from established Asian producers and uncertainty about demand for electric vehicles.

Analysts cautioned that ramping up production is notoriously difficult. "Building the factory is the easy part. Getting yields to an acceptable level is where many startups stumble," said one industry consultant.

Construction is expected to begin next year, with first production targeted for the end of the decade.`,
    lang: "en",
    section: "business",
    authors: ["thomas-nguyen"],
    tags: ["Energy", "Startups", "Europe", "Climate"],
    hoursAgo: 270,
  },
  {
    slug: "retailers-brace-for-a-cautious-holiday-season",
    title: "Retailers brace for a cautious holiday season",
    dek: "Shoppers are expected to spend more on experiences and discounts, and less on big-ticket items, according to industry surveys.",
    body: `Retailers on both sides of the Atlantic are preparing for a subdued holiday season, as consumers worn down by several years of high prices focus on discounts and cut back on larger purchases.

Industry surveys suggest that overall spending will rise modestly in nominal terms, but barely keep pace with inflation. Electronics and home furnishings are expected to be among the weakest categories.

Store managers report that shoppers are comparing prices more carefully than before, using mobile apps in the aisles and waiting for promotional events rather than buying at full price.

"People still want to celebrate. They are just being smarter about it," said Joanne Whitfield, who runs a chain of toy shops in the north of England.

Spending on restaurants, travel and concerts has held up better, reflecting a shift toward experiences that began after the pandemic.

Some large chains have responded by starting promotions earlier in November and expanding their own-brand ranges, which carry higher margins.`,
    lang: "en",
    section: "business",
    authors: ["hannah-okafor"],
    tags: ["Economy", "Retail"],
    hoursAgo: 1240,
  },
  {
    slug: "central-bankers-signal-patience-as-election-uncertainty-weighs-on-markets",
    title: "Central bankers signal patience as election uncertainty weighs on markets",
    dek: "Policymakers in several major economies say they will wait for clearer data before cutting rates, as investors weigh the risk of abrupt policy shifts after upcoming elections.",
    body: `Central bankers from several large economies signalled on Wednesday that they are in no hurry to lower interest rates, even as growth slows, citing stubborn services inflation and an unusually crowded calendar of national elections.

Speaking at a financial conference, officials stressed that monetary policy does not respond to political events. But several acknowledged that fiscal promises made during campaigns could complicate the inflation outlook.

Bond markets have become more volatile in recent weeks, with investors demanding higher yields on the debt of countries where the election outcome is seen as most uncertain.

"Markets hate not knowing the rules of the game. An election with a wide range of possible outcomes is exactly that," said Priyanka Mehta, chief strategist at an asset manager in London.

Equity markets have held up better, supported by strong earnings among large technology companies. But analysts note that gains have been concentrated in a small number of stocks.

Most economists still expect gradual rate cuts over the coming year, provided inflation continues to ease. The [latest survey of forecasters](https://example.org/markets/forecaster-survey) puts the first move in the spring.`,
    lang: "en",
    section: "business",
    authors: ["james-whitaker", "priya-raman"],
    tags: ["Economy", "Voting", "Markets", "Inflation"],
    hoursAgo: 60,
    heroCaption: "Traders on the floor of a stock exchange during a volatile session.",
  },
  {
    slug: "copper-prices-hit-two-year-high-on-supply-worries",
    title: "Copper prices hit two-year high on supply worries",
    dek: "Mine disruptions in South America and strong demand from power grids and electric vehicles pushed the metal above $10,000 a tonne.",
    body: `Copper prices climbed to their highest level in two years on Tuesday, as supply disruptions at major mines in South America combined with robust demand from the energy transition.

Benchmark three-month copper on the London Metal Exchange rose above $10,000 a tonne during the session before paring some gains.

Production at several large mines in Chile and Peru has been hit by falling ore grades, water shortages and labour disputes. One major operation in Panama remains closed after a legal dispute over its concession.

At the same time, demand is rising from the expansion of electricity grids, renewable power installations and electric vehicles, which use several times more copper than conventional cars.

"The market is structurally tight. There simply aren't enough new mines coming on stream," said a metals analyst at a commodity trading firm.

Higher prices could encourage investment in new projects, but analysts note that it typically takes more than a decade to bring a large copper mine into production.`,
    lang: "en",
    section: "business",
    authors: ["thomas-nguyen"],
    tags: ["Markets", "Energy", "Trade"],
    sourceName: "Reuters",
    sourceUrl: "https://www.reuters.com/markets/commodities/copper-two-year-high-supply",
    hoursAgo: 710,
  },
  // ---------------------------------------------------------------- technology
  {
    slug: "ia-generative-les-redactions-francaises-fixent-leurs-regles",
    title: "IA générative : les rédactions françaises fixent leurs règles",
    dek: "Chartes, mentions obligatoires et interdictions ciblées : les médias tentent d’encadrer l’usage des outils d’intelligence artificielle.",
    body: `Après des mois d’expérimentations, de nombreuses rédactions françaises ont adopté des chartes encadrant l’utilisation de l’intelligence artificielle générative par leurs journalistes.

La plupart de ces textes autorisent l’usage d’outils d’IA pour des tâches techniques : transcription d’entretiens, traduction de documents, aide à la recherche dans de grandes bases de données. Ils interdisent en revanche la publication de textes ou d’images générés sans vérification humaine.

Certaines rédactions vont plus loin et imposent une mention explicite dès qu’un contenu a été produit avec l’aide d’un outil automatisé. D’autres estiment qu’une telle mention n’a de sens que pour les contenus entièrement générés.

> « L’enjeu n’est pas l’outil, c’est la responsabilité. Un article reste signé par un journaliste, qui en répond devant les lecteurs », souligne la directrice d’un quotidien régional.

Les syndicats de journalistes saluent ces garde-fous, mais s’inquiètent des effets à long terme sur l’emploi, notamment dans les services d’édition et de secrétariat de rédaction.

Plusieurs éditeurs négocient par ailleurs avec les entreprises d’IA la rémunération de l’utilisation de leurs archives pour l’entraînement des modèles, un dossier qui pourrait aboutir devant les tribunaux.`,
    lang: "fr",
    section: "technology",
    authors: ["camille-dubois", "thomas-nguyen"],
    tags: ["IA", "Médias"],
    hoursAgo: 390,
    heroCaption: "Une journaliste teste un outil de transcription automatique dans une rédaction parisienne.",
  },
  {
    slug: "cybersecurite-une-vague-de-rancongiciels-frappe-les-hopitaux-regionaux",
    title: "Cybersécurité : une vague de rançongiciels frappe les hôpitaux régionaux",
    dek: "Plusieurs établissements ont dû déclencher leur plan blanc et reporter des opérations après des attaques informatiques coordonnées.",
    body: `Au moins quatre centres hospitaliers régionaux ont été touchés ces derniers jours par des attaques par rançongiciel, contraignant plusieurs d’entre eux à fonctionner en mode dégradé et à reporter des interventions non urgentes.

Les systèmes informatiques de gestion des dossiers patients et de prise de rendez-vous ont été chiffrés par les attaquants, qui réclament une rançon en cryptomonnaie. Les établissements ont porté plainte et refusent de payer, conformément aux recommandations des autorités.

Dans l’un des hôpitaux concernés, le personnel a dû revenir au papier et au crayon pour suivre les patients. « On sait faire, mais c’est plus lent et plus risqué », témoigne une infirmière des urgences.

L’agence nationale chargée de la sécurité des systèmes d’information a dépêché des équipes sur place. Selon les premiers éléments, les attaquants seraient entrés par un logiciel d’accès à distance mal sécurisé utilisé par un prestataire.

Les hôpitaux sont des cibles privilégiées en raison du caractère critique de leurs services et de la sensibilité des données qu’ils détiennent. Leur niveau d’investissement en cybersécurité reste pourtant très inférieur à celui d’autres secteurs.

Le ministère de la Santé a promis une enveloppe supplémentaire pour renforcer la protection des établissements, sans en préciser le montant.`,
    lang: "fr",
    section: "technology",
    authors: ["thomas-nguyen"],
    tags: ["Cybersécurité", "Santé", "France"],
    hoursAgo: 12,
    heroCaption: "Le hall d’accueil d’un centre hospitalier contraint de fonctionner en mode dégradé.",
  },
  {
    slug: "elections-et-desinformation-les-plateformes-sous-pression-avant-le-scrutin",
    title: "Élections et désinformation : les plateformes sous pression avant le scrutin",
    dek: "Les autorités européennes demandent aux réseaux sociaux de renforcer la modération des contenus trompeurs générés par l’intelligence artificielle.",
    body: `À l’approche de plusieurs élections nationales en Europe, la Commission européenne a adressé aux grandes plateformes en ligne une série de demandes d’information sur leurs dispositifs de lutte contre la désinformation.

Bruxelles s’inquiète en particulier de la multiplication des contenus générés par l’intelligence artificielle : fausses vidéos de candidats, enregistrements audio truqués, images de rassemblements fabriquées de toutes pièces.

En vertu du règlement sur les services numériques, les plateformes doivent évaluer les risques que leurs services font peser sur les processus électoraux et prendre des mesures pour les atténuer. Les sanctions peuvent atteindre 6 % de leur chiffre d’affaires mondial.

> « Une élection se joue parfois à quelques milliers de voix. Une vidéo truquée diffusée la veille du scrutin peut faire des dégâts irréparables », avertit Julien Ferrand, chercheur spécialiste des réseaux sociaux.

Les plateformes mettent en avant leurs investissements : étiquetage des contenus générés par IA, partenariats avec des vérificateurs de faits, équipes dédiées aux élections. Mais les ONG jugent ces efforts inégaux selon les pays et les langues.

Les experts rappellent que les électeurs disposent eux aussi de moyens de vérification. Plusieurs médias publient des [guides pratiques](https://example.org/verifier-une-video) pour repérer les contenus manipulés.`,
    lang: "fr",
    section: "technology",
    authors: ["olivier-lefevre", "thomas-nguyen"],
    tags: ["Élections", "Désinformation", "IA", "Médias"],
    hoursAgo: 64,
  },
  {
    slug: "open-source-ai-models-close-the-gap-with-proprietary-rivals",
    title: "Open-source AI models close the gap with proprietary rivals",
    dek: "Freely available models now match commercial systems on many benchmarks, reshaping the economics of the industry.",
    body: `Artificial intelligence models released with openly available weights have narrowed the performance gap with leading proprietary systems, according to a new analysis of public benchmark results.

On many standard tests of reasoning, coding and language understanding, the best open models now score within a few percentage points of commercial offerings that cost significantly more to use.

The shift is changing how companies build products. Startups increasingly fine-tune open models on their own data and run them on their own infrastructure, citing lower costs and greater control over privacy.

"Two years ago, the question was whether open models were good enough. Now the question is whether the proprietary premium is worth it," said Sarah Kim, founder of a developer tools company.

Critics warn that openly released models can also be adapted for harmful purposes, and that benchmark scores do not always reflect real-world reliability. Some researchers have called for clearer standards on safety testing before release.

Proprietary developers argue that their systems still lead on the most complex tasks and offer better safeguards, and they continue to invest heavily in larger models.`,
    lang: "en",
    section: "technology",
    authors: ["thomas-nguyen"],
    tags: ["AI", "Open Source", "Startups"],
    hoursAgo: 150,
    heroCaption: "Servers in a data centre used to train large language models.",
  },
  {
    slug: "election-officials-test-ai-tools-to-detect-deepfakes",
    title: "Election officials test AI tools to detect deepfakes",
    dek: "Several U.S. states are piloting software to flag manipulated audio and video of candidates, but experts warn detection is an arms race.",
    body: `Election officials in several U.S. states are testing artificial intelligence tools designed to detect deepfake audio and video of candidates, as concerns grow about manipulated media ahead of the next election.

The pilot programmes use software that analyses files for signs of synthetic generation, such as unnatural voice patterns or inconsistencies in lighting and facial movement. Suspicious content is flagged for review by staff.

Officials stress that the tools are meant to support rapid public responses, not to censor content. "If a fake robocall goes out telling people the polling place has moved, we need to know within minutes, not days," said one state election director.

Researchers caution that detection tools can be fooled and may produce false positives. Each improvement in detection tends to be followed by improvements in generation.

Some experts argue that efforts should focus instead on provenance: embedding verifiable signatures in authentic media at the moment of capture, so that genuine recordings can be distinguished from fakes.

Election officials say public awareness remains the best defence, and several states have launched campaigns urging voters to verify information through official channels.`,
    lang: "en",
    section: "technology",
    authors: ["priya-raman"],
    tags: ["AI", "Voting", "Disinformation", "United States"],
    hoursAgo: 88,
  },
  {
    slug: "chipmakers-race-to-build-new-fabs-in-europe",
    title: "Chipmakers race to build new fabs in Europe",
    dek: "Subsidies under the European Chips Act are drawing investment, but labour shortages and energy costs remain obstacles.",
    body: `Semiconductor manufacturers are pressing ahead with plans for new fabrication plants across Europe, encouraged by billions of euros in public subsidies aimed at doubling the region's share of global chip production.

Projects in Germany, France, Italy and Ireland range from cutting-edge logic chips to the less advanced components used in cars and industrial equipment, where European demand is strongest.

Industry executives say the biggest constraint is no longer money but people. Fabs require thousands of highly trained engineers and technicians, and universities are struggling to produce enough graduates.

Energy costs are another concern. Chip plants consume large amounts of electricity and water, and European prices remain higher than in the United States or Asia.

"Subsidies can get a project started. They can't make it competitive for twenty years," said Klaus Brenner, a semiconductor analyst in Munich.

Some projects have already been delayed or scaled back. Supporters argue that even partial success would reduce Europe's vulnerability to supply shocks like those seen during the pandemic.`,
    lang: "en",
    section: "technology",
    authors: ["hannah-okafor", "thomas-nguyen"],
    tags: ["Semiconductors", "Europe", "Trade"],
    hoursAgo: 870,
  },
  {
    slug: "ransomware-gang-claims-attack-on-logistics-giant",
    title: "Ransomware gang claims attack on logistics giant",
    dek: 'The group says it stole customer data from a major freight forwarder, which confirmed a "cybersecurity incident" affecting some systems.',
    body: `A ransomware group has claimed responsibility for a cyberattack on Northgate Freight, one of the world's largest logistics companies, and threatened to publish stolen customer data unless a ransom is paid.

The company, which operates in more than 90 countries, confirmed it had detected a "cybersecurity incident" that disrupted some booking and tracking systems. It said core operations were continuing and that it was working with external experts.

Customers reported delays in receiving shipment updates, and some warehouses temporarily switched to manual processes.

Security researchers said the group behind the claim has been active for about two years and typically targets companies with complex supply chains, where downtime is especially costly.

"Logistics firms sit on a goldmine of data about who is shipping what to whom. That makes them attractive targets," said an incident responder at a cybersecurity firm.

Authorities advise companies not to pay ransoms, arguing that payments fund further attacks and offer no guarantee that stolen data will be deleted.`,
    lang: "en",
    section: "technology",
    authors: ["thomas-nguyen"],
    tags: ["Cybersecurity", "Transport"],
    hoursAgo: 1380,
    correction:
      "An earlier version of this article misstated the number of countries in which the company operates. It operates in more than 90 countries, not 60.",
  },
  {
    slug: "satellite-internet-reaches-remote-arctic-communities",
    title: "Satellite internet reaches remote Arctic communities",
    dek: "Low-orbit satellite service has cut latency and costs in northern Canada, but residents worry about dependence on a single provider.",
    body: `For years, internet access in many communities across Nunavut and the Northwest Territories meant slow, expensive connections delivered by geostationary satellites far above the equator.

The arrival of low-orbit satellite services has changed that. Residents now report speeds comparable to those in southern cities, with much lower latency, making video calls and online classes practical for the first time.

Local businesses say the improvement has opened new opportunities, from online sales of Inuit art to remote bookkeeping work. Health centres use the connections for telemedicine consultations with specialists in the south.

"My kids can do their homework without waiting ten minutes for a page to load," said a mother of three in Pond Inlet.

But some community leaders are uneasy about relying on a small number of foreign-owned providers. They are pushing for public investment in redundant infrastructure, including undersea fibre links.

The federal government has committed funding to several connectivity projects in the north and says it aims to reach universal high-speed access by the end of the decade.`,
    lang: "en",
    section: "technology",
    authors: ["amelie-tremblay"],
    tags: ["Canada", "Connectivity"],
    hoursAgo: 500,
  },
  // ---------------------------------------------------------------- sports
  {
    slug: "tour-d-horizon-de-la-whl-klassen-domine-alors-que-les-winterhawks-battent-les-chiefs-6-1",
    title: "Tour d'horizon de la WHL : Klassen domine alors que les Winterhawks battent les Chiefs 6-1",
    dek: "Carter Klassen a récolté quatre points pour mener Portland à une victoire convaincante contre Spokane, pendant qu’Edmonton et Kelowna ont aussi gagné.",
    body: `Carter Klassen a inscrit deux buts et ajouté deux aides pour mener les Winterhawks de Portland à une victoire de 6-1 contre les Chiefs de Spokane, samedi soir dans la Ligue de hockey de l’Ouest (WHL).

L’attaquant de 19 ans a ouvert la marque dès la quatrième minute de jeu, d’un tir des poignets dans la lucarne, avant de servir ses coéquipiers sur deux jeux de puissance en deuxième période. Il a complété sa soirée avec un but dans un filet désert.

Le gardien des Winterhawks, Liam Sørensen, a repoussé 29 des 30 tirs dirigés vers lui. Les Chiefs n’ont sauvé l’honneur qu’en fin de troisième période, grâce à un tir de la pointe de Mason Whitford.

> « Tout le monde a fait son travail ce soir. Quand on joue de cette façon, avec autant de vitesse, on est difficiles à battre », a déclaré Klassen après la rencontre.

Ailleurs dans la ligue, les Oil Kings d’Edmonton ont blanchi les Hitmen de Calgary 3-0 derrière une performance de 32 arrêts de leur gardien. Les Rockets de Kelowna, eux, ont eu besoin de la prolongation pour venir à bout des Giants de Vancouver 4-3.

À Saskatoon, les Blades ont poursuivi leur belle séquence en battant les Pats de Regina 5-2. Ils comptent désormais sept victoires à leurs huit derniers matchs et occupent le premier rang de la division Est.

Les Winterhawks, qui ont remporté quatre de leurs cinq derniers matchs, retrouveront les Chiefs dès mardi à Spokane. Le [classement complet](https://example.org/whl/classement) est disponible en ligne.`,
    lang: "fr",
    section: "sports",
    authors: ["amelie-tremblay"],
    tags: ["Hockey", "WHL"],
    sourceName: "La Presse canadienne",
    sourceUrl: "https://www.lapresse.ca/sports/hockey/whl-winterhawks-chiefs-klassen",
    hoursAgo: 16,
    heroCaption: "Carter Klassen célèbre son deuxième but de la soirée contre les Chiefs de Spokane.",
  },
  {
    slug: "ligue-1-lens-renverse-marseille-au-bout-d-une-fin-de-match-folle",
    title: "Ligue 1 : Lens renverse Marseille au bout d'une fin de match folle",
    dek: "Menés 2-0 à la pause, les Sang et Or se sont imposés 3-2 grâce à un but dans le temps additionnel.",
    body: `Le stade Bollaert-Delelis a vécu une soirée comme il les aime. Menés 2-0 à la mi-temps, les joueurs du RC Lens ont renversé l’Olympique de Marseille (3-2) dimanche soir, lors de la 12e journée de Ligue 1.

Les Marseillais avaient pourtant parfaitement négocié la première période, avec deux buts inscrits sur des contre-attaques rapides. Le public nordiste, silencieux, semblait résigné à la pause.

Le retour des vestiaires a tout changé. Sur un corner, le défenseur central lensois a réduit l’écart de la tête à l’heure de jeu, avant qu’un penalty transformé à la 78e minute ne relance complètement la rencontre.

Dans le temps additionnel, le jeune attaquant Noah Lemaire, entré en cours de match, a surgi au second poteau pour offrir la victoire à son équipe. Son premier but en professionnel.

> « Je ne réalise pas encore. J’ai juste mis le pied, et après j’ai entendu le stade exploser », a-t-il confié au micro du diffuseur.

Avec ce succès, Lens remonte à la quatrième place du classement. Marseille, de son côté, concède une troisième défaite à l’extérieur cette saison.`,
    lang: "fr",
    section: "sports",
    authors: ["lucas-bernard"],
    tags: ["Football", "France"],
    hoursAgo: 40,
    heroCaption: "La joie des supporters lensois au stade Bollaert-Delelis.",
  },
  {
    slug: "roland-garros-une-qualifiee-francaise-cree-la-surprise-au-deuxieme-tour",
    title: "Roland-Garros : une qualifiée française crée la surprise au deuxième tour",
    dek: "Classée au-delà de la 150e place mondiale, Léa Martinez a éliminé une tête de série en trois sets sur le court Suzanne-Lenglen.",
    body: `Sortie des qualifications, Léa Martinez a signé la plus belle victoire de sa carrière mercredi à Roland-Garros en éliminant la tête de série numéro 11 en trois manches (4-6, 6-3, 7-5), sur le court Suzanne-Lenglen.

La Française de 22 ans, classée au-delà de la 150e place mondiale, avait perdu le premier set en commettant de nombreuses fautes directes. Elle a ensuite trouvé son rythme en allongeant ses échanges et en variant davantage son jeu.

Dans la dernière manche, elle a sauvé trois balles de break à 5-5 avant de conclure sur un passing-shot de revers qui a fait lever le public.

> « J’ai rêvé de ce moment depuis que je suis toute petite. Le public m’a portée, je n’ai pas de mots », a-t-elle déclaré, émue, en conférence de presse.

Formée dans un petit club près de Montpellier, Léa Martinez avait connu plusieurs saisons perturbées par des blessures au poignet. Cette victoire devrait la propulser aux portes du top 100.

Au troisième tour, elle affrontera une autre joueuse issue des qualifications, une affiche inattendue qui lui offre une vraie chance d’atteindre la deuxième semaine.`,
    lang: "fr",
    section: "sports",
    authors: ["camille-dubois"],
    tags: ["Tennis", "France"],
    hoursAgo: 730,
  },
  {
    slug: "lhjmq-les-remparts-de-quebec-enchainent-une-sixieme-victoire",
    title: "LHJMQ : les Remparts de Québec enchaînent une sixième victoire",
    dek: "Portés par leur premier trio, les Remparts ont battu les Saguenéens de Chicoutimi 4-2 devant plus de 12 000 spectateurs.",
    body: `Les Remparts de Québec ont étiré à six matchs leur séquence victorieuse, vendredi soir au Centre Vidéotron, en battant les Saguenéens de Chicoutimi 4-2 dans la Ligue de hockey junior majeur du Québec.

Le premier trio des Remparts a été à l’origine de trois des quatre buts de son équipe. Le centre Antoine Gagnon a récolté un but et deux aides, portant sa récolte à 21 points en 15 matchs.

Les Saguenéens avaient pourtant pris les devants en première période sur un but en avantage numérique. Ils ont ensuite été incapables de contenir la pression des locaux, qui ont dirigé 38 tirs vers le filet adverse.

L’entraîneur des Remparts a salué la discipline de ses joueurs. « On a limité les punitions, on a gagné nos batailles le long des bandes. C’est comme ça qu’on gagne dans cette ligue », a-t-il expliqué.

Plus de 12 000 spectateurs ont assisté à la rencontre, une affluence qui confirme l’engouement du public québécois pour son équipe junior.

Les Remparts prendront la route ce week-end pour deux matchs dans les Maritimes.`,
    lang: "fr",
    section: "sports",
    authors: ["amelie-tremblay"],
    tags: ["Hockey", "Canada"],
    hoursAgo: 1100,
  },
  {
    slug: "late-winner-sends-brighton-past-everton",
    title: "Late winner sends Brighton past Everton",
    dek: "A stoppage-time header settled a tense Premier League contest and lifted Brighton into the top six.",
    body: `Brighton & Hove Albion snatched a 2-1 victory over Everton on Saturday, with a header deep into stoppage time settling a tense Premier League encounter at the Amex Stadium.

Everton had taken the lead shortly before half-time when a low cross was turned in at the near post, and for long spells the visitors looked comfortable defending their advantage.

Brighton equalised midway through the second half after a flowing move down the left, and pressed for a winner as Everton tired.

It came in the 94th minute, when a corner was flicked on and substitute Daniel Osei rose highest to head into the far corner.

"We never stopped believing. The manager told us at half-time that if we kept the ball, the chances would come," Osei said afterwards.

The result lifts Brighton into the top six, while Everton remain in the lower half of the table after a third defeat in four matches.`,
    lang: "en",
    section: "sports",
    authors: ["james-whitaker"],
    tags: ["Football", "Premier League"],
    hoursAgo: 4,
    heroCaption: "Brighton players celebrate the winning goal in stoppage time.",
  },
  {
    slug: "whl-notebook-oil-kings-goaltender-posts-third-straight-shutout",
    title: "WHL notebook: Oil Kings goaltender posts third straight shutout",
    dek: "Edmonton's netminder has not conceded in more than 190 minutes, while Portland continues its climb in the U.S. Division.",
    body: `The Edmonton Oil Kings' goaltender extended his shutout streak to three games on Tuesday, stopping all 27 shots he faced in a 2-0 win over the Red Deer Rebels.

The 18-year-old has now gone more than 190 minutes without conceding a goal, the longest streak in the Western Hockey League this season.

"He's seeing the puck really well and our defence is clearing rebounds. It's a team effort, but he's been our best player," said the Oil Kings' head coach.

In the U.S. Division, the Portland Winterhawks continued their strong run with a 5-3 win over the Seattle Thunderbirds. Carter Klassen recorded a goal and an assist, adding to a growing highlight reel.

The Saskatoon Blades, meanwhile, remain at the top of the East Division standings after a 4-1 victory over the Moose Jaw Warriors.

Several WHL prospects are expected to be invited to national junior team selection camp next month.`,
    lang: "en",
    section: "sports",
    authors: ["hannah-okafor"],
    tags: ["Hockey", "WHL", "Canada"],
    sourceName: "The Canadian Press",
    sourceUrl: "https://www.thecanadianpress.com/sports/whl-notebook-oil-kings-shutout",
    hoursAgo: 190,
  },
  {
    slug: "marathon-record-falls-in-berlin-under-perfect-conditions",
    title: "Marathon record falls in Berlin under perfect conditions",
    dek: "Cool temperatures and a fast, flat course helped a Kenyan runner break the course record by more than 40 seconds.",
    body: `Kenya's Joseph Kiprono broke the Berlin Marathon course record on Sunday, finishing in 2 hours, 1 minute and 39 seconds in cool, windless conditions that runners described as ideal.

Kiprono ran with a large lead pack through halfway before pulling away after 30 kilometres, when his pacemakers dropped out. He ran the second half of the race faster than the first.

"I felt strong from the start. When I saw the clock at 35 kilometres, I knew something special was possible," he said.

In the women's race, Ethiopia's Tigist Alemu won in 2:16:05, a personal best, after a close duel with her compatriot over the final five kilometres.

More than 40,000 runners took part in the event, one of the six World Marathon Majors. Organisers said the race had sold out within hours when registration opened.

Berlin's flat course has been the site of several world records, and experts say its reputation for fast times continues to attract the world's best distance runners.`,
    lang: "en",
    section: "sports",
    authors: ["priya-raman"],
    tags: ["Athletics", "Europe"],
    hoursAgo: 600,
    heroCaption: "Runners pass the Brandenburg Gate during the Berlin Marathon.",
  },
  {
    slug: "teenage-qualifier-stuns-top-seed-in-montreal",
    title: "Teenage qualifier stuns top seed in Montreal",
    dek: "The 17-year-old Canadian won in straight sets in front of a raucous home crowd at the National Bank Open.",
    body: `A 17-year-old qualifier from Quebec produced one of the biggest upsets of the season on Wednesday, defeating the top seed 6-4, 7-6 at the National Bank Open in Montreal.

Émilie Gauthier, ranked outside the top 200, showed remarkable composure against the world's top-ranked player, serving well under pressure and attacking short balls with her forehand.

The crowd at IGA Stadium roared throughout the second-set tie-break, which Gauthier won 7-5 after saving a set point.

"I just tried to enjoy it. I've watched this tournament since I was a little girl, so to win a match like this here is unbelievable," she said on court.

Tennis Canada has invested heavily in junior development in recent years, and Gauthier is the latest in a line of young Canadian players to break through on the professional tour.

She will face a fellow qualifier in the next round.`,
    lang: "en",
    section: "sports",
    authors: ["amelie-tremblay"],
    tags: ["Tennis", "Canada"],
    hoursAgo: 1420,
  },
  // ---------------------------------------------------------------- culture
  {
    slug: "cannes-un-premier-film-senegalais-sacre-par-la-critique",
    title: "Cannes : un premier film sénégalais sacré par la critique",
    dek: "« Les Marées de Joal », premier long métrage de la réalisatrice Awa Ndiaye, a reçu une ovation de dix minutes lors de sa projection.",
    body: `Il y a des projections qui marquent un festival. Celle des « Marées de Joal », premier long métrage de la réalisatrice sénégalaise Awa Ndiaye, s’est achevée sur une ovation de dix minutes dans la salle Debussy.

Le film suit trois générations de femmes d’un village de pêcheurs de la Petite-Côte, confrontées à la raréfaction du poisson et au départ des jeunes hommes vers l’Europe. Un récit intime, porté par une photographie lumineuse.

La critique internationale a salué la maîtrise d’une cinéaste de 34 ans qui a longtemps travaillé comme monteuse avant de passer à la réalisation.

> « Je voulais filmer celles qui restent. On parle beaucoup de ceux qui partent, jamais de celles qui attendent et qui tiennent tout », a expliqué Awa Ndiaye lors de la conférence de presse.

Tourné avec des comédiennes non professionnelles et en wolof, le film a été coproduit par des sociétés sénégalaises, françaises et belges. Il a déjà trouvé des distributeurs dans une quinzaine de pays.

Plusieurs observateurs le citent désormais parmi les favoris pour la Caméra d’or, qui récompense le meilleur premier film du festival.`,
    lang: "fr",
    section: "culture",
    authors: ["camille-dubois"],
    tags: ["Cinéma", "Festival"],
    hoursAgo: 680,
    heroCaption: "La réalisatrice Awa Ndiaye et son équipe sur les marches du Palais des festivals.",
  },
  {
    slug: "le-goncourt-des-lyceens-recompense-un-roman-sur-l-exil",
    title: "Le Goncourt des lycéens récompense un roman sur l'exil",
    dek: "Le jury a distingué « La Langue du fleuve », de Nadia Benali, récit d’une famille partagée entre deux rives de la Méditerranée.",
    body: `Le prix Goncourt des lycéens a été attribué jeudi à Nadia Benali pour « La Langue du fleuve », un roman qui retrace le parcours d’une famille installée à Marseille et restée attachée à ses racines algériennes.

Le jury, composé de plusieurs milliers de lycéens de toute la France, a été séduit par la construction du livre, qui alterne les voix d’une grand-mère, de sa fille et de sa petite-fille.

« C’est un livre qui parle de nous, de nos familles, de la manière dont on transmet ou non une langue », a résumé une lycéenne de Clermont-Ferrand, déléguée régionale du jury.

L’autrice, professeure de lettres dans un collège de la banlieue lyonnaise, a dit son émotion d’être distinguée par des lecteurs de l’âge de ses élèves.

> « Les adolescents sont des lecteurs exigeants. Ils ne pardonnent rien à un livre qui les ennuie. Ce prix me touche plus que tout autre », a-t-elle confié.

Le Goncourt des lycéens est réputé pour son effet sur les ventes : les lauréats voient souvent leurs tirages multipliés dans les semaines qui suivent l’annonce.`,
    lang: "fr",
    section: "culture",
    authors: ["olivier-lefevre"],
    tags: ["Littérature", "Livres"],
    hoursAgo: 940,
  },
  {
    slug: "a-montreal-les-salles-de-spectacle-independantes-menacees-par-les-loyers",
    title: "À Montréal, les salles de spectacle indépendantes menacées par les loyers",
    dek: "Plusieurs petites salles du Plateau et du Mile End craignent de fermer, faute de pouvoir absorber les hausses de loyer.",
    body: `Elles ont vu débuter des groupes devenus célèbres, accueilli des soirées de poésie et des festivals de quartier. Aujourd’hui, plusieurs salles de spectacle indépendantes de Montréal craignent de ne pas passer l’année.

En cause : des hausses de loyer parfois supérieures à 40 % lors du renouvellement des baux commerciaux, dans des quartiers comme le Plateau-Mont-Royal et le Mile End où l’immobilier s’est fortement valorisé.

« On remplit la salle cinq soirs par semaine, mais nos marges sont minuscules. Le nouveau loyer, c’est l’équivalent de tous nos profits », explique la copropriétaire d’une salle de 200 places.

Les plaintes pour bruit, de plus en plus fréquentes avec l’arrivée de nouveaux résidents, compliquent encore la situation. Certaines salles ont dû investir lourdement dans l’insonorisation.

La Ville a annoncé la création d’un fonds de soutien aux lieux culturels de proximité et étudie la possibilité de protéger certaines salles par un zonage particulier. Les exploitants saluent l’initiative, mais la jugent tardive.

Une pétition réclamant des mesures plus fortes a déjà recueilli plusieurs milliers de signatures. Elle est accessible sur le [site de la coalition des salles](https://example.org/salles-mtl/petition).`,
    lang: "fr",
    section: "culture",
    authors: ["amelie-tremblay"],
    tags: ["Musique", "Canada"],
    hoursAgo: 250,
    heroCaption: "Un concert dans une petite salle du Mile End, à Montréal.",
  },
  {
    slug: "patrimoine-les-petites-eglises-rurales-cherchent-des-repreneurs",
    title: "Patrimoine : les petites églises rurales cherchent des repreneurs",
    dek: "Faute de moyens pour les entretenir, des communes envisagent de vendre ou de reconvertir des édifices parfois centenaires.",
    body: `Dans de nombreux villages français, l’église reste le plus ancien et le plus imposant bâtiment de la commune. Mais son entretien pèse de plus en plus lourd sur des budgets municipaux déjà contraints.

Toitures qui fuient, vitraux fragilisés, clochers instables : les besoins de restauration se chiffrent parfois en centaines de milliers d’euros, pour des communes de quelques centaines d’habitants.

Certains maires se tournent vers des solutions inédites. Ici, une église désacralisée accueille désormais une bibliothèque et des concerts ; là, un projet de gîte ou de salle d’exposition est à l’étude.

« Personne n’a envie de vendre son église. Mais la laisser s’effondrer serait encore pire », résume le maire d’une commune de l’Indre.

Les associations de défense du patrimoine appellent à la vigilance. Elles redoutent des reconversions qui dénatureraient les édifices et demandent un meilleur accompagnement de l’État.

Les dons défiscalisés et les loteries dédiées au patrimoine ont permis de sauver certains bâtiments, mais ne suffisent pas à répondre à l’ampleur des besoins.`,
    lang: "fr",
    section: "culture",
    authors: ["lucas-bernard"],
    tags: ["Patrimoine", "France"],
    hoursAgo: 1200,
    heroCaption: "L’église Saint-Martin, fermée au public depuis trois ans, dans un village de l’Indre.",
  },
  {
    slug: "festival-season-ends-with-record-attendance-despite-rising-ticket-prices",
    title: "Festival season ends with record attendance despite rising ticket prices",
    dek: "Organisers report sold-out weekends, but smaller events are struggling with insurance, security and artist fees.",
    body: `Europe's summer music festival season has ended with record attendance at many of the largest events, even as ticket prices rose sharply for the second year in a row.

Major festivals in the UK, Belgium, Spain and Denmark reported sold-out weekends, with some selling out within minutes of tickets going on sale.

Smaller independent festivals tell a different story. Several have been cancelled or postponed, with organisers blaming rising costs for insurance, security, equipment hire and artist fees.

"The big events have the scale to absorb these costs. A festival of 5,000 people doesn't," said Tom Avery, who runs a folk festival in Yorkshire and chose not to hold an edition this year.

Industry groups are calling for a levy on stadium and arena tickets to support grassroots venues and festivals, a model already adopted in some countries.

Fans, meanwhile, say they are spending more on fewer events. Surveys suggest many music lovers now plan their summer around a single big festival instead of several smaller ones.`,
    lang: "en",
    section: "culture",
    authors: ["hannah-okafor"],
    tags: ["Music", "Festival"],
    hoursAgo: 330,
  },
  {
    slug: "booker-shortlist-leans-toward-debut-novelists",
    title: "Booker shortlist leans toward debut novelists",
    dek: 'Three of the six books in contention are first novels, in a year the judges described as "unusually adventurous".',
    body: `Three debut novels have made the shortlist for this year's Booker Prize, a striking tilt toward new voices in a competition often dominated by established names.

The judges described the six shortlisted books as "unusually adventurous" in form, citing novels told through emails, a book-length single sentence and a story narrated by a house.

Among the debutants is Eleanor Achebe-Ward, whose novel about a nurse working night shifts in a London hospital has been a word-of-mouth success since its publication in the spring.

"None of us set out to reward first novels. We simply kept coming back to these books," the chair of judges said at the announcement.

Booksellers welcomed the shortlist as a chance to introduce readers to unfamiliar writers, though some noted that debut authors often struggle to secure the same marketing support as veterans.

The winner will be announced at a ceremony in London next month.`,
    lang: "en",
    section: "culture",
    authors: ["priya-raman"],
    tags: ["Books", "Literature"],
    hoursAgo: 1050,
  },
  {
    slug: "streaming-services-cut-back-on-original-european-films",
    title: "Streaming services cut back on original European films",
    dek: "Producers say commissions have fallen sharply as platforms prioritise series and licensed content.",
    body: `Major streaming platforms have significantly reduced their commissioning of original European feature films, according to producers and industry data, as the companies shift their focus toward profitability.

After years of rapid expansion, the platforms are now prioritising series that keep subscribers engaged over longer periods, as well as licensed films that have already proven themselves in cinemas.

Independent producers in France, Germany, Italy and Spain say they are feeling the effect. Several projects that had been in development with streamers have been dropped.

"For a few years, the platforms were a lifeline. Now we are back to relying on public funding and broadcasters," said a producer based in Madrid.

European rules require streaming services to ensure that at least 30% of their catalogues consist of European works, and some countries impose additional investment obligations. Those rules have limited, but not prevented, the decline.

Analysts expect the trend to continue as platforms consolidate and raise subscription prices.`,
    lang: "en",
    section: "culture",
    authors: ["hannah-okafor", "olivier-lefevre"],
    tags: ["Film", "Streaming", "Europe"],
    hoursAgo: 120,
  },
  {
    slug: "museum-returns-looted-bronzes-in-landmark-restitution",
    title: "Museum returns looted bronzes in landmark restitution",
    dek: "The handover ceremony marks the culmination of years of negotiations and is expected to encourage other institutions to follow suit.",
    body: `A major European museum formally returned more than two dozen bronze sculptures and plaques to Nigeria on Friday, in one of the most significant restitutions of colonial-era artefacts in recent years.

The objects were taken from the Kingdom of Benin in 1897 during a British military expedition and later sold to collectors and institutions across Europe and North America.

The handover followed years of negotiations between museum officials, the Nigerian government and representatives of the royal court of Benin.

> "These objects are not simply works of art. They are records of our history, our kings and our rituals. Today, part of that history comes home," said a member of the Nigerian delegation.

Several of the bronzes will remain on loan to the museum for the next few years under an agreement designed to maintain academic cooperation and allow visitors to continue seeing the works.

Museum directors elsewhere say the move is likely to increase pressure on other institutions holding similar collections. Researchers have published an [online database](https://example.org/benin-bronzes/database) tracking the location of known objects.`,
    lang: "en",
    section: "culture",
    authors: ["james-whitaker"],
    tags: ["Heritage", "Diplomacy"],
    hoursAgo: 70,
    heroCaption: "Bronze plaques displayed before their handover at the ceremony.",
  },
];

export const commentSamples: { lang: SeedLang; text: string }[] = [
  {
    lang: "en",
    text: "Really balanced piece. It's rare to see both sides of the argument laid out this clearly.",
  },
  {
    lang: "en",
    text: "I agree with the previous commenter: the article could have said more about what this means for ordinary people.",
  },
  { lang: "en", text: "This is exactly why we need more local reporting. Thanks for covering it." },
  {
    lang: "en",
    text: "Not convinced. The numbers quoted here look cherry-picked to me. Where's the longer-term trend?",
  },
  { lang: "en", text: "Great read 👏 Shared it with my whole team." },
  {
    lang: "en",
    text: "I live about ten minutes from there and nobody I know was even aware this was happening. Eye-opening.",
  },
  {
    lang: "en",
    text: "Can we talk about how long this has been dragging on? Years of meetings and still no decision.",
  },
  {
    lang: "en",
    text: "Respectfully, I disagree. Raising rates again would hurt small businesses far more than big banks.",
  },
  { lang: "en", text: "The quote from the economist in paragraph five sums it up perfectly." },
  { lang: "en", text: "What a game!! That last-minute goal had me jumping off the couch ⚽🔥" },
  {
    lang: "en",
    text: "Honestly the refereeing was a disgrace in the first half, but credit to the team for not giving up.",
  },
  {
    lang: "en",
    text: "I agree with Mark above. The media always focuses on the drama and ignores the policy details.",
  },
  { lang: "en", text: "Is there a source for the 30% figure? I'd like to read the original report." },
  {
    lang: "en",
    text: "Found it, for anyone interested: https://example.org/reports/full-study.pdf — worth reading the methodology section.",
  },
  {
    lang: "en",
    text: "Voter turnout among young people is always low. Maybe make election day a public holiday?",
  },
  { lang: "en", text: "Every election cycle we hear the same promises. I'll believe it when I see it." },
  {
    lang: "en",
    text: "This is a well-written article but the headline feels a bit sensational compared to the content.",
  },
  {
    lang: "en",
    text: "My grandmother worked in that factory for 30 years. Sad to see the town change so much.",
  },
  {
    lang: "en",
    text: "Open-source models are a game changer for small companies like mine. We couldn't afford the proprietary APIs.",
  },
  {
    lang: "en",
    text: "Deepfakes are terrifying. I don't know how my parents are supposed to tell what's real anymore 😟",
  },
  { lang: "en", text: "Not sure I agree with the premise. Subsidies just shift costs to taxpayers." },
  { lang: "en", text: "Fantastic photos in this one. Who's the photographer?" },
  {
    lang: "en",
    text: "Klassen is the real deal. Watched him in juniors last year and he was already dominating.",
  },
  { lang: "en", text: "Thank you for writing about this. Mainstream outlets completely ignored the story." },
  { lang: "en", text: "I think you're missing the bigger picture. Energy prices are driving all of this." },
  {
    lang: "en",
    text: "Good analysis, but a map would have helped a lot to understand where these communities are.",
  },
  { lang: "en", text: "I work in logistics and can confirm: the delays are real and they're getting worse." },
  { lang: "en", text: "Honestly this is overblown. Markets go up and down, it's not the end of the world." },
  { lang: "en", text: "Congrats to her! What a run for a qualifier 🎾" },
  {
    lang: "en",
    text: "Ticket prices are out of control. I paid more for parking than I did for my first festival pass.",
  },
  {
    lang: "en",
    text: "The restitution is long overdue. Good on the museum for finally doing the right thing.",
  },
  {
    lang: "en",
    text: "I disagree with the commenters saying this is 'too little too late'. It's a step, and steps matter.",
  },
  { lang: "en", text: "Could you do a follow-up in six months to see if any of these promises were kept?" },
  {
    lang: "en",
    text: "As a nurse, the part about hospitals going back to paper made my stomach drop. Scary stuff.",
  },
  { lang: "en", text: "Typo in the third paragraph, 'there' should be 'their'. Otherwise great article!" },
  {
    lang: "en",
    text: "I've read three articles on this today and yours is the only one that explains the background properly.",
  },
  { lang: "en", text: "Why is nobody talking about the environmental cost of all these data centres?" },
  { lang: "en", text: "Agree 100% with the first comment. Balanced and informative." },
  {
    lang: "en",
    text: "The housing crisis is the same everywhere. Amsterdam, Toronto, London... nobody has solved it.",
  },
  { lang: "en", text: "This reads like a press release from the company. Where are the critical voices?" },
  { lang: "en", text: "Love the Booker shortlist this year. Already ordered two of the debuts 📚" },
  { lang: "en", text: "Proportional representation would fix so much. Every vote should count." },
  {
    lang: "en",
    text: "Hmm, I'm not sure first-past-the-post is that bad. At least you know who your MP is.",
  },
  { lang: "en", text: "Brilliant coverage as always. This is why I subscribe." },
  { lang: "en", text: "Would be interesting to compare with what happened in 2008. Anyone remember?" },
  { lang: "en", text: "I'm a farmer and the grain corridor news is a huge relief for the whole market." },
  {
    lang: "en",
    text: "Can't believe they still haven't fixed the Wi-Fi in half the Arctic communities. Progress, but slow.",
  },
  { lang: "en", text: "The marathon time is insane. Sub 2:02 on a course record day, wow 🏃‍♂️" },
  {
    lang: "en",
    text: "I don't think the author is being fair to the government here. They inherited this mess.",
  },
  { lang: "en", text: "Thanks for including the link to the data. More outlets should do that." },
  { lang: "en", text: "Interesting, but the comments section is the best part of this site tbh 😂" },
  { lang: "en", text: "Another reminder that NATO spending debates are really about domestic politics." },
  {
    lang: "en",
    text: "I agree with you, Sarah. Without clear rules, the AI tools will just spread faster than anyone can check.",
  },
  { lang: "en", text: "Everton fans, stay strong. Long season ahead." },
  { lang: "en", text: "This should be on the front page." },
  {
    lang: "en",
    text: "Full disclosure, I used to work there. The article is accurate, and if anything understates the problem.",
  },
  { lang: "en", text: "Not everything has to be a crisis. Some of us are doing just fine, thanks." },
  {
    lang: "en",
    text: "Really hope the independent venues survive. That's where I saw my favourite bands before they were famous.",
  },
  {
    lang: "en",
    text: "Good point about the insurance costs. People underestimate how much that has gone up.",
  },
  {
    lang: "en",
    text: "Reading this from Lagos. It's an emotional day for a lot of people here. Thank you for the coverage.",
  },
  { lang: "fr", text: "Article très complet, merci. On comprend enfin les enjeux du dossier." },
  {
    lang: "fr",
    text: "Je ne suis pas d’accord avec l’analyse : l’OTAN n’a jamais été aussi unie qu’aujourd’hui.",
  },
  {
    lang: "fr",
    text: "Tout à fait d’accord avec le commentaire précédent. Il faudrait aussi parler du rôle de l’Union européenne.",
  },
  {
    lang: "fr",
    text: "Encore une fois, ce sont les petites communes qui vont payer. C’est toujours la même chose.",
  },
  { lang: "fr", text: "Bravo aux Winterhawks ! Klassen est vraiment impressionnant cette saison 🏒" },
  { lang: "fr", text: "Je vis à Windsor et ce terrain est magnifique. Il faut absolument le protéger." },
  {
    lang: "fr",
    text: "Je ne suis pas d’accord. L’administration portuaire a aussi des obligations financières, on ne peut pas lui demander de tout donner.",
  },
  {
    lang: "fr",
    text: "Les jeunes ne votent pas parce qu’on ne leur parle jamais de ce qui les concerne vraiment. Logement, climat, études…",
  },
  {
    lang: "fr",
    text: "J’ai 20 ans et j’irai voter aux élections européennes. Pas par enthousiasme, mais par principe.",
  },
  { lang: "fr", text: "Quel match ! J’étais à Bollaert, l’ambiance était incroyable 😍" },
  { lang: "fr", text: "Merci pour cet article nuancé. Ça change des titres racoleurs qu’on voit partout." },
  { lang: "fr", text: "Le titre est un peu exagéré, non ? Le contenu est beaucoup plus mesuré." },
  {
    lang: "fr",
    text: "Je rejoins l’avis de Claire : la désinformation est le vrai danger de ces élections.",
  },
  {
    lang: "fr",
    text: "Petite coquille au deuxième paragraphe, « ces » au lieu de « ses ». Sinon très bon papier.",
  },
  {
    lang: "fr",
    text: "Comme viticulteur, je confirme : la situation est dramatique dans le Bordelais. Personne ne nous écoute.",
  },
  {
    lang: "fr",
    text: "Il faudrait surtout réduire le train de vie de l’État avant de toucher aux collectivités.",
  },
  {
    lang: "fr",
    text: "Je ne suis pas d’accord avec vous, Pierre. Les collectivités ont aussi leur part de responsabilité dans les dépenses.",
  },
  {
    lang: "fr",
    text: "Les hôpitaux sont sous-équipés depuis des années, pas étonnant qu’ils soient des cibles faciles.",
  },
  { lang: "fr", text: "Quelqu’un a le lien vers le rapport complet ? Je trouve seulement le résumé." },
  {
    lang: "fr",
    text: "Voici le lien pour ceux que ça intéresse : https://example.org/rapport-complet — la partie sur la méthodologie vaut le détour.",
  },
  { lang: "fr", text: "L’IA dans les rédactions, ça me fait un peu peur. Qui vérifie vraiment ?" },
  { lang: "fr", text: "Très bonne initiative de ces chartes. La transparence, c’est la base." },
  { lang: "fr", text: "J’ai vu « Les Marées de Joal » en avant-première, c’est bouleversant. Allez-y ! 🎬" },
  { lang: "fr", text: "Enfin un prix littéraire qui récompense un livre qu’on a envie de lire." },
  { lang: "fr", text: "Les salles indépendantes, c’est l’âme de Montréal. Ce serait une vraie perte." },
  {
    lang: "fr",
    text: "Je ne suis pas d’accord, la Ville fait déjà beaucoup. Les propriétaires ont aussi le droit de fixer leurs loyers.",
  },
  {
    lang: "fr",
    text: "Notre église de village a été transformée en médiathèque et c’est une réussite. À encourager !",
  },
  { lang: "fr", text: "Vendre les églises ? Et puis quoi encore… C’est notre patrimoine commun." },
  { lang: "fr", text: "Allez Léa ! On est tous derrière toi 🇫🇷🎾" },
  { lang: "fr", text: "Merci pour la qualité de vos articles, je partage souvent autour de moi." },
  { lang: "fr", text: "Analyse intéressante mais un peu trop favorable au gouvernement à mon goût." },
  {
    lang: "fr",
    text: "À Lyon, le vrai problème ce sont les bouchons à l’entrée de la ville, pas le prix du stationnement.",
  },
  { lang: "fr", text: "Je prends le tram tous les jours, et franchement le réseau s’est beaucoup amélioré." },
  {
    lang: "fr",
    text: "Tout à fait d’accord avec Sophie. Les artisans sont les grands oubliés de la crise de l’énergie.",
  },
  { lang: "fr", text: "La BCE a toujours un temps de retard. Comme d’habitude." },
  {
    lang: "fr",
    text: "Je ne comprends pas pourquoi on ne parle pas davantage de l’érosion côtière. C’est un sujet majeur !",
  },
  {
    lang: "fr",
    text: "Ma famille a une maison aux Îles-de-la-Madeleine, on voit la côte reculer chaque année. Triste réalité 😢",
  },
  { lang: "fr", text: "Article intéressant, mais il manque le point de vue des pêcheurs." },
  { lang: "fr", text: "Les Remparts sont en feu cette année ! Sixième victoire, on y croit 🔥" },
  {
    lang: "fr",
    text: "Je trouve dommage qu’on ne parle que des élections nationales. Les élections locales comptent tout autant.",
  },
  {
    lang: "fr",
    text: "Une élection, ça se prépare aussi dans les écoles. L’éducation civique devrait être une priorité.",
  },
  {
    lang: "fr",
    text: "Je ne suis pas d’accord avec l’auteur sur ce point : l’autonomie stratégique européenne reste un slogan.",
  },
  {
    lang: "fr",
    text: "Très bon résumé de la soirée. Dommage pour les Chiefs, mais ils n’avaient rien ce soir-là.",
  },
  {
    lang: "fr",
    text: "Est-ce qu’il y aura une suite à cette enquête ? J’aimerais savoir ce que devient le projet de parc.",
  },
  {
    lang: "fr",
    text: "C’est toujours la même histoire : tout le monde se renvoie la balle et rien n’avance.",
  },
  { lang: "fr", text: "Quelle mauvaise foi dans certains commentaires… Lisez l’article avant de réagir !" },
  { lang: "fr", text: "Je rejoins les autres lecteurs : excellent travail de la rédaction." },
  { lang: "fr", text: "Il faut arrêter de tout dramatiser. L’économie européenne résiste plutôt bien." },
  {
    lang: "fr",
    text: "La sécheresse en Espagne, on la voit aussi dans le sud de la France. Il est temps d’agir sérieusement.",
  },
  {
    lang: "fr",
    text: "Le dessalement n’est pas une solution miracle, l’article le dit bien. Merci pour cette nuance.",
  },
  {
    lang: "fr",
    text: "Je suis infirmière et on a vécu une cyberattaque l’an dernier. C’était l’enfer pendant des semaines.",
  },
  {
    lang: "fr",
    text: "Quand est-ce que les plateformes seront enfin tenues responsables ? On attend depuis des années.",
  },
  {
    lang: "fr",
    text: "Je ne suis pas d’accord, la modération à outrance pose aussi problème pour la liberté d’expression.",
  },
  { lang: "fr", text: "Un grand bravo au jeune Noah Lemaire, quel premier but ! ⚽" },
  { lang: "fr", text: "Franchement, Marseille a perdu ce match tout seul en deuxième mi-temps." },
  { lang: "fr", text: "Très beau papier sur l’Arctique, on en parle trop peu en français." },
  { lang: "fr", text: "J’aurais aimé plus de chiffres sur le coût réel pour les contribuables." },
  { lang: "fr", text: "Merci ! Enfin un média qui prend le temps d’expliquer." },
  {
    lang: "fr",
    text: "Je suis d’accord avec vous sur le fond, mais la forme de l’article est un peu confuse.",
  },
  {
    lang: "fr",
    text: "Les Élections approchent et on n’entend parler que de sondages. Parlons plutôt des programmes !",
  },
];

export const spamSamples: string[] = [
  "💰💰 WIN BIG at Royal Spin Casino!!! 500 free spins for new players, no deposit needed >>> http://royal-spin-casino-bonus.example.com",
  "Cheap pills online!!! Viagra, Cialis, and more at 80% OFF. No prescription required. Fast discreet shipping: http://best-meds-pharmacy.example.net",
  "DOUBLE YOUR BITCOIN IN 24 HOURS!!! Send 0.1 BTC and receive 0.2 BTC back GUARANTEED. Limited offer: http://btc-doubler-official.example.org",
  "Great article! Check out my website for the best SEO services, we can get you to page 1 of Google in 7 days: http://top-seo-backlinks.example.com",
  "Buy 10,000 high quality backlinks for only $9.99!!! DA 90+ guaranteed. Visit http://cheap-backlinks-pro.example.net now",
  "Gagnez de l’argent facilement depuis chez vous !!! 5000€ par semaine sans effort. Cliquez ici : http://argent-facile-maison.example.fr",
  "I made $15,000 last month working from home, just 2 hours a day! My secret method here --> http://easy-cash-secret.example.com",
  "Casino en ligne n°1 en France 🎰 Bonus de bienvenue de 1000€ + 200 tours gratuits : http://casino-bonus-fr.example.fr",
  "Elon is giving away ETH!!! Send 1 ETH, get 2 ETH back instantly. Official giveaway: http://eth-giveaway-2x.example.io",
  "Lose 15 kg in 2 weeks with this ONE weird trick doctors hate!!! http://miracle-slim-pills.example.com",
  "nice post thanks for sharing. visit my site http://replica-watches-cheap.example.biz best rolex replica lowest price",
  "CRYPTO SIGNALS VIP GROUP 🚀🚀🚀 1000% profit guaranteed, join our Telegram now! http://crypto-moon-signals.example.io",
  "Cheap essay writing service, 100% plagiarism free, order now and get 50% off: http://essay-writer-cheap.example.com http://essay-writer-cheap.example.com/order",
  "Hot singles in your area are waiting for you!!! Click here: http://meet-singles-now.example.xyz",
  "Pharmacie en ligne sans ordonnance, livraison discrète et prix imbattables !!! http://pharma-discount-fr.example.fr",
];

export const commenterNames: string[] = [
  "Marie Lefort",
  "John Peterson",
  "Sarah Mitchell",
  "Pierre Gauthier",
  "Claire Bouchard",
  "Mark Hensley",
  "Sophie Lambert",
  "David Chen",
  "Nathalie Roy",
  "Michael O'Brien",
  "Julien Moreau",
  "Emily Carter",
  "Isabelle Fontaine",
  "Robert Blake",
  "Amina Diallo",
  "Kevin Turner",
  "Élodie Mercier",
  "Daniel Kowalski",
  "François Girard",
  "Laura Simmons",
  "Hugo Petit",
  "Rachel Goldberg",
  "Manon Rousseau",
  "Tom Hargreaves",
  "Yasmine Benali",
  "Chris Walker",
  "Benoît Lavoie",
  "Jessica Nguyen",
  "Gabriel Côté",
  "Olivia Brooks",
  "Karim Haddad",
  "Samantha Reid",
  "Antoine Durand",
  "Grace Adeyemi",
  "Louise Caron",
  "Patrick Dunne",
  "Mathieu Pelletier",
  "Hannah Schmidt",
  "Chloé Bernier",
  "Andrew MacLeod",
  "Zoé Marchand",
  "Ben Osei",
  "lecteur_engagé",
  "HockeyFan88",
  "Citoyen_Lambda",
  "NorthernLights",
  "LeVraiMarcel",
  "policy_wonk",
  "Marmotte42",
  "rivergirl_windsor",
  "JeanNeymar",
  "OldSchoolReader",
  "Bretonne_en_exil",
  "DataNerd",
  "TroisRivièresTom",
  "pinguin_du_nord",
  "CoffeeAndNews",
  "MadameRoussel",
  "skeptic_steve",
  "Ondine_B",
];
