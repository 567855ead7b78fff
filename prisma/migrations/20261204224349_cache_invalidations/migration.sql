-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "id" SERIAL NOT NULL,
    "tags" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheInvalidation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CacheInvalidation_createdAt_idx" ON "CacheInvalidation"("createdAt");
