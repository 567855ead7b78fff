import { signOut } from "@/lib/auth/accounts";
import { sameOrigin, sessionCookie, sessionToken } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { adminFailure, adminSuccess } from "@/lib/http/admin-response";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!sameOrigin(request)) return adminFailure(request, 403, "Refused: the request did not come from this site's own pages.");
  await signOut(db(), await sessionToken());
  return adminSuccess(request, { redirect: "/admin/login?signedOut=1" }, { "Set-Cookie": sessionCookie(request, "", 0) });
}
