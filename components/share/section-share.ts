// What each heading's share control needs, computed on the server from the page's path: addresses (the section's URL,
// its QR code, the share page, the handout) and the strings, so the client leaf carries no message catalogue.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/i18n/paths";
import { qrHref, shareHref, sharedPath } from "@/lib/share/request";

export interface SectionShare {
  linkLabel: string;
  shareLabel: string;
  shareSectionLabel: string;
  panelLabel: string;
  url: string;
  sharePageHref: string;
  handoutHref: string;
  qrSvgHref: string;
  qrPngHref: string;
  fileName: string;
  qrAlt: string;
  copyLabel: string;
  copiedLabel: string;
  copyFailedLabel: string;
  downloadSvgLabel: string;
  downloadPngLabel: string;
  handoutLabel: string;
  moreWaysLabel: string;
}

export type SectionShareFor = (id: string, title: string) => SectionShare;

/** The share control of every heading of the page at `pagePath` (a site path without the locale). */
export async function sectionShareFor(locale: Locale, pagePath: string): Promise<SectionShareFor> {
  const t = await getTranslations({ locale, namespace: "share" });
  const tg = await getTranslations({ locale, namespace: "guidance" });
  return (id, title) => {
    const query = { page: pagePath, section: id };
    const path = sharedPath(locale, query);
    return {
      linkLabel: tg("sectionLink", { section: title }),
      shareLabel: t("share"),
      shareSectionLabel: t("shareSection", { section: title }),
      panelLabel: t("panelLabel", { section: title }),
      url: absoluteUrl(path),
      sharePageHref: shareHref("share", locale, query),
      handoutHref: shareHref("handout", locale, query),
      qrSvgHref: qrHref(path),
      qrPngHref: qrHref(path, "png"),
      fileName: `passage-${pagePath.slice(1).replaceAll("/", "-")}-${id}`,
      qrAlt: t("qrAlt", { title }),
      copyLabel: t("copyLink"),
      copiedLabel: t("copied"),
      copyFailedLabel: t("copyFailed"),
      downloadSvgLabel: t("downloadSvg"),
      downloadPngLabel: t("downloadPng"),
      handoutLabel: t("handout"),
      moreWaysLabel: t("moreWays"),
    };
  };
}
