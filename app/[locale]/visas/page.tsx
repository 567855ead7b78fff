import { guidanceRoute } from "@/components/guidance/routes";

const route = guidanceRoute("hub", "visas");
export const generateMetadata = route.generateMetadata;
export default route.Page;
