// Structured JSON logs (pino), one object per line, with the current request id on every line.
// Personal data never reaches a log line: email addresses and IP addresses in any string are
// replaced before writing, whatever code produced the message (ours, Next's, a library's).
import { isIP } from "node:net";
import { format } from "node:util";
import pino from "pino";
import { currentRequestId } from "@/lib/server/request-context";

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g;
// Candidates only; net.isIP decides, so times such as 12:30:45 stay.
const IPV6 = /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4})(?![\w:.])/gi;

/** The text with email and IP addresses replaced by placeholders. */
export function scrubPersonalData(text: string): string {
  return text
    .replace(EMAIL, "[email]")
    .replace(IPV6, (match) => (isIP(match) ? "[ip]" : match))
    .replace(IPV4, (match) => (isIP(match) ? "[ip]" : match));
}

function scrubValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return scrubPersonalData(value);
  // Formatters run before serializers: serialize errors here so their message and stack are scrubbed.
  if (value instanceof Error) return scrubValue(pino.stdSerializers.err(value), depth + 1);
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = scrubValue(item, depth + 1);
  return copy;
}

function createLogger(): pino.Logger {
  return pino({
    level: process.env.LOG_LEVEL || "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: pino.stdSerializers.err },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrubValue(object, 0) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === "string" ? scrubPersonalData(arg) : arg)) as Parameters<
            typeof method
          >,
        );
      },
    },
  });
}

const key = Symbol.for("lede.logger");
const holder = globalThis as unknown as { [key]?: pino.Logger };

/** The process's logger (one per process, shared by the server and Next's bundled code). */
export const logger: pino.Logger = (holder[key] ??= createLogger());

/**
 * Sends console.* through the logger, so messages printed by Next or libraries also become
 * JSON lines with a request id and without personal data.
 */
export function routeConsoleToLogger(): void {
  const levels = { debug: "debug", log: "info", info: "info", warn: "warn", error: "error" } as const;
  for (const [method, level] of Object.entries(levels) as [keyof typeof levels, pino.Level][]) {
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      // Next prefixes its own lines with coloured markers: keep the text only.
      const message = format(...args).replace(/\u001b\[[0-9;]*m/g, "");
      if (error) logger[level]({ err: error }, message);
      else logger[level](message);
    };
  }
}
