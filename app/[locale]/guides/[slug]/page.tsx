import { guidanceRoute } from "@/components/guidance/routes";

const route = guidanceRoute("guide");
export const generateMetadata = route.generateMetadata;
export const generateStaticParams = route.generateStaticParams;
export default route.Page;
