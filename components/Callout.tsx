import type { ReactNode } from "react";

export type CalloutType = "warning" | "note" | "official";

/** A highlighted box. Its role is a labelled region only when it has a title, so screen readers can jump to it. */
export function Callout({ type, title, children }: { type: CalloutType; title?: string; children: ReactNode }) {
  return (
    <aside className={`callout callout-${type}`} aria-label={title}>
      {title ? <p className="callout-title">{title}</p> : null}
      {children}
    </aside>
  );
}
