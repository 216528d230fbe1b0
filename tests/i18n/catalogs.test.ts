// The message catalogs must agree: every key of messages/en.json exists in messages/fr.json and
// the other way round, each message is valid ICU, and both languages use the same placeholders
// (arguments with their kind, and rich-text tags). A French message that forgot {count} or
// renamed <link> would otherwise show a raw placeholder or drop a link only in one language.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "argument",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

/** "count:plural", "link:tag", … of a message, nested branches and tag contents included. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      const kind = KIND[element.type];
      if (kind && "value" in element) found.add(`${element.value}:${kind}`);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const english = flatten(en);
const french = flatten(fr);

describe("message catalogs", () => {
  it("have the same keys in English and French", () => {
    expect([...french.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !french.has(key))).toEqual([]);
    expect(english.size).toBeGreaterThan(100);
  });

  it("use the same ICU placeholders in both languages", () => {
    const mismatches: string[] = [];
    for (const [key, message] of english) {
      const other = french.get(key);
      if (other === undefined) continue;
      const [ours, theirs] = [placeholders(message), placeholders(other)];
      if (ours.join() !== theirs.join()) mismatches.push(`${key}: en {${ours}} fr {${theirs}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("contain no empty message", () => {
    const empty = [...english, ...french].filter(([, message]) => !message.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("notices a missing placeholder or tag (the check itself can fail)", () => {
    expect(
      placeholders("{count, plural, one {# comment} other {# comments}} on <link>{title}</link>"),
    ).toEqual(["count:plural", "link:tag", "title:argument"]);
    expect(placeholders("Publié le <time>{date}</time>")).not.toEqual(placeholders("Publié le {date}"));
    expect(() => placeholders("Bonjour {name")).toThrow();
  });
});

describe("the build's language", () => {
  it("gives the comment form's validation errors in French when SITE_LOCALE=fr", async () => {
    vi.stubEnv("SITE_LOCALE", "fr");
    vi.resetModules();
    try {
      const { commentSchema } = await import("@/lib/comments/schema");
      const result = commentSchema.safeParse({ articleId: "1", authorName: "", authorEmail: "x", body: "" });
      expect(result.success).toBe(false);
      const messages = Object.fromEntries(
        result.error!.issues.map((issue) => [issue.path[0], issue.message]),
      );
      expect(messages).toMatchObject({
        authorName: "Veuillez indiquer votre nom.",
        authorEmail: "Saisissez une adresse e-mail valide, comme nom@exemple.fr.",
        body: "Veuillez écrire votre commentaire.",
      });
      const { formatDateTime } = await import("@/lib/site/format");
      expect(formatDateTime("2026-12-02T13:05:00Z")).toBe("2 décembre 2026 à 14:05");
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it("gives the DSA notice form's and the password form's errors in French when SITE_LOCALE=fr", async () => {
    vi.stubEnv("SITE_LOCALE", "fr");
    vi.resetModules();
    try {
      const { noticeSchema } = await import("@/lib/dsa/schema");
      const notice = noticeSchema.safeParse({ commentId: "1", legalGround: "x", explanation: "court" });
      expect(notice.success).toBe(false);
      expect(
        Object.fromEntries(notice.error!.issues.map((issue) => [issue.path[0], issue.message])),
      ).toMatchObject({
        legalGround:
          "Indiquez la loi ou la règle que le commentaire enfreint (par exemple : diffamation, loi contre les discours de haine).",
        explanation: "Expliquez pourquoi le commentaire est illicite (au moins une phrase).",
        goodFaith: "Confirmez que la notification est faite de bonne foi.",
      });
      const { setPasswordSchema } = await import("@/lib/users/schema");
      const password = setPasswordSchema.safeParse({
        token: "t".repeat(30),
        password: "a long enough password",
        confirm: "another one",
      });
      expect(password.error?.issues[0]?.message).toBe("Les deux mots de passe ne sont pas identiques.");
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it("stays English by default", async () => {
    vi.resetModules();
    const { commentSchema } = await import("@/lib/comments/schema");
    const result = commentSchema.safeParse({
      articleId: "1",
      authorName: "",
      authorEmail: "a@b.co",
      body: "x",
    });
    expect(result.error?.issues[0]?.message).toBe("Please enter your name.");
    const { formatDateTime } = await import("@/lib/site/format");
    expect(formatDateTime("2026-12-02T13:05:00Z")).toBe("2 December 2026 at 14:05");
  });

  it("refuses an unknown SITE_LOCALE", async () => {
    const { parseSiteLocale } = await import("@/lib/i18n/locale");
    expect(parseSiteLocale(undefined)).toBe("en");
    expect(parseSiteLocale("fr")).toBe("fr");
    expect(() => parseSiteLocale("de")).toThrow(/SITE_LOCALE/);
  });
});
