import type { Metadata } from "next";
import Link from "next/link";
import { PrivacyRequestForm } from "@/components/privacy/PrivacyRequestForm";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/alternates";

export const metadata: Metadata = {
  title: "Privacy: comments and spam filtering",
  description:
    "What the comment form stores, who sees it, how our spam filter processes it and how long we keep it.",
  alternates: { canonical: "/privacy", types: feedAlternates(env().SITE_NAME) },
};

export default function PrivacyPage() {
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
          Every comment goes through a moderation pipeline that runs entirely on our own servers. Nothing you
          type is sent to a third party. The pipeline checks, in order: whether comments are still open on the
          article; words and addresses the newsroom has banned; signs of automated posting (a hidden field
          bots fill in, a form submitted faster than a person can type); posting too often or posting the same
          text twice; the number of links; words that need a moderator’s look; and a statistical spam filter.
        </p>
        <p>
          The spam filter learns from our moderators’ decisions: it looks at the words and links of a comment
          and compares them with comments previously marked as spam or as genuine. It produces a score and the
          reasons behind it, which only moderators see. A comment the filter is unsure about is held for a
          moderator; it is never silently deleted.
        </p>

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
          by moderators. The IP hash and the browser’s user agent kept with a comment are cleared
          automatically after 90 days (or the period the newsroom sets). When a form is sent without
          JavaScript, what you typed is kept on our server for at most an hour, only to show you the result.
          You can ask us to remove a comment or the data attached to it at any time.
        </p>

        <h2 id="email">Emails</h2>
        <p>
          If you tick “Email me when someone replies”, we first send one email asking you to confirm; nothing
          else is sent until you do. A notification tells you who replied (by the name they chose, never their
          email) and links to the reply. Every email has a link to stop emails about that conversation or all
          emails from us.
        </p>

        <h2 id="contact">Your rights</h2>
        <p>
          You can get a copy of everything we store about the email address you comment with, or have it
          erased. Enter the address below: we send it a link, and the copy or the erasure happens when you
          open it and press the button (nothing is said here about whether we hold anything for an address).
          For a correction, write to the newsroom.
        </p>
        <PrivacyRequestForm />
        <p>
          <Link href="/">Back to the front page</Link>.
        </p>
      </div>
    </article>
  );
}
