import type { RouteStatus } from "@/lib/routes/registry";

const styles: Record<RouteStatus, string> = {
  eu: "border-official bg-official-soft text-official",
  partly: "border-official bg-official-soft text-official",
  national: "border-note bg-note-soft text-note",
  scheme: "border-note bg-note-soft text-note",
  "opt-out": "border-warning bg-warning-soft text-warning",
};

/** A route's status as a labelled badge (the colour repeats the words, never replaces them). */
export function RouteStatusBadge({ status, label }: { status: RouteStatus; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-step--1 font-semibold ${styles[status]}`}>{label}</span>;
}
