import { infoPageRoute } from "@/components/InfoPage";

const route = infoPageRoute("privacy");
export const generateMetadata = route.generateMetadata;
export default route.Page;
