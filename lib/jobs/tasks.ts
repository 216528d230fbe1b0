// Every task of the application and its recurring schedule: the server's worker and
// `npm run jobs` run the same list. Add new tasks here.
import { goingLiveRecurring, goingLiveTasks } from "@/lib/articles/going-live";
import { akismetTasks } from "@/lib/moderation/akismet-feedback";
import { mailTasks } from "@/lib/mail/outbox";
import { privacyRecurring, privacyTasks } from "@/lib/privacy/tasks";
import type { RecurringTask, TaskDefinition } from "./runner";

export const allTasks: TaskDefinition<never>[] = [
  ...goingLiveTasks,
  ...akismetTasks,
  ...mailTasks,
  ...privacyTasks,
] as TaskDefinition<never>[];
export const allRecurring: RecurringTask[] = [...goingLiveRecurring, ...privacyRecurring];
