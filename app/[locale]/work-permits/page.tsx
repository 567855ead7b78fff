import { guidanceRoute } from "@/components/guidance/routes";

const route = guidanceRoute("hub", "work-permits");
export const generateMetadata = route.generateMetadata;
export default route.Page;
