import { SharePage } from "@/components/share/SharePage";
import { sharedPageRoute } from "@/components/share/shared-page-route";

// Rendered only for /{locale}/share (app/[locale]/share/route.ts), which sets the status.
const route = sharedPageRoute("share", async (target) => <SharePage target={target} />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
