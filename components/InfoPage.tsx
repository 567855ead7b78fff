import type { Metadata } from "next";
import type { Messages, MessageKeys, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { env, siteUrl } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";
import { securityContacts } from "@/lib/site/security-txt";

export type InfoPageName = "accessibility" | "privacy" | "reviewing" | "security";
type PagesKey = MessageKeys<Messages["pages"], NestedKeyOf<Messages["pages"]>>;

/** A headed paragraph of an info page: `pages.<name>.<id>Heading` and `pages.<name>.<id>` in messages/<locale>.json. */
const section = <N extends InfoPageName, Id extends string>(name: N, id: Id) =>
  ({ id, heading: `${name}.${id}Heading`, text: `${name}.${id}` }) as const;

/** Short informational pages whose text lives under pages.<name>: an intro, then headed paragraphs. A key missing from en.json is a type error. */
const sections = {
  accessibility: [section("accessibility", "standard"), section("accessibility", "features"), section("accessibility", "contact")],
  privacy: [section("privacy", "collect"), section("privacy", "feedback"), section("privacy", "editors")],
  reviewing: [section("reviewing", "review"), section("reviewing", "translation")],
  security: [section("security", "report"), section("security", "expect"), section("security", "rules"), section("security", "commitment")],
} satisfies Record<InfoPageName, { id: string; heading: PagesKey; text: PagesKey }[]>;

/** The security page's "how to report" section ends with where to report (SECURITY_CONTACT, as in security.txt). */
async function SecurityContacts({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "pages.security" });
  return (
    <ul aria-label={t("contacts")}>
      {securityContacts({ siteUrl: siteUrl(), contact: env().SECURITY_CONTACT }).map((contact) => (
        <li key={contact}>
          <a href={contact} dir="ltr">
            {contact.replace(/^mailto:/, "")}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** What follows a section's paragraph on some pages. */
const sectionExtras: Partial<Record<string, (locale: Locale) => ReactNode>> = {
  "security.report": (locale) => <SecurityContacts locale={locale} />,
};

export async function InfoPage({ locale, name }: { locale: Locale; name: InfoPageName }) {
  const t = await getTranslations({ locale, namespace: "pages" });
  return (
    <article className="prose-passage">
      <h1>{t(`${name}.title`)}</h1>
      <p>{t(`${name}.intro`)}</p>
      {sections[name].map(({ id, heading, text }) => (
        <section key={id} aria-labelledby={id}>
          <h2 id={id}>{t(heading)}</h2>
          <p>{t(text)}</p>
          {sectionExtras[text]?.(locale)}
        </section>
      ))}
    </article>
  );
}

/** The route module of an info page, served at /<locale>/<name>. */
export function infoPageRoute(name: InfoPageName) {
  type Props = { params: Promise<{ locale: string }> };
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const locale = await localeParam(params);
      const t = await getTranslations({ locale, namespace: "pages" });
      return pageMetadata({ locale, path: `/${name}`, title: t(`${name}.title`), description: t(`${name}.intro`) });
    },
    async Page({ params }: Props) {
      return <InfoPage locale={await localeParam(params)} name={name} />;
    },
  };
}
