-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('draft', 'in_review', 'published', 'superseded');

-- CreateTable
CREATE TABLE "CountryProfile" (
    "id" UUID NOT NULL,
    "country" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "publishedRevisionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountryProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileRevision" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "facts" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "status" "RevisionStatus" NOT NULL DEFAULT 'draft',
    "baseRevisionId" UUID,
    "authorId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProfileRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchMiss" (
    "query" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SearchMiss_pkey" PRIMARY KEY ("query","locale","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "CountryProfile_publishedRevisionId_key" ON "CountryProfile"("publishedRevisionId");

-- CreateIndex
CREATE UNIQUE INDEX "CountryProfile_country_locale_key" ON "CountryProfile"("country", "locale");

-- CreateIndex
CREATE INDEX "ProfileRevision_profileId_createdAt_idx" ON "ProfileRevision"("profileId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileRevision_profileId_number_key" ON "ProfileRevision"("profileId", "number");

-- CreateIndex
CREATE INDEX "SearchMiss_day_idx" ON "SearchMiss"("day");

-- AddForeignKey
ALTER TABLE "CountryProfile" ADD CONSTRAINT "CountryProfile_publishedRevisionId_fkey" FOREIGN KEY ("publishedRevisionId") REFERENCES "ProfileRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileRevision" ADD CONSTRAINT "ProfileRevision_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "CountryProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

