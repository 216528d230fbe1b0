/**
 * A #comment-<n> link whose comment is not on this page (it is on a later comments page, or
 * <n> is the id it had on the WordPress site it was imported from): ask the server where it is.
 * Once per link, so a comment that no longer exists cannot cause a loop. The page stays static.
 */
export function CommentAnchorFallback({ articleId }: { articleId: number }) {
  const script = `(function(){var h=location.hash;if(!/^#comment-\\d+$/.test(h)||document.getElementById(h.slice(1)))return;var k="lede-anchor"+location.pathname+h;try{if(sessionStorage.getItem(k))return;sessionStorage.setItem(k,"1")}catch(e){}location.replace("/comment/find/${articleId}/"+h.slice(9))})()`;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
