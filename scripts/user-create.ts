// npm run user:create -- --email jane@example.com --role EDITOR [--name "Jane Doe"] [--update] [--password-stdin]
//
// Creates a staff account (or, with --update, changes the role and password of an existing
// one and reactivates it). The password is asked twice without echo, or read from the first
// line of standard input with --password-stdin (for scripts). Works on DATABASE_URL or the
// embedded database, like every script; pending migrations are applied first.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { AccountRuleError, createStaffUser, updateStaffUser } from "../lib/users/accounts";
import { emailField, nameField, passwordField, roleField } from "../lib/users/schema";
import { log, runWithDatabase } from "./lib/run";

const USAGE = `Usage: npm run user:create -- --email <email> --role <ADMIN|EDITOR|MODERATOR> [--name "<name>"] [--update] [--password-stdin]

  --email           the person's email address (their sign-in name)
  --role            ADMIN, EDITOR or MODERATOR
  --name            the name shown in the dashboard (default: from the email address)
  --update          the account exists: change its role and password (and name if given), reactivate it
  --password-stdin  read the password from the first line of standard input instead of asking`;

function fail(message: string, { usage = false } = {}): never {
  console.error(usage ? `Error: ${message}\n\n${USAGE}` : `Error: ${message}`);
  process.exit(1);
}

/** Zod's first message for a value, or the parsed value. */
function check<T>(
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
  value: unknown,
  what: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) fail(`${what}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

/** "jane.doe-smith@…" → "Jane Doe Smith". */
function nameFromEmail(email: string): string {
  return email
    .split("@")[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(" ");
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

/** Asks a question on the terminal without echoing the answer. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const terminal = createInterface({ input: process.stdin, output, terminal: true });
  terminal.on("SIGINT", () => {
    terminal.close();
    process.stdout.write("\n");
    process.exit(130);
  });
  process.stdout.write(question);
  muted = true;
  return new Promise((resolve) =>
    terminal.question("", (answer) => {
      muted = false;
      terminal.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return check(passwordField, await readStdin(), "Password");
  if (!process.stdin.isTTY)
    fail("There is no terminal to ask for the password on: pass it on standard input with --password-stdin.");
  const password = check(passwordField, await askHidden("Password (at least 12 characters): "), "Password");
  if ((await askHidden("Same password again: ")) !== password)
    fail("The two passwords differ. Nothing was changed.");
  return password;
}

function parse() {
  return parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      update: { type: "boolean", default: false },
      "password-stdin": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
let args: ReturnType<typeof parse>;
try {
  args = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), { usage: true });
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.email) fail("--email is required.", { usage: true });
if (!args.role) fail("--role is required.", { usage: true });
const email = check(emailField, args.email, "Email");
const role = check(roleField, args.role.toUpperCase(), "Role");
const name = args.name === undefined ? undefined : check(nameField, args.name, "Name");
const password = await readPassword(args["password-stdin"]);

await runWithDatabase(async (databaseUrl) => {
  await migrate(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    const existing = await db.user.findUnique({ where: { email }, select: { role: true, active: true } });
    if (existing && !args.update) {
      throw new Error(
        `An account for ${email} already exists (${existing.role.toLowerCase()}, ${existing.active ? "active" : "deactivated"}). ` +
          "Nothing was changed. Run again with --update to change its role and password.",
      );
    }
    if (existing) {
      const { before, user } = await updateStaffUser(db, { email, role, password, name }, null);
      const changes = [
        before.role !== user.role ? `role ${before.role} → ${user.role}` : `role ${user.role} (unchanged)`,
        "new password",
        ...(before.name !== user.name ? [`name "${before.name}" → "${user.name}"`] : []),
        ...(before.active ? [] : ["reactivated"]),
      ];
      log(`Updated ${user.email}: ${changes.join(", ")}.`);
    } else {
      const user = await createStaffUser(
        db,
        { email, role, password, name: name ?? nameFromEmail(email) },
        null,
        "cli",
      );
      log(
        `Created ${user.role} account ${user.email} ("${user.name}", id ${user.id}). They can sign in at /admin/sign-in.`,
      );
    }
  } catch (error) {
    // A rule (last admin, duplicate) is the person's answer, not a crash.
    throw error instanceof AccountRuleError ? new Error(`${error.message} Nothing was changed.`) : error;
  } finally {
    await db.$disconnect();
  }
});
