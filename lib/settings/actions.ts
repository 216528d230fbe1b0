"use server";
// Discussion settings (ADMIN): save, or preview what the rules would have done to the latest
// comments before saving. Both answer plain form posts too (the settings page shows the result).
import { expireTags, tags } from "@/lib/cache/tags";
import { adminAction, type ActionState } from "@/lib/admin/action";
import { recordAudit } from "@/lib/audit/record";
import { loadDiscussionSettings } from "@/lib/comments/settings";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { respondWith } from "@/lib/forms/result";
import { typedValues } from "./form-values";
import { loadReplayableComments, previewModeration, type ModerationPreview } from "./preview";
import {
  changedSettings,
  crossFieldErrors,
  editableSettings,
  SETTINGS_LABELS,
  settingsSchema,
  type SettingsInput,
} from "./schema";

export type SettingsState = ActionState & { preview?: ModerationPreview };

const SETTINGS_PATH = "/admin/settings";

function invalid(form: FormData, fieldErrors: Record<string, string>): SettingsState {
  return {
    status: "error",
    message: "Please correct the highlighted fields.",
    fieldErrors,
    values: typedValues(form),
  };
}

export const saveSettings = adminAction(
  "settings.update",
  "manageSettings",
  settingsSchema,
  async (input, user, form) => {
    const errors = crossFieldErrors(input);
    if (errors) return respondWith(invalid(form, errors), SETTINGS_PATH);
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
        ? `Saved. Changed: ${changed.map((field) => SETTINGS_LABELS[field].toLowerCase()).join("; ")}.`
        : "Nothing to save: the settings already had these values.";
    return respondWith<SettingsState>({ status: "ok", message }, SETTINGS_PATH);
  },
);

/** Changes nothing: the candidate settings against the latest comments, and the typed values back. */
export const previewSettings = adminAction(
  "settings.preview",
  "manageSettings",
  settingsSchema,
  async (input, _user, form) => {
    const errors = crossFieldErrors(input);
    if (errors) return respondWith(invalid(form, errors), SETTINGS_PATH);
    const [saved, comments] = await Promise.all([loadDiscussionSettings(), loadReplayableComments()]);
    const preview = previewModeration(comments, input, saved);
    return respondWith<SettingsState>(
      { status: "ok", message: "Preview only: nothing was saved yet.", values: typedValues(form), preview },
      SETTINGS_PATH,
    );
  },
);
