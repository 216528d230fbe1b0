import { listingRoute } from "../_listing/listing-route";

const route = listingRoute("section", "section");
export const generateMetadata = route.generateMetadata;
export const generateStaticParams = route.generateStaticParams;
export default route.Page;
