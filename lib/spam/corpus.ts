// Reads a labelled corpus from disk: a folder with `spam/` and `ham/` subfolders, one message
// per file (plain text or a raw e-mail), subfolders included. Used by `npm run spam:eval` and
// the built-in model's generator; the app itself never reads corpora.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Label } from "./classifier";
import { decodeFile, readEmail } from "./email";
import type { LabeledMessage } from "./evaluate";

/** The built-in training data shipped with the project (see data/spam/README.md). */
export const BUILTIN_CORPUS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/spam",
);

// Not messages: notes, indexes and the metadata files some corpus packages put beside them.
const SKIPPED = /^(\.|readme|license|cmds$)|\.(json|md|tsv|csv|ya?ml)$/i;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (SKIPPED.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await stat(full) : entry;
    if (kind.isDirectory()) files.push(...(await filesUnder(full)));
    else if (kind.isFile()) files.push(full);
  }
  return files;
}

/** Every message of a corpus folder, spam first, each folder in file-name order. */
export async function loadCorpus(dir: string): Promise<LabeledMessage[]> {
  const messages: LabeledMessage[] = [];
  for (const label of ["spam", "ham"] as const satisfies readonly Label[]) {
    const folder = path.join(dir, label);
    let files: string[];
    try {
      files = await filesUnder(folder);
    } catch (error) {
      throw new Error(`${folder}: cannot read the ${label} folder (${(error as Error).message})`);
    }
    for (const file of files) {
      const raw = decodeFile(await readFile(file));
      const email = readEmail(raw);
      const id = path.relative(dir, file);
      if (!email) {
        if (raw.trim()) messages.push({ id, label, text: raw });
      } else if (email.text.trim()) {
        // An e-mail's sender is its author, and its mail program its user agent.
        const author = { name: email.fromName, email: email.fromAddress, userAgent: email.mailer };
        messages.push({ id, label, text: email.text, author });
      }
    }
  }
  return messages;
}
