// What the back office's feedback page and its CSV export read: live, never cached.
import "server-only";
import { db } from "@/lib/db/client";
import { feedbackComments, feedbackCounts, feedbackCsv } from "./report";

export const feedbackReport = (days: number) => Promise.all([feedbackCounts(db(), days), feedbackComments(db(), days)]);

export const feedbackExport = (days: number) => feedbackCsv(db(), days);
