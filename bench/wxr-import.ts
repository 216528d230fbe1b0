// WordPress import at scale: writes a synthetic WXR export (posts of ~12 kB with comments and
// replies) to a temporary file, imports it into a scratch database and reports items per
// second and the process's peak memory. The memory must stay flat whatever the file's size:
// run it with a larger count to see (e.g. 40000 posts ≈ 1 GB).
//   npx tsx bench/wxr-import.ts [posts=2000] [commentsPerPost=10]
import { createReadStream, createWriteStream, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { applyLocalDefaults } from "../lib/server/local-defaults";
import { createTestDatabase } from "../tests/support/database";

const posts = Number(process.argv[2] ?? 2000);
const commentsPerPost = Number(process.argv[3] ?? 10);
const file = join(tmpdir(), `lede-bench-${process.pid}.wxr.xml`);

async function writeExport() {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  const paragraph = `<!-- wp:paragraph -->\n<p>${"The council met on Monday and agreed to look again at the budget. ".repeat(12)}</p>\n<!-- /wp:paragraph -->\n\n`;
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><link>https://bench.example</link><language>en-US</language><wp:base_site_url>https://bench.example</wp:base_site_url>
<wp:author><wp:author_login>bench</wp:author_login><wp:author_display_name>Bench Writer</wp:author_display_name></wp:author>
`);
  let commentId = 1;
  for (let id = 1; id <= posts; id += 1) {
    const comments: string[] = [];
    for (let c = 0; c < commentsPerPost; c += 1) {
      const parent = c % 3 === 2 ? commentId - 1 : 0;
      comments.push(
        `<wp:comment><wp:comment_id>${commentId}</wp:comment_id><wp:comment_author>Reader ${c}</wp:comment_author><wp:comment_author_email>r${c}@example.net</wp:comment_author_email><wp:comment_author_IP>203.0.113.${c % 250}</wp:comment_author_IP><wp:comment_date_gmt>2020-01-01 10:${String(c % 60).padStart(2, "0")}:00</wp:comment_date_gmt><wp:comment_content><![CDATA[A comment about story ${id}, number ${c}.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`,
      );
      commentId += 1;
    }
    await write(
      `<item><title>Bench story ${id}</title><link>https://bench.example/2020/01/01/bench-story-${id}/</link><dc:creator>bench</dc:creator><content:encoded><![CDATA[${paragraph.repeat(14)}]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2020-01-01 09:00:00</wp:post_date_gmt><wp:post_name>bench-story-${id}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="bench"><![CDATA[Bench]]></category>${comments.join("")}</item>\n`,
    );
  }
  await write("</channel></rss>\n");
  out.end();
  await once(out, "finish");
}

const server = await applyLocalDefaults(() => {});
const database = await createTestDatabase(server.url, "bench_wxr");
try {
  await writeExport();
  const size = statSync(file).size;
  console.log(`Export: ${posts} posts, ${posts * commentsPerPost} comments, ${(size / 1e6).toFixed(1)} MB`);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ||= "bench-secret-bench-secret-bench-secret";
  const { importWxr } = await import("../lib/wordpress/import");
  const db = createPrismaClient(database.url);
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  const started = performance.now();
  const summary = await importWxr(db, createReadStream(file, { highWaterMark: 256 * 1024 }));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `Imported ${summary.articles.created} posts and ${summary.comments.created} comments in ${seconds.toFixed(1)} s: ` +
      `${(summary.items / seconds).toFixed(1)} posts/s, ${(size / 1e6 / seconds).toFixed(2)} MB/s, peak RSS ${(peak / 1e6).toFixed(0)} MB`,
  );
  await db.$disconnect();
} finally {
  rmSync(file, { force: true });
  await database.drop();
  await server.stop();
}
process.exit(0);
