// The comment form's notice and the privacy page name Akismet only when the site uses it
// (AKISMET_API_KEY), and otherwise say that nothing typed leaves the site. Each case loads the
// modules afresh, since the environment is parsed once per process.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

const NO_THIRD_PARTY = "nothing you type is sent to a third party";
const AKISMET = "This site uses Akismet to reduce spam.";

const section = {
  articleId: 1,
  approvedCount: 0,
  threads: [],
  featured: [],
  page: 1,
  pageCount: 1,
  defaultPage: 1,
  newestFirst: false,
  threadDepth: 5,
  closed: false,
};

async function render(akismetKey: string | undefined) {
  vi.resetModules();
  if (akismetKey) process.env.AKISMET_API_KEY = akismetKey;
  else delete process.env.AKISMET_API_KEY;
  const { CommentSection } = await import("@/components/comments/CommentSection");
  const { default: PrivacyPage } = await import("@/app/(site)/privacy/page");
  return {
    form: renderToStaticMarkup(createElement(CommentSection, { section, articleHref: "/a/article" })),
    privacy: renderToStaticMarkup(createElement(PrivacyPage)),
  };
}

afterEach(() => {
  delete process.env.AKISMET_API_KEY;
});

describe("the spam notice", () => {
  it("says nothing leaves the site when Akismet is not configured", async () => {
    const { form, privacy } = await render(undefined);
    expect(form).toContain(NO_THIRD_PARTY);
    expect(form).not.toContain("Akismet");
    expect(privacy).toContain("Nothing you type is sent to a third party.");
    expect(privacy).not.toContain("Akismet");
  });

  it("names Akismet, under the form and on the privacy page, when it is configured", async () => {
    const { form, privacy } = await render("test-akismet-key");
    expect(form).toContain(AKISMET);
    expect(form).not.toContain(NO_THIRD_PARTY);
    expect(privacy).toContain(AKISMET);
    expect(privacy).toContain("your IP address");
    expect(privacy).not.toContain("Nothing you type is sent to a third party.");
  });
});
