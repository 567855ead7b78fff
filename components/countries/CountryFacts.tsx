import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Callout } from "@/components/Callout";
import { directiveSources, euCountriesSource, schengenSource } from "@/lib/content/directives";
import { directiveKeys, type CountryFacts as Facts } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";

/** The structured facts of a profile, each with its source link, in a section with id="facts". */
export async function CountryFacts({ facts, locale }: { facts: Facts; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "countries" });
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const source = (url: string) => (
    <a href={url} rel="noopener" className="meta ms-2">
      {t("factSource")}
    </a>
  );
  const link = (value: { name: string; url: string }) => (
    <a href={value.url} rel="noopener">
      {value.name}
    </a>
  );
  const rows: { label: string; value: ReactNode }[] = [
    {
      label: t("euMembership"),
      value: (
        <>
          {t("euMember")}
          {source(euCountriesSource)}
        </>
      ),
    },
    {
      label: t("officialLanguages"),
      value: (
        <>
          {facts.officialLanguages.map((code) => languageNames.of(code) ?? code).join(", ")}
          {source(euCountriesSource)}
        </>
      ),
    },
    {
      label: t("schengen"),
      value: (
        <>
          {t(`schengenStatus.${facts.schengen}`)}
          {source(schengenSource)}
        </>
      ),
    },
    { label: t("authority"), value: link(facts.authority) },
    ...(facts.portal ? [{ label: t("portal"), value: link(facts.portal) }] : []),
    { label: t("enicNaric"), value: link(facts.enicNaric) },
    { label: t("visaApplication"), value: link(facts.visaApplication) },
  ];
  const optedOut = directiveKeys.every((key) => !facts.directives[key]);
  return (
    <section aria-labelledby="facts" className="mb-8 rounded border border-line p-4">
      <h2 id="facts" className="mt-0">
        {t("facts")}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,14rem)_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <h3 id="facts-directives">{t("directives")}</h3>
      {optedOut ? (
        <Callout type="note" title={t("optOutTitle")}>
          <p>{t("optOutText")}</p>
        </Callout>
      ) : null}
      <ul className="directives">
        {directiveKeys.map((key) => (
          <li key={key} data-directive={key} data-applies={facts.directives[key]}>
            <span aria-hidden="true">{facts.directives[key] ? "✓" : "✗"}</span>{" "}
            <a href={directiveSources[key]} rel="noopener">
              {t(`directive.${key}`)}
            </a>
            {": "}
            <strong>{facts.directives[key] ? t("applies") : t("doesNotApply")}</strong>
          </li>
        ))}
      </ul>
      {facts.nationalSchemes.length ? (
        <>
          <h3 id="facts-national-schemes">{t("nationalSchemes")}</h3>
          <ul>
            {facts.nationalSchemes.map((scheme) => (
              <li key={scheme.name}>
                {link(scheme)}: {scheme.summary}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {facts.languageRequirements.length ? (
        <>
          <h3 id="facts-language">{t("languageRequirements")}</h3>
          <ul>
            {facts.languageRequirements.map((requirement) => (
              <li key={requirement.summary}>
                {requirement.summary}
                {source(requirement.url)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
