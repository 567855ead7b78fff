"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Opens the browser's print dialog; rendered only once JavaScript runs (the browser's own Print works without it). */
export function PrintButton({ label }: { label: string }) {
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!scripted) return null;
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
