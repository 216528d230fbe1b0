import {
  ArticleRoute,
  articleMetadataFor,
  articleStaticParams,
  type ArticleParams,
} from "../../_article/article-route";

export const generateStaticParams = articleStaticParams;

export function generateMetadata({ params }: { params: ArticleParams }) {
  return articleMetadataFor(params);
}

export default ArticleRoute;
