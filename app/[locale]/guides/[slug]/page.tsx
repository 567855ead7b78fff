import { guidanceRoute } from "@/components/guidance/routes";

const route = guidanceRoute("guide");
export const generateMetadata = route.generateMetadata;
export default route.Page;
