import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

export type InfoPageName = "accessibility" | "privacy" | "reviewing";

/** Short informational pages whose text lives in messages/<locale>.json under pages.<name>: an intro, then headed paragraphs. */
const sections: Record<InfoPageName, string[]> = {
  accessibility: ["standard", "features", "contact"],
  privacy: ["collect", "editors"],
  reviewing: ["review", "translation"],
};

export async function InfoPage({ locale, name }: { locale: Locale; name: InfoPageName }) {
  const t = await getTranslations({ locale, namespace: `pages.${name}` });
  // Keys are listed in `sections` above and checked against en.json by the messages test.
  type MessageKey = Parameters<typeof t>[0];
  return (
    <article className="prose-passage">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {sections[name].map((key) => (
        <section key={key} aria-labelledby={key}>
          <h2 id={key}>{t(`${key}Heading` as MessageKey)}</h2>
          <p>{t(key as MessageKey)}</p>
        </section>
      ))}
    </article>
  );
}

export async function infoPageTitle(locale: Locale, name: InfoPageName) {
  const t = await getTranslations({ locale, namespace: `pages.${name}` });
  return { title: t("title"), description: t("intro") };
}
