// Tokenizer of the spam filter: turns a message into a bounded, de-duplicated list of tokens
// (words, URL parts, character n-grams and a few style signals). Pure and total: any string in,
// tokens out, whatever the script, emoji or control characters it holds.
//
// Token families (the prefixes are part of the model, change them only with a new model):
//   election, casino, num          words: lower case, accents stripped (élection → election),
//                                  French elisions split off (l'élection → election), numbers → num
//   has:url url:<host> tld:<tld>   links (url:<registrable domain> too when the host is deeper)
//   has:email                      an e-mail address in the text
//   c:xxxx                         4-grams of de-obfuscated and joined words (c a s i n o, v1agra)
//   shout:caps shout:words         shouting; punct:!!! punct:$$$ punct:>>> …: excessive punctuation
//   has:money has:percent has:phone has:html has:bbcode has:zero-width obfuscated:*
//   emoji:<char> emoji:many        emoji (each distinct one, and many of them)
//   script:<name>                  a non-Latin script in the text (cyrillic, arabic, hebrew, han…)
//   long:25+                       a word too long to be a word
//   b:<word> <word>                two words in a row ("b:free trial", "b:click here"): a phrase
//                                  says more than its words (the classifier uses either the
//                                  phrase or its words, never both: see score() in classifier.ts)

/** Words shorter than this (in characters) are dropped: le, de, of, to… carry no signal. */
export const MIN_WORD_LENGTH = 3;
/** Words longer than this become the `long:25+` token. */
export const MAX_WORD_LENGTH = 25;
/** Bounds that keep a long e-mail or a pasted book from costing more than a comment should. */
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_WORD_TOKENS = 600;
export const MAX_NGRAM_TOKENS = 120;
export const MAX_BIGRAM_TOKENS = 600;
/** Prefix of the word-pair tokens. */
export const BIGRAM_PREFIX = "b:";
const NGRAM_SIZE = 4;
/** Words at least this long (host names: 4 less) also give n-grams: casinoonlinebonus. */
const NGRAM_WORD_LENGTH = 16;
const MAX_EMOJI_TOKENS = 12;

export type TokenizeOptions = {
  /** Character 4-grams (`c:` tokens); on by default. */
  charNgrams?: boolean;
  /** At most this many distinct `c:` tokens (default MAX_NGRAM_TOKENS). */
  maxNgrams?: number;
  /** Word pairs (`b:` tokens); on by default. */
  bigrams?: boolean;
};

// Top-level domains recognised in bare domains ("visit casino-bonus.com"); with a scheme or
// "www." any TLD is recognised.
const BARE_TLDS = [
  "com",
  "net",
  "org",
  "info",
  "biz",
  "io",
  "co",
  "xyz",
  "top",
  "online",
  "site",
  "club",
  "shop",
  "store",
  "app",
  "dev",
  "me",
  "tv",
  "cc",
  "ws",
  "ru",
  "su",
  "ua",
  "fr",
  "be",
  "ch",
  "ca",
  "de",
  "uk",
  "us",
  "eu",
  "nl",
  "it",
  "es",
  "pl",
  "br",
  "in",
  "cn",
  "jp",
  "kr",
  "au",
  "nz",
  "pro",
  "live",
  "win",
  "bid",
  "loan",
  "loans",
  "vip",
  "icu",
  "buzz",
  "link",
  "click",
  "fun",
  "space",
  "website",
  "tech",
  "cloud",
  "ly",
  "gl",
  "gg",
  "to",
  "la",
  "ai",
  "bet",
  "casino",
  "poker",
  "porn",
  "sex",
  "xxx",
  "today",
  "news",
  "blog",
  "work",
  "money",
  "cash",
  "finance",
  "trade",
  "market",
  "review",
  "agency",
  "services",
  "pw",
  "tk",
  "ml",
  "ga",
  "cf",
  "gq",
  "ir",
  "vn",
];

const URL_PATTERN = new RegExp(
  [
    String.raw`\b(?:https?|ftp):\/\/[^\s<>"'()\[\]{}]+`,
    String.raw`\bwww\.[^\s<>"'()\[\]{}]+`,
    // Starts only where a host name can start, with at most 8 labels: linear on "a.a.a.a…".
    String.raw`(?<![a-z0-9.@-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){0,8}[a-z0-9][a-z0-9-]{0,61}[a-z0-9]\.(?:${BARE_TLDS.join("|")})\b(?:\/[^\s<>"'()\[\]{}]*)?`,
  ].join("|"),
  "giu",
);
const EMAIL_PATTERN =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
const HAS_INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/;
const JOINERS = /[\u200C\u200D]/g;
const FRENCH_ELISION =
  /(?<![\p{L}\p{N}])(l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’ʼ‘`´](?=\p{L})/giu;
const APOSTROPHES = /['’ʼ‘`´]/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const BIGRAM_WORD = /[\p{L}\p{N}]{3,}/gu;
const EMOJI = /\p{Extended_Pictographic}/gu;
const SCRIPTS: [string, RegExp][] = [
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["greek", /\p{Script=Greek}/u],
  ["arabic", /\p{Script=Arabic}/u],
  ["hebrew", /\p{Script=Hebrew}/u],
  ["han", /\p{Script=Han}/u],
  ["hangul", /\p{Script=Hangul}/u],
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["thai", /\p{Script=Thai}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
];

/** Lower case, compatibility-normalised (𝐜𝐚𝐬𝐢𝐧𝐨 → casino, ﬁ → fi) and without Latin accents. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss");
}

/** Every link in a text: full URLs, www. addresses and bare domains with a common TLD. */
export function extractUrls(text: string): string[] {
  const withoutEmails = text.slice(0, MAX_TEXT_LENGTH).normalize("NFKC").replace(EMAIL_PATTERN, " ");
  return Array.from(withoutEmails.matchAll(URL_PATTERN), (match) => trimUrl(match[0]));
}

function trimUrl(url: string): string {
  return url.replace(/[.,;:!?…»"'’)\]]+$/u, "");
}

/** Host of a URL (lower case, without "www." and port), or null when there is none. */
export function urlHost(url: string): string | null {
  const withoutScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const host = withoutScheme
    .split(/[/?#]/, 1)[0]!
    .replace(/^[^@]*@/, "")
    .replace(/:\d*$/, "");
  const cleaned = normalizeText(host)
    .replace(/\.+$/, "")
    .replace(/^www\d*\./, "");
  return /^[\p{L}\p{N}.-]+$/u.test(cleaned) && cleaned.includes(".") ? cleaned : null;
}

const SECOND_LEVEL = new Set(["co", "com", "net", "org", "gov", "ac", "edu", "gouv", "asso", "ne", "or"]);

/** The registrable part of a host, approximately: example.co.uk, casino.example.com → example.com. */
export function registrableDomain(host: string): string {
  const labels = host.split(".");
  if (labels.length <= 2) return host;
  const keep =
    SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join(".");
}

function urlTokens(
  url: string,
  add: (token: string) => void,
  addWord: (word: string) => void,
  addJoined: (label: string) => void,
): void {
  add("has:url");
  const host = urlHost(url);
  if (!host) return;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) {
    add("url:ip-address");
    return;
  }
  add(`url:${host}`);
  const domain = registrableDomain(host);
  if (domain !== host) add(`url:${domain}`);
  const labels = host.split(".");
  add(`tld:${labels[labels.length - 1]}`);
  // Second-level suffixes say who may register there: gouv.fr, gov.uk, ac.uk, co.uk…
  if (domain.split(".").length === 3) add(`tld:${domain.slice(domain.indexOf(".") + 1)}`);
  for (const label of labels.slice(0, -1)) {
    for (const word of label.split("-")) addWord(word);
    if (!label.includes("-") && label.length >= NGRAM_WORD_LENGTH - 4) addJoined(label);
  }
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const slash = rest.indexOf("/");
  const path = slash < 0 ? "" : rest.slice(slash).split(/[?#]/, 1)[0]!;
  if (path.length > 1)
    for (const word of normalizeText(path).split(/[^\p{L}\p{N}]+/u)) if (word) addWord(word);
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Upper- and lower-case letters of a text, counted without building arrays (ASCII fast path). */
function letterCases(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
    } else if (code >= 0xc0) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      if (char.length === 2) i++;
      if (UPPER.test(char)) upper++;
      else if (LOWER.test(char)) lower++;
    }
  }
  return { upper, lower };
}

function styleTokens(text: string, add: (token: string) => void): void {
  const { upper, lower } = letterCases(text);
  if (upper + lower >= 12 && upper / (upper + lower) >= 0.6) add("shout:caps");
  const capsWords = (text.match(/(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu) ?? []).length;
  if (capsWords >= 3) add("shout:words");
  if (/!{3,}/.test(text)) add("punct:!!!");
  else if (/!!/.test(text)) add("punct:!!");
  if (/\?{2,}|\?!|!\?/.test(text)) add("punct:???");
  if (/\${2,}|€{2,}|£{2,}/.test(text)) add("punct:$$$");
  if (/>{2,}|-{1,2}>|=>|»{2,}|➡|👉/u.test(text)) add("punct:>>>");
  if (/\*{3,}|#{3,}|={4,}|~{3,}/.test(text)) add("punct:***");
  if (/[$€£¥₿]\s?\d|\d\s?[$€£¥₿]|\d\s?(?:usd|eur|euros?|dollars?|btc)\b/iu.test(text)) add("has:money");
  if (/\d\s?%/.test(text)) add("has:percent");
  if (/(?:\+|\b00)\d[\d\s().-]{8,}\d|\b\d{3}[\s.-]\d{3}[\s.-]\d{4}\b/.test(text)) add("has:phone");
  if (
    /<\s*(?:a|img|b|strong|div|span|p|br|font|iframe|script)\b[^<>]{0,500}>|<\/\s*[a-z]{1,10}\s*>/i.test(text)
  )
    add("has:html");
  if (/\[(?:url|link|img)[=\]]/i.test(text)) add("has:bbcode");
  for (const [name, pattern] of SCRIPTS) if (pattern.test(text)) add(`script:${name}`);
}

// A run starts at its first letter only (not inside another run): linear on "c.a.s.i.n.o.…".
const SPACED_LETTERS =
  /(?<![\p{L}\p{N}])(?<!(?<![\p{L}\p{N}])[\p{L}\p{N}][ .·_*|\-]{1,3})(?:[\p{L}\p{N}][ .·_*|\-]{1,3}){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b" };
const LEET_WORD = /^\p{L}+(?:[0134578]+\p{L}+)+$/u;
// Cyrillic and Greek letters that look Latin, for words that mix scripts (pаypal with a Cyrillic а).
const HOMOGLYPHS: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ɡ: "g",
  α: "a",
  β: "b",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
};
const MIXED_WORD = /^(?=.*\p{Script=Latin})(?=.*[\p{Script=Cyrillic}\p{Script=Greek}])/u;

function wordToken(word: string): string | null {
  // Most words start with an ASCII letter: neither a number nor a number with a unit.
  const first = word.charCodeAt(0);
  const letterFirst = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
  if (!letterFirst && /^\p{N}+$/u.test(word)) return "num";
  const length = codePoints(word);
  if (length < MIN_WORD_LENGTH) return null;
  if (length > MAX_WORD_LENGTH) return "long:25+";
  if (letterFirst) return word;
  // 500mg, 24h, 10x: a number with a unit keeps the unit.
  const unit = /^\p{N}+(\p{L}{1,3})$/u.exec(word);
  if (unit) return `num${unit[1]}`;
  return word;
}

/** Length in code points (an emoji or a mathematical letter counts one). */
function codePoints(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}

const LEET_DIGIT = /[0134578]/;
const BEYOND_LATIN = /[^\u0000-\u024f]/;

/**
 * Tokens of a message: de-duplicated, in first-seen order, at most about a thousand. Never
 * throws; an empty text gives no tokens.
 *
 * Obfuscation is undone where it is cheap and safe: spaced-out letters (c a s i n o, v.i.a.g.r.a)
 * are joined, digits inside words read as letters (v1agra → viagra), Latin look-alikes from
 * other scripts folded (pаypal → paypal); each also gives an `obfuscated:*` token. Character
 * 4-grams (`c:`) come from those de-obfuscated words, from long joined words and from link
 * host names (royalspincasino → c:casi c:sino…), where whole words fail; over ordinary text
 * they only repeat the words' evidence (cross-validation scored them worse there).
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  return tokenizeWithLinks(text, options).tokens;
}

/** tokenize(), and how many links the text has (as extractUrls counts them, in one pass). */
export function tokenizeWithLinks(
  text: string,
  options: TokenizeOptions = {},
): { tokens: string[]; links: number } {
  const tokens = new Set<string>();
  const add = (token: string) => {
    tokens.add(token);
  };
  let links = 0;
  if (!text) return { tokens: [], links };
  let source = text.slice(0, MAX_TEXT_LENGTH).normalize("NFKC");
  if (HAS_INVISIBLE.test(source)) add("has:zero-width");
  source = source.replace(INVISIBLE, "").replace(JOINERS, "");

  const words = new Set<string>();
  const bigrams = new Set<string>();
  const ngramSources: string[] = [];
  const addWord = (raw: string) => {
    if (words.size >= MAX_WORD_TOKENS) return;
    const token = wordToken(raw);
    if (token) words.add(token);
  };

  // Addresses first, then links, each replaced by a space so their parts are not read as words.
  source = source.replace(EMAIL_PATTERN, () => {
    add("has:email");
    return " ";
  });
  source = source.replace(URL_PATTERN, (url) => {
    links++;
    urlTokens(
      trimUrl(url),
      add,
      (word) => addWord(normalizeText(word)),
      (label) => ngramSources.push(label),
    );
    return " ";
  });

  styleTokens(source, add);

  let emoji = 0;
  for (const match of source.matchAll(EMOJI)) {
    emoji++;
    if (emoji <= MAX_EMOJI_TOKENS) add(`emoji:${match[0]}`);
  }
  if (emoji >= 5) add("emoji:many");

  const normalized = normalizeText(source)
    .replace(SPACED_LETTERS, (run) => {
      const joined = run.replace(/[^\p{L}\p{N}]+/gu, "");
      if (!/\p{L}{3}/u.test(joined)) return run;
      add("obfuscated:spaced");
      ngramSources.push(joined);
      return ` ${joined} `;
    })
    .replace(/(?<=\p{L})[@$](?=\p{L})/gu, (sign) => (sign === "@" ? "a" : "s"))
    .replace(FRENCH_ELISION, "$1 ")
    .replace(APOSTROPHES, "");
  for (const match of normalized.matchAll(WORD)) {
    if (words.size >= MAX_WORD_TOKENS) break;
    const word = match[0];
    addWord(word);
    if (word.length > MAX_WORD_LENGTH) ngramSources.push(word);
    else if (LEET_DIGIT.test(word) && LEET_WORD.test(word)) {
      const readable = word.replace(/[0134578]/g, (digit) => LEET[digit]!);
      add("obfuscated:leet");
      addWord(readable);
      ngramSources.push(readable);
    } else if (BEYOND_LATIN.test(word) && MIXED_WORD.test(word)) {
      const folded = Array.from(word, (char) => HOMOGLYPHS[char] ?? char).join("");
      add("obfuscated:mixed-script");
      addWord(folded);
      ngramSources.push(folded);
    } else if (word.length >= NGRAM_WORD_LENGTH) {
      ngramSources.push(word);
    }
  }
  for (const word of words) add(word);
  if (options.bigrams ?? true) {
    // Over the whole text, links included: "www insee", "insee fr" and "click here" are
    // phrases too (measured: without the links' words, twice as many good comments held).
    let previous: string | null = null;
    for (const match of normalizeText(text.slice(0, MAX_TEXT_LENGTH)).matchAll(BIGRAM_WORD)) {
      if (bigrams.size >= MAX_BIGRAM_TOKENS) break;
      if (previous !== null) bigrams.add(`${BIGRAM_PREFIX}${previous} ${match[0]}`);
      previous = match[0];
    }
    for (const pair of bigrams) add(pair);
  }

  if ((options.charNgrams ?? true) && ngramSources.length > 0) {
    const maxNgrams = options.maxNgrams ?? MAX_NGRAM_TOKENS;
    let ngrams = 0;
    for (const source of ngramSources) {
      if (ngrams >= maxNgrams) break;
      const letters = Array.from(source.slice(0, 200).replace(/[^\p{L}]+/gu, ""));
      for (let i = 0; i + NGRAM_SIZE <= letters.length && ngrams < maxNgrams; i++) {
        const token = `c:${letters.slice(i, i + NGRAM_SIZE).join("")}`;
        if (!tokens.has(token)) {
          tokens.add(token);
          ngrams++;
        }
      }
    }
  }
  return { tokens: [...tokens], links };
}
