-- CreateEnum
CREATE TYPE "FeedbackAnswer" AS ENUM ('yes', 'no');

-- AlterTable
ALTER TABLE "ProfileRevision" ADD COLUMN     "changeSummary" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "PageFeedback" (
    "id" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "answer" "FeedbackAnswer" NOT NULL,
    "reason" TEXT,
    "comment" TEXT,
    "day" DATE NOT NULL,
    "handledAt" TIMESTAMP(3),
    "handledById" UUID,

    CONSTRAINT "PageFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageFeedback_path_locale_day_idx" ON "PageFeedback"("path", "locale", "day");

-- CreateIndex
CREATE INDEX "PageFeedback_day_idx" ON "PageFeedback"("day");

-- AddForeignKey
ALTER TABLE "PageFeedback" ADD CONSTRAINT "PageFeedback_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
