"use client";

import { useSyncExternalStore } from "react";

export interface ChecklistEntryView {
  id: string;
  text: string;
  url: string;
}

// Ticked boxes live in this browser's localStorage only; this tab hears its own writes through a custom event.
const CHANGED = "passage:checklist";
function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}
function read(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? "{}";
  } catch {
    return "{}";
  }
}
function parse(stored: string): Record<string, boolean> {
  try {
    return JSON.parse(stored) as Record<string, boolean>;
  } catch {
    return {};
  }
}

/**
 * The personal checklist. Ticked boxes are kept under a key made of the result's answers, in this browser only; nothing
 * is sent or stored anywhere else. Without JavaScript the boxes still tick (for printing) but are not kept.
 */
export function Checklist({ items, storageKey, linkLabel }: { items: ChecklistEntryView[]; storageKey: string; linkLabel: string }) {
  const ticked = parse(
    useSyncExternalStore(
      subscribe,
      () => read(storageKey),
      () => "{}",
    ),
  );
  const toggle = (id: string, value: boolean) => {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify({ ...ticked, [id]: value }));
    } catch {
      // Private browsing or a full storage: nothing is kept.
    }
    window.dispatchEvent(new Event(CHANGED));
  };
  return (
    <ol className="checklist">
      {items.map((item, index) => {
        const inputId = `checklist-${index}`;
        return (
          <li key={item.id}>
            <input
              type="checkbox"
              id={inputId}
              checked={ticked[item.id] ?? false}
              onChange={(event) => toggle(item.id, event.target.checked)}
            />{" "}
            <label htmlFor={inputId}>{item.text}</label>{" "}
            <a href={item.url} className="no-print">
              {linkLabel}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
