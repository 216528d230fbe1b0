import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/alternates";
import { akismetEnabled } from "@/lib/spam/akismet";

export const metadata: Metadata = {
  title: "Privacy: comments and spam filtering",
  description:
    "What the comment form stores, who sees it, how our spam filter processes it and how long we keep it.",
  alternates: { canonical: "/privacy", types: feedAlternates(env().SITE_NAME) },
};

export default function PrivacyPage() {
  const akismet = akismetEnabled();
  return (
    <article className="article prose-page">
      <header className="article-header">
        <p className="kicker">About this site</p>
        <h1>Privacy: comments and spam filtering</h1>
        <p className="dek">
          What happens to what you type in the “Leave a Reply” form, and how our spam filter processes it.
        </p>
      </header>
      <div className="article-body">
        <h2 id="what-we-store">What the comment form stores</h2>
        <ul>
          <li>
            <strong>Your name</strong> and <strong>comment</strong>: published with your comment once it is
            approved.
          </li>
          <li>
            <strong>Your email address</strong>: never published, never shown on any page, feed or to other
            readers. Moderators can see it to contact you about your comment. We also keep a one-way hash of
            it to recognise returning commenters (for example, to approve comments from people whose earlier
            comments were approved).
          </li>
          <li>
            <strong>Your website</strong> (optional): published as a link on your name, marked as
            user-generated so search engines do not count it as an endorsement.
          </li>
          <li>
            <strong>Your IP address</strong>: never stored as such. We keep only a salted one-way hash of it,
            used to limit how fast comments can be posted and to stop abuse. The browser’s user agent string
            is kept with the comment as one of the spam signals.
          </li>
        </ul>

        <h2 id="spam-filter">How comments are filtered for spam</h2>
        <p>
          {akismet
            ? "Every comment goes through a moderation pipeline that runs on our own servers; only the comments it is unsure about are also sent to Akismet (see below)."
            : "Every comment goes through a moderation pipeline that runs entirely on our own servers. Nothing you type is sent to a third party."}{" "}
          The pipeline checks, in order: whether comments are still open on the article; words and addresses
          the newsroom has banned; signs of automated posting (a hidden field bots fill in, a form submitted
          faster than a person can type); posting too often or posting the same text twice; the number of
          links; words that need a moderator’s look; and a statistical spam filter.
        </p>
        <p>
          The spam filter learns from our moderators’ decisions: it looks at the words and links of a comment
          and compares them with comments previously marked as spam or as genuine. It produces a score and the
          reasons behind it, which only moderators see. A comment the filter is unsure about is held for a
          moderator; it is never silently deleted.
        </p>
        {akismet && (
          <p id="akismet">
            This site uses Akismet to reduce spam. When our own filter is unsure about a comment, the comment
            (its text, your name, email address and website), your IP address and your browser’s user agent
            are sent to Akismet, a service of Automattic Inc., which answers whether it looks like spam. When
            a moderator marks a comment as spam or as not spam, that decision is sent to Akismet too (without
            your IP address, which we never store).{" "}
            <a href="https://automattic.com/privacy/">Learn how Akismet processes your comment data.</a>
          </p>
        )}

        <h2 id="cookies">Cookies</h2>
        <p>
          If you tick “Save my name, email, and website in this browser for the next time I comment”, those
          three values are kept in a cookie on your device so the form is filled in for you next time. Without
          the tick, no such cookie is set. After you post, a signed cookie lets your browser show you your own
          comment while it awaits moderation and lets you edit it for a few minutes; it contains no personal
          data.
        </p>

        <h2 id="retention">How long we keep it</h2>
        <p>
          Approved comments stay with the article. Comments marked as spam or moved to the trash are deleted
          by moderators. You can ask us to remove a comment or the data attached to it at any time.
        </p>

        <h2 id="contact">Your rights</h2>
        <p>
          You can ask for a copy of the data attached to your comments, its correction or its deletion. Write
          to the newsroom and tell us the article and the name you commented under.{" "}
          <Link href="/">Back to the front page</Link>.
        </p>
      </div>
    </article>
  );
}
