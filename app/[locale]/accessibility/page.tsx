import { infoPageRoute } from "@/components/InfoPage";

const route = infoPageRoute("accessibility");
export const generateMetadata = route.generateMetadata;
export default route.Page;
