import { describe, expect, it } from "vitest";
import {
  MAX_BIGRAM_TOKENS,
  MAX_NGRAM_TOKENS,
  MAX_WORD_TOKENS,
  extractUrls,
  normalizeText,
  registrableDomain,
  tokenize,
  urlHost,
} from "@/lib/spam/tokenize";

const words = (text: string) => tokenize(text).filter((token) => !token.includes(":"));

describe("tokenize: French and English words", () => {
  it("strips accents so l'élection, L’Élection, élection and election give the same token", () => {
    for (const text of ["l'élection", "L’Élection", "élection", "election", "ÉLECTION"]) {
      expect(words(text)).toEqual(["election"]);
    }
  });

  it("splits French elisions off (l' d' qu' j' n' s' c') and drops the elided article", () => {
    const tokens = tokenize(
      "D'accord, qu'il vienne ! J'aime l'hôpital, n'importe quand, s'il faut. C'est jusqu'à l'été.",
    );
    expect(tokens).toEqual(
      expect.arrayContaining([
        "accord",
        "vienne",
        "aime",
        "hopital",
        "importe",
        "quand",
        "faut",
        "est",
        "ete",
      ]),
    );
    for (const token of tokens) expect(token).not.toMatch(/['’]/);
    expect(tokens).not.toContain("daccord");
    expect(tokens).not.toContain("lhopital");
  });

  it("joins English contractions instead of splitting them", () => {
    expect(words("Don't worry, it's fine")).toEqual(expect.arrayContaining(["dont", "worry", "its", "fine"]));
  });

  it("drops very short words, collapses numbers to num and keeps units", () => {
    const tokens = words("Le 15 mai, il y a 3 200 km et 50mg de tout");
    expect(tokens).toEqual(expect.arrayContaining(["num", "mai", "nummg", "tout"]));
    for (const token of tokens) expect(token === "num" || [...token].length >= 3).toBe(true);
    expect(tokens).not.toContain("15");
    expect(tokens).not.toContain("le");
  });

  it("is stable: the same text always gives the same tokens, without duplicates", () => {
    const text = "Casino casino CASINO bonus, bonus! Élection élection";
    const tokens = tokenize(text);
    expect(tokenize(text)).toEqual(tokens);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("normalises compatibility characters (mathematical bold, ligatures)", () => {
    expect(words("𝐜𝐚𝐬𝐢𝐧𝐨 ﬁnance")).toEqual(expect.arrayContaining(["casino", "finance"]));
    expect(normalizeText("Cœur ÉTÉ Straße")).toBe("coeur ete strasse");
  });
});

describe("tokenize: emoji, scripts and odd input", () => {
  it("keeps emoji as tokens and handles right-to-left text without throwing", () => {
    const tokens = tokenize("Bravo 👏😂🇫🇷 مرحبا بكم في الموقع שלום עולם");
    expect(tokens).toEqual(
      expect.arrayContaining([
        "emoji:👏",
        "emoji:😂",
        "bravo",
        "مرحبا",
        "الموقع",
        "שלום",
        "script:arabic",
        "script:hebrew",
      ]),
    );
  });

  it("adds pairs of consecutive words, links' words included, and none when asked not to", () => {
    const tokens = tokenize("Click here for a FREE trial: www.example-pills.com today");
    expect(tokens).toEqual(
      expect.arrayContaining(["b:click here", "b:here for", "b:for free", "b:free trial", "b:example pills"]),
    );
    expect(tokenize("Click here now", { bigrams: false }).some((token) => token.startsWith("b:"))).toBe(
      false,
    );
  });

  it("never throws on empty, control characters, lone surrogates or huge input", () => {
    expect(tokenize("")).toEqual([]);
    expect(() => tokenize("\u0000\u0007\uD800\uDFFF\u202E\u200B text")).not.toThrow();
    const huge = Array.from(
      { length: 20_000 },
      (_, i) => `word${i.toString(36)}x casinoonlinebonusjackpot${i}`,
    ).join(" ");
    const tokens = tokenize(huge);
    expect(tokens.length).toBeLessThanOrEqual(MAX_WORD_TOKENS + MAX_NGRAM_TOKENS + MAX_BIGRAM_TOKENS + 50);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("marks zero-width characters and reads through them", () => {
    const tokens = tokenize("ca\u200Bsi\u200Bno");
    expect(tokens).toContain("has:zero-width");
    expect(tokens).toContain("casino");
  });
});

describe("tokenize: links and addresses", () => {
  it("turns URLs into has:url, url:<host>, url:<domain> and tld:<tld>", () => {
    const tokens = tokenize(
      "Voir https://www.Royal-Spin-Casino.example.com/promo?x=1 et www.cheap-meds.ru, ou casino-bonus.bet.",
    );
    expect(tokens).toEqual(
      expect.arrayContaining([
        "has:url",
        "url:royal-spin-casino.example.com",
        "url:example.com",
        "tld:com",
        "url:cheap-meds.ru",
        "tld:ru",
        "url:casino-bonus.bet",
        "tld:bet",
        "casino",
        "promo",
      ]),
    );
  });

  it("knows second-level suffixes and IP hosts", () => {
    expect(registrableDomain("www.legifrance.gouv.fr")).toBe("legifrance.gouv.fr");
    expect(registrableDomain("news.bbc.co.uk")).toBe("bbc.co.uk");
    expect(tokenize("https://www.legifrance.gouv.fr/loda")).toEqual(
      expect.arrayContaining(["tld:fr", "tld:gouv.fr"]),
    );
    expect(tokenize("http://192.168.0.12/login")).toContain("url:ip-address");
    expect(urlHost("HTTPS://User@WWW.Example.COM:8080/path")).toBe("example.com");
  });

  it("counts every link, including bare domains, but not e-mail addresses", () => {
    expect(extractUrls("a http://a.example.com b www.b.org c shop-now.xyz d jean@mail.fr")).toHaveLength(3);
    const tokens = tokenize("Écrivez-moi : jean.dupont@mail.fr");
    expect(tokens).toContain("has:email");
    expect(tokens).not.toContain("has:url");
    expect(tokens.some((token) => token.startsWith("url:"))).toBe(false);
  });

  it("does not mistake ordinary abbreviations for links", () => {
    expect(extractUrls("M. Macron, e.g. the U.S. and Node.js, 3.5 % et l'O.N.U.")).toEqual([]);
  });
});

describe("tokenize: style signals and obfuscation", () => {
  it("flags shouting, excessive punctuation and money", () => {
    const tokens = tokenize("FREE MONEY NOW, CLICK HERE TODAY!!! $$$ 80% OFF >>> $500");
    expect(tokens).toEqual(
      expect.arrayContaining([
        "shout:caps",
        "shout:words",
        "punct:!!!",
        "punct:$$$",
        "punct:>>>",
        "has:money",
        "has:percent",
      ]),
    );
    expect(tokenize("Merci pour cet article, très juste.")).not.toEqual(
      expect.arrayContaining(["shout:caps"]),
    );
  });

  it("reads through spaced letters, digits for letters and look-alike letters", () => {
    expect(tokenize("C A S I N O and v.i.a.g.r.a")).toEqual(
      expect.arrayContaining(["casino", "viagra", "obfuscated:spaced"]),
    );
    expect(tokenize("v1agra ch3ap")).toEqual(expect.arrayContaining(["viagra", "cheap", "obfuscated:leet"]));
    expect(tokenize("pаypal")).toEqual(expect.arrayContaining(["paypal", "obfuscated:mixed-script"])); // Cyrillic а
  });

  it("adds c: character 4-grams for joined words and obfuscated ones, not for plain text", () => {
    const joined = tokenize("bestcasinoonlinebonus");
    expect(joined).toEqual(expect.arrayContaining(["c:casi", "c:sino", "c:bonu"]));
    expect(tokenize("Le conseil municipal a voté le budget.").some((token) => token.startsWith("c:"))).toBe(
      false,
    );
    expect(
      tokenize("bestcasinoonlinebonus", { charNgrams: false }).some((token) => token.startsWith("c:")),
    ).toBe(false);
  });
});
