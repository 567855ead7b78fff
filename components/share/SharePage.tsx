import { getTranslations } from "next-intl/server";
import { absoluteUrl } from "@/lib/i18n/paths";
import { qrHref, shareHref, sharedPath } from "@/lib/share/request";
import type { ShareTarget } from "@/lib/share/target";

/** The share page: works without JavaScript. The address, the QR code with its downloads, and the handout. */
export async function SharePage({ target }: { target: ShareTarget }) {
  const { locale, query, page, section } = target;
  const t = await getTranslations({ locale, namespace: "share" });
  const path = sharedPath(locale, query);
  const url = absoluteUrl(path);
  const fileName = `passage-${query.page.slice(1).replaceAll("/", "-")}${section ? `-${section.id}` : ""}`;
  const title = section?.title ?? page.title;
  return (
    <div className="prose-passage">
      <h1>{t("title", { title })}</h1>
      <p>{section ? t("sectionOf", { section: section.title, title: page.title }) : t("wholePage", { title: page.title })}</p>
      <h2 id="address">{t("address")}</h2>
      <p className="share-url" dir="ltr">
        <a href={path}>{url}</a>
      </p>
      <h2 id="qr">{t("qrHeading")}</h2>
      <p>{t("qrIntro")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by our own endpoint, nothing to optimise */}
      <img src={qrHref(path)} alt={t("qrAlt", { title })} width={240} height={240} className="share-qr" />
      <ul>
        <li>
          <a href={qrHref(path)} download={`${fileName}.svg`}>
            {t("downloadSvg")}
          </a>
        </li>
        <li>
          <a href={qrHref(path, "png")} download={`${fileName}.png`}>
            {t("downloadPng")}
          </a>
        </li>
      </ul>
      <p>
        <a href={shareHref("handout", locale, query)} className="button">
          {t("handout")}
        </a>
      </p>
      <p>
        <a href={path}>{t("back")}</a>
      </p>
    </div>
  );
}
