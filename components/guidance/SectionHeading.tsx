"use client";
// A section heading with a link to itself. Without JavaScript the link is a plain #anchor; with it, a click also copies
// the full section URL (for embassy staff citing a section) and announces it.
import { useState, type ReactNode } from "react";

export function SectionHeading({
  level,
  id,
  linkLabel,
  copiedLabel,
  children,
}: {
  level: 2 | 3;
  id: string;
  linkLabel: string;
  copiedLabel: string;
  children: ReactNode;
}) {
  const [copied, setCopied] = useState(false);
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className="group">
      {children}{" "}
      <a
        href={`#${id}`}
        className="heading-anchor no-print"
        aria-label={linkLabel}
        onClick={() => {
          const url = `${window.location.origin}${window.location.pathname}#${id}`;
          navigator.clipboard?.writeText(url).then(
            () => {
              setCopied(true);
              window.setTimeout(() => setCopied(false), 2500);
            },
            () => undefined,
          );
        }}
      >
        #
      </a>
      <span role="status" className="ms-2 text-step--1 font-normal text-official">
        {copied ? copiedLabel : ""}
      </span>
    </Tag>
  );
}
