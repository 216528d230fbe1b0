// "14:05 on 12 March 2026" / "12 mars 2026 à 14:05", for messages built on the server.
import "server-only";
import { translator } from "@/lib/i18n/messages";
import { newsroomTimeParts } from "./newsroom-time";

const t = translator("AdminTime");

export function formatNewsroomTime(date: Date | string): string {
  return t("newsroomTime", newsroomTimeParts(date));
}
