import { currentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/roles";
import { sameOrigin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { mutations } from "@/lib/editorial/mutations";
import { adminError, adminFailure, adminSuccess } from "@/lib/http/admin-response";
import { reindexCountryProfile } from "@/lib/search/service";
import { isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/** Every back-office mutation: POST only, from this site's own pages, with a session whose role allows it. */
export async function POST(request: Request, { params }: { params: Promise<{ action: string }> }) {
  const { action } = await params;
  const mutation = Object.hasOwn(mutations, action) ? mutations[action] : undefined;
  if (!mutation) return adminFailure(request, 404, "No such action.");
  if (!sameOrigin(request)) return adminFailure(request, 403, "Refused: the request did not come from this site's own pages.");
  try {
    const actor = await currentActor();
    authorize(actor, mutation.permission);
    const form = await request.formData().catch(() => null);
    if (!form) return adminFailure(request, 400, "Send the form as form data.");
    const result = await mutation.run({
      prisma: db(),
      actor,
      form,
      afterPublish: (country, locale) => (isLocale(locale) ? reindexCountryProfile(country, locale) : Promise.resolve()),
    });
    return adminSuccess(request, result);
  } catch (error) {
    return adminError(request, error);
  }
}

export function GET() {
  return new Response("Use POST.", { status: 405, headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" } });
}
