// The first search API's address, kept as an alias of /api/v1/search: the same handler and the same rate limit.
export { GET, OPTIONS } from "../v1/search/route";

export const dynamic = "force-dynamic";
