// The comment form's notice and the privacy page name Akismet only when the site uses it
// (AKISMET_API_KEY), and otherwise say that nothing typed leaves the site. Each case loads the
// modules afresh, since the environment is parsed once per process.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

// Outside Next: staff sign-in (next-auth) is not needed here, and the pages' server-side
// translations come from the same catalogs through lib/i18n/messages.ts.
vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next-intl/server", async () => {
  const { translator } = await import("@/lib/i18n/messages");
  return { getTranslations: async (namespace: Parameters<typeof translator>[0]) => translator(namespace) };
});

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
  const { NextIntlClientProvider } = await import("next-intl");
  const { default: messages } = await import("@/messages/en.json");
  const html = (content: React.ReactNode) =>
    renderToStaticMarkup(
      // eslint-disable-next-line react/no-children-prop -- the provider's props type requires children
      createElement(NextIntlClientProvider, {
        locale: "en",
        messages,
        timeZone: "Europe/Paris",
        children: content,
      }),
    );
  return {
    form: html(createElement(CommentSection, { section, articleHref: "/a/article" })),
    privacy: html(await PrivacyPage()),
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
