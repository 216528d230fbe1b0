import { listingRoute } from "../../../../_listing/listing-route";

// An "older stories" page: the keyset cursor is part of the path.
const route = listingRoute("tag", "tag");
export const generateStaticParams = route.generateOlderStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
