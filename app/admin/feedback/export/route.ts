import { can } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { feedbackExport } from "@/lib/feedback/back-office";
import { periodSchema } from "@/lib/feedback/report";

export const dynamic = "force-dynamic";

const refuse = (status: 401 | 403, message: string) =>
  new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** GET /admin/feedback/export?days=30|90: the period's answers as CSV, for a signed-in member of the back office. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return refuse(401, "Sign in to the back office first.");
  if (!can(actor, "view") || actor.mustChangePassword) return refuse(403, "Your account may not export feedback.");
  const days = periodSchema.parse(new URL(request.url).searchParams.get("days") ?? undefined);
  return new Response(await feedbackExport(days), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="passage-feedback-${days}-days.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
