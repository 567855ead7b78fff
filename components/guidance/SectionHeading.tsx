"use client";
// A section heading with a link to itself and a share control. Without JavaScript the # link is a plain anchor and
// "Share" a link to the share page (QR code, downloads, handout). With it, "Share" is a disclosure button opening a small
// panel in place: copy the section's URL (announced politely), its QR code, downloads and the handout. Escape closes
// the panel and gives focus back to the button.
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import type { SectionShare } from "@/components/share/section-share";

const noSubscription = () => () => undefined;

export function SectionHeading({ level, id, share, children }: { level: 2 | 3; id: string; share?: SectionShare; children: ReactNode }) {
  const Tag = level === 2 ? "h2" : "h3";
  // False while server-rendering and hydrating, true once JavaScript runs: only then is "Share" a disclosure button.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const toggle = useRef<HTMLButtonElement>(null);
  const firstControl = useRef<HTMLButtonElement>(null);
  const panelId = `${id}-share-panel`;

  useEffect(() => {
    if (open) firstControl.current?.focus();
  }, [open]);

  if (!share) return <Tag id={id}>{children}</Tag>;

  const close = () => {
    setOpen(false);
    setStatus("");
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  };
  const copy = () => {
    const done = (message: string) => setStatus(message);
    if (!navigator.clipboard) return done(share.copyFailedLabel);
    navigator.clipboard.writeText(share.url).then(
      () => done(share.copiedLabel),
      () => done(share.copyFailedLabel),
    );
  };

  return (
    <>
      <Tag id={id} className="group">
        {children}{" "}
        <a href={`#${id}`} className="heading-anchor no-print" aria-label={share.linkLabel}>
          #
        </a>
        {enhanced ? (
          <button
            ref={toggle}
            type="button"
            className="share-toggle no-print"
            aria-expanded={open}
            aria-controls={panelId}
            aria-label={share.shareSectionLabel}
            onClick={() => (open ? close() : setOpen(true))}
            onKeyDown={onKeyDown}
          >
            {share.shareLabel}
          </button>
        ) : (
          <a href={share.sharePageHref} className="share-toggle no-print" aria-label={share.shareSectionLabel}>
            {share.shareLabel}
          </a>
        )}
      </Tag>
      {enhanced ? (
        <div id={panelId} role="group" aria-label={share.panelLabel} className="share-panel no-print" hidden={!open} onKeyDown={onKeyDown}>
          <p>
            <button ref={firstControl} type="button" className="button" onClick={copy}>
              {share.copyLabel}
            </button>{" "}
            <span role="status" className="text-step--1">
              {status}
            </span>
          </p>
          <p className="share-url" dir="ltr">
            {share.url}
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by our own endpoint, nothing to optimise */}
          {open ? <img src={share.qrSvgHref} alt={share.qrAlt} width={160} height={160} className="share-qr" /> : null}
          <p className="share-actions">
            <a href={share.qrSvgHref} download={`${share.fileName}.svg`}>
              {share.downloadSvgLabel}
            </a>
            <a href={share.qrPngHref} download={`${share.fileName}.png`}>
              {share.downloadPngLabel}
            </a>
            <a href={share.handoutHref}>{share.handoutLabel}</a>
            <a href={share.sharePageHref}>{share.moreWaysLabel}</a>
          </p>
        </div>
      ) : null}
    </>
  );
}
