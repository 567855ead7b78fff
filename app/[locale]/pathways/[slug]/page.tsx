import { guidanceRoute } from "@/components/guidance/routes";

const route = guidanceRoute("pathway");
export const generateMetadata = route.generateMetadata;
export const generateStaticParams = route.generateStaticParams;
export default route.Page;
