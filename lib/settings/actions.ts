"use server";
// Discussion settings (ADMIN): save, or preview what the rules would have done to the latest
// comments before saving. Both answer plain form posts too (the settings page shows the result).
import "server-only";
import { expireTags, tags } from "@/lib/cache/tags";
import { adminAction, type ActionState, type TypedValues } from "@/lib/actions/admin";
import { recordAudit } from "@/lib/audit/record";
import { loadDiscussionSettings } from "@/lib/settings/discussion";
import { db } from "@/lib/db";
import { CORRECT_FIELDS } from "@/lib/actions/form";
import { translator } from "@/lib/i18n/messages";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadReplayableComments, previewModeration, type ModerationPreview } from "./preview";
import {
  changedSettings,
  crossFieldErrors,
  editableSettings,
  SETTINGS_LABELS,
  settingsSchema,
  type SettingsInput,
} from "./schema";

const t = translator("AdminSettings");

export type SettingsState = ActionState & { preview?: ModerationPreview };

const SETTINGS_PATH = "/admin/settings";

const onSettingsPage = { respondTo: () => SETTINGS_PATH };

function invalid(values: TypedValues, fieldErrors: Record<string, string>): SettingsState {
  return { status: "error", message: CORRECT_FIELDS, fieldErrors, values };
}

export const saveSettings = adminAction<typeof settingsSchema, SettingsState>(
  "settings.update",
  "manageSettings",
  settingsSchema,
  onSettingsPage,
  async (input, { user, values }): Promise<SettingsState> => {
    const errors = crossFieldErrors(input);
    if (errors) return invalid(values, errors);
    const changed = await db.$transaction(async (tx) => {
      await loadDiscussionSettings(tx); // creates the row with its defaults the first time
      // Two admins saving at once: the second waits, and its "before" is the first one's "after".
      await tx.$executeRaw`SELECT 1 FROM "DiscussionSettings" WHERE id = 1 FOR UPDATE`;
      const before = editableSettings(await tx.discussionSettings.findUniqueOrThrow({ where: { id: 1 } }));
      const changes = changedSettings(before, input);
      const fields = Object.keys(changes) as (keyof SettingsInput)[];
      if (fields.length === 0) return fields;
      await tx.discussionSettings.update({ where: { id: 1 }, data: input });
      await recordAudit(tx, {
        actorId: user.id,
        action: "settings.update",
        targetType: "settings",
        targetId: 1,
        details: changes as Prisma.InputJsonValue,
      });
      return fields;
    });
    if (changed.length > 0) expireTags([tags.settings]);
    const message =
      changed.length > 0
        ? t("saved", { fields: changed.map((field) => SETTINGS_LABELS[field].toLowerCase()).join("; ") })
        : t("nothingToSave");
    return { status: "ok", message };
  },
);

/** Changes nothing: the candidate settings against the latest comments, and the typed values back. */
export const previewSettings = adminAction<typeof settingsSchema, SettingsState>(
  "settings.preview",
  "manageSettings",
  settingsSchema,
  onSettingsPage,
  async (input, { values }): Promise<SettingsState> => {
    const errors = crossFieldErrors(input);
    if (errors) return invalid(values, errors);
    const [saved, comments] = await Promise.all([loadDiscussionSettings(), loadReplayableComments()]);
    const preview = previewModeration(comments, input, saved);
    return { status: "ok", message: t("previewOnly"), values, preview };
  },
);
