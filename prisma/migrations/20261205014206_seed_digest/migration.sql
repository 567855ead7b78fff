-- AlterTable
ALTER TABLE "ProfileRevision" ADD COLUMN     "seedDigest" TEXT;
