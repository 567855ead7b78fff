import { Handout } from "@/components/share/Handout";
import { sharedPageRoute } from "@/components/share/shared-page-route";

// Rendered only for /{locale}/handout (app/[locale]/handout/route.ts), which sets the status.
const route = sharedPageRoute("handout", async (target) => <Handout target={target} />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
