// The back office's one mutation on feedback: an editor marks a comment as handled (recorded in the audit log).
import { z } from "zod";
import { mutation } from "@/lib/auth/mutation";
import { AccessError, authorize } from "@/lib/auth/roles";
import { periodSchema } from "./report";

export const feedbackMutations = {
  markHandled: mutation(
    "edit",
    z.object({ id: z.uuid("must be a feedback id"), days: z.string().max(10).optional() }),
    async ({ id, days }, { prisma, actor }) => {
      authorize(actor, "edit");
      const feedback = await prisma.pageFeedback.findUnique({ where: { id }, select: { path: true, locale: true, handledAt: true } });
      if (!feedback) throw new AccessError(404, "noFeedback");
      if (!feedback.handledAt)
        await prisma.$transaction([
          prisma.pageFeedback.update({ where: { id }, data: { handledAt: new Date(), handledById: actor.id } }),
          prisma.auditEntry.create({
            data: { actorId: actor.id, action: "feedback-handled", subject: `${feedback.path} (${feedback.locale})`, detail: id },
          }),
        ]);
      return { redirect: `/admin/feedback?days=${periodSchema.parse(days)}#comments` };
    },
  ),
};
