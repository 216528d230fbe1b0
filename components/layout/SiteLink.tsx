"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * The reader side's link. Next prefetches every link that scrolls into view; an article page
 * shows dozens (sections, sidebars, bylines), and fetching and decoding all of them after load
 * kept a phone's main thread busy (Lighthouse's blocking time). Here a link is prefetched only
 * when the reader shows intent — a pointer over it, a touch or keyboard focus — which still
 * starts the fetch well before the click lands.
 */
export default function SiteLink({
  onMouseEnter,
  onTouchStart,
  onFocus,
  ...props
}: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  // Each handler the caller passed still runs, after the link has noted the intent.
  const noting =
    <Event,>(handler?: (event: Event) => void) =>
    (event: Event) => {
      setIntent(true);
      handler?.(event);
    };
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={noting(onMouseEnter)}
      onTouchStart={noting(onTouchStart)}
      onFocus={noting(onFocus)}
    />
  );
}
