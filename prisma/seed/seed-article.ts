// The seed article: the text of a real French article page (POLITICO wire copy on a WordPress
// site), parsed into title, paragraphs and its three inline "Lire aussi" links.
import { readFileSync } from "node:fs";
import path from "node:path";

export type ParsedSeedArticle = {
  title: string;
  sourceName: string;
  paragraphs: string[];
  /** Title of each "Lire aussi" target and the paragraph (1-based) it follows. */
  readAlso: { title: string; afterParagraph: number }[];
};

export function parseSeedArticle(text: string): ParsedSeedArticle {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const [heading = "", ...rest] = lines;
  const sourceMatch = /^(.*)\s+–\s+(\S+)$/.exec(heading);
  const paragraphs: string[] = [];
  const readAlso: ParsedSeedArticle["readAlso"] = [];
  for (const line of rest) {
    if (line === "." || line === "Leave a Reply") break; // the page's comment area starts here
    const link = /^Lire aussi\s+(.+?)(\s+-\s+-)?$/.exec(line);
    if (link) readAlso.push({ title: link[1]!.trim(), afterParagraph: paragraphs.length });
    else paragraphs.push(line);
  }
  return {
    title: sourceMatch ? sourceMatch[1]! : heading,
    sourceName: sourceMatch ? sourceMatch[2]! : "",
    paragraphs,
    readAlso,
  };
}

export function loadSeedArticle(): ParsedSeedArticle {
  return parseSeedArticle(
    readFileSync(path.join(process.cwd(), "prisma", "seed", "seed-article.txt"), "utf8"),
  );
}
