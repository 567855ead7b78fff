import { guidanceRoute } from "@/components/guidance/routes";

const route = guidanceRoute("pathway");
export const generateMetadata = route.generateMetadata;
export default route.Page;
