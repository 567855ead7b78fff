import { infoPageRoute } from "@/components/InfoPage";

const route = infoPageRoute("reviewing");
export const generateMetadata = route.generateMetadata;
export default route.Page;
