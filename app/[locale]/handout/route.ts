import { sharedPageResponse } from "@/lib/share/response";

export const dynamic = "force-dynamic";

/** /{locale}/handout?page=<page path without the locale>&section=<id>: see lib/share/response.ts. */
export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return sharedPageResponse("handout", request, params);
}
