import { corsPreflight } from "@/lib/http/cors";
import { routeFinderGET } from "@/lib/route-finder/http";

export const dynamic = "force-dynamic";

/** The route finder (see lib/route-finder/http.ts); /api/route and /api/v1/route are the same. */
export const GET = routeFinderGET;

export const OPTIONS = corsPreflight;
