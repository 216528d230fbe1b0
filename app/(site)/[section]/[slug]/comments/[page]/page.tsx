import {
  ArticleRoute,
  articleMetadataFor,
  articleStaticParams,
  type ArticleParams,
} from "../../../../_article/article-route";

// Later pages of an article's comments; page 1 is the article URL itself.
export async function generateStaticParams() {
  return (await articleStaticParams()).map((params) => ({ ...params, page: "1" }));
}

export function generateMetadata({ params }: { params: ArticleParams }) {
  return articleMetadataFor(params);
}

export default ArticleRoute;
