import { infoPageRoute } from "@/components/InfoPage";

const route = infoPageRoute("security");
export const generateMetadata = route.generateMetadata;
export default route.Page;
