"use client";

import { useEffect } from "react";

// Set once the first step has rendered: later steps arrive by client navigation, and their question takes the focus so
// that keyboard and screen reader users land on it (the first page load keeps the browser's own focus).
let arrived = false;

/** Moves the focus to the element with `targetId` when a new step replaces the previous one. */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (arrived) document.getElementById(targetId)?.focus();
    arrived = true;
  }, [targetId]);
  return null;
}
