import { listingRoute } from "../../_listing/listing-route";

const route = listingRoute("tag", "tag");
export const generateMetadata = route.generateMetadata;
export const generateStaticParams = route.generateStaticParams;
export default route.Page;
