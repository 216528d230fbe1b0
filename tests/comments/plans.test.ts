// Reader comment pages at the plan level: a page of threads is a range on (articleId,
// threadNumber, status), its replies come by (articleId, status, threadId), counts from the
// counters, and a permalink needs no count at all. No statement scans "Comment".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCommentSection, locateComment } from "@/lib/comments/queries";
import { commentFixtures } from "./support";
import { SEQ_SCAN_ON_COMMENT, commentPlans } from "../support/plans";

const fixtures = commentFixtures("page-plans");
let articleId = 0;
let replyId = 0;

beforeAll(async () => {
  await fixtures.setup();
  await db.discussionSettings.update({ where: { id: 1 }, data: { threadsPerPage: 5 } });
  articleId = (await fixtures.article("planned")).id;
  const fields = (i: number) => ({
    articleId,
    authorName: `Reader ${i}`,
    authorEmail: `page-plan-${i}@lede-comments.test`,
    emailHash: `page-plan-${i}`,
    body: `Comment ${i}`,
    status: "APPROVED" as const,
    ipHash: "page-plan",
  });
  for (let i = 0; i < 20; i++) {
    const top = await db.comment.create({ data: fields(i) });
    await db.comment.update({ where: { id: top.id }, data: { threadId: top.id } });
    replyId = (
      await db.comment.create({ data: { ...fields(100 + i), parentId: top.id, threadId: top.id, depth: 1 } })
    ).id;
  }
});
afterAll(() => fixtures.teardown());

describe("comment page plans", () => {
  it.each([1, 2, 4])("page %i reads threads by thread-number range, replies by thread", async (page) => {
    // Sorts priced out too: a page's threads come in order from their range, where another
    // index on articleId would need a sort (chosen here only when this small table's statistics
    // leave this article's rows estimated at one).
    const plans = await commentPlans(
      async () => expect(await getCommentSection(articleId, page)).not.toBeNull(),
      ["enable_sort = off"],
    );
    for (const plan of plans) expect(plan).not.toMatch(SEQ_SCAN_ON_COMMENT);
    const all = plans.join("\n");
    expect(all).toContain('"Comment_articleId_threadNumber_status_idx"');
    expect(all).not.toMatch(/OFFSET/i);
    // A page of threads is LIMITed to its size: no parallel workers to sort a misestimated range.
    expect(all).not.toMatch(/Gather/);
  });

  it("a permalink finds its page without counting", async () => {
    const plans = await commentPlans(async () => expect((await locateComment(replyId))?.page).toBe(4));
    for (const plan of plans) {
      expect(plan).not.toMatch(SEQ_SCAN_ON_COMMENT);
      expect(plan).not.toMatch(/Aggregate/);
    }
  });
});
