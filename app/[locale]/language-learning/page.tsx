import { guidanceRoute } from "@/components/guidance/routes";

const route = guidanceRoute("hub", "language-learning");
export const generateMetadata = route.generateMetadata;
export default route.Page;
