import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Callout } from "@/components/Callout";
import { CiteThisPage } from "@/components/CiteThisPage";
import { ReviewDates } from "@/components/ReviewDates";
import { Breadcrumbs } from "@/components/guidance/Breadcrumbs";
import { SectionHeading } from "@/components/guidance/SectionHeading";
import { sectionShareFor } from "@/components/share/section-share";
import { SourcesSection } from "@/components/guidance/SourcesSection";
import { TableOfContents } from "@/components/guidance/TableOfContents";
import { TranslationNotice } from "@/components/guidance/TranslationNotice";
import type { CountryFacts } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { alternativesTo, type CountryRoute } from "@/lib/routes/country-routes";
import { RouteFigures } from "./RouteFigures";
import { routeName } from "@/lib/routes/route-name";
import { RouteStatusBadge } from "./RouteStatusBadge";
import { routeSections } from "@/lib/routes/sections";
import { routeSectionTitle } from "./section-titles";

export interface RouteArticleProps {
  locale: Locale;
  country: string;
  /** The profile in the reader's language (name, ENIC-NARIC centre, translation status). */
  facts: CountryFacts;
  outdated: boolean;
  route: CountryRoute;
  routes: CountryRoute[];
  /** The render time: figures checked over a year before it are flagged (pages are rendered again at least daily). */
  now: Date;
  /** The published revision's number, for "cite this page" (none in the editors' preview). */
  version?: string;
}

/** One way into one country: status, who decides and where to apply, conditions, dated figures, steps, sources. */
export async function RouteArticle({ locale, country, facts, outdated, route, routes, now, version }: RouteArticleProps) {
  const t = await getTranslations({ locale, namespace: "routes" });
  const tg = await getTranslations({ locale, namespace: "guidance" });
  const tc = await getTranslations({ locale, namespace: "countries" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const text = route.text!;
  const name = routeName(t, { id: route.id, scheme: route.scheme, name: text.name }, facts.name);
  const routeFacts = route.facts;
  const path = `/countries/${country}/${route.id}`;
  const sectionShare = await sectionShareFor(locale, path);
  const heading = (id: string, title: string) => (
    <SectionHeading level={2} id={id} share={sectionShare(id, title)}>
      {title}
    </SectionHeading>
  );
  const link = (value: { name: string; url: string }) => (
    <a href={value.url} rel="noopener">
      {value.name}
    </a>
  );

  const requirements = routeFacts.requirements;
  const yesNo = (value: boolean | undefined) => (value === undefined ? null : value ? t("required") : t("notRequired"));
  const conditionRows: { label: string; value: ReactNode }[] = [
    { label: t("requirement.jobOffer"), value: yesNo(requirements.jobOffer) },
    {
      label: t("requirement.qualification"),
      value: requirements.qualification ? t(`qualificationValue.${requirements.qualification}`) : null,
    },
    {
      label: t("requirement.labourMarketTest"),
      value:
        requirements.labourMarketTest === undefined ? null : requirements.labourMarketTest ? t("labourMarketTestYes") : t("notRequired"),
    },
    {
      label: t("requirement.quota"),
      value: requirements.quota === undefined ? null : requirements.quota ? t("quotaYes") : t("notRequired"),
    },
    { label: t("requirement.healthInsurance"), value: yesNo(requirements.healthInsurance) },
    { label: t("requirement.sufficientMeans"), value: yesNo(requirements.sufficientMeans) },
    {
      label: t("requirement.language"),
      value: requirements.language
        ? t("languageLevel", {
            level: requirements.language.level,
            language: languages.of(requirements.language.language) ?? requirements.language.language,
          })
        : null,
    },
  ].filter((row) => row.value !== null);

  const applies = route.status !== "opt-out";
  const alternatives = applies ? [] : alternativesTo(route, routes).filter((alternative) => alternative.text);
  const shown = routeSections(route);
  const hasApply = shown.includes("apply");
  const hasFamily = shown.includes("family");
  const recognitionAuthority = routeFacts.recognitionAuthority ?? facts.enicNaric;
  const sections = shown.map((id) => ({ id, title: routeSectionTitle(t, id, facts.name) }));

  return (
    <article className="prose-passage">
      <Breadcrumbs
        label={nav("breadcrumb")}
        crumbs={[
          { href: "/", label: tg("home") },
          { href: "/countries", label: tc("title") },
          { href: `/countries/${country}`, label: facts.name },
          { label: name },
        ]}
      />
      <h1>{t("title", { route: name, country: facts.name })}</h1>
      <p className="lead">{text.summary}</p>
      <ReviewDates
        locale={locale}
        lastReviewed={facts.routeTexts ? (facts.routes?.lastReviewed ?? facts.lastReviewed) : facts.lastReviewed}
        reviewDue={facts.routes?.reviewDue ?? facts.reviewDue}
      />
      <TranslationNotice locale={locale} path={path} reviewed={facts.routeTexts?.translation?.reviewed ?? false} outdated={outdated} />
      <TableOfContents
        title={tg("onThisPage")}
        sections={sections.map((section) => ({ ...section, depth: 2, text: "" }))}
        sourcesLabel={tg("sources")}
      />

      <section aria-labelledby="status">
        {heading("status", t("statusHeading", { country: facts.name }))}
        <p>
          <RouteStatusBadge status={route.status} label={t(`status.${route.status}`)} />{" "}
          {t(`statusExplained.${route.status}`, { country: facts.name })}
        </p>
        {routeFacts.nationalName ? (
          <p>
            {t("nationalName", { language: facts.officialLanguages.map((code) => languages.of(code) ?? code).join(", ") })}:{" "}
            <strong lang={facts.officialLanguages[0]}>{routeFacts.nationalName}</strong>
          </p>
        ) : null}
        {route.legalBasis.length ? (
          <>
            <h3>{t("legalBasis")}</h3>
            <ul>
              {route.legalBasis.map((law) => (
                <li key={law.url}>
                  <a href={law.url} rel="noopener">
                    {law.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {route.pathway ? (
          <p className="no-print">
            <Link href={`/pathways/${route.pathway}`}>{t("euPathway")}</Link>
          </p>
        ) : null}
      </section>

      {applies ? null : (
        <section aria-labelledby="alternatives">
          {heading("alternatives", t("alternatives"))}
          {text.note ? <Callout type="note">{text.note}</Callout> : null}
          {alternatives.length ? (
            <ul>
              {alternatives.map((alternative) => (
                <li key={alternative.id}>
                  <Link href={`/countries/${country}/${alternative.id}`}>
                    {routeName(t, { id: alternative.id, scheme: alternative.scheme, name: alternative.text?.name }, facts.name)}
                  </Link>
                  {alternative.text ? `: ${alternative.text.summary}` : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("noAlternatives", { country: facts.name })}</p>
          )}
        </section>
      )}

      {hasApply ? (
        <section aria-labelledby="apply">
          {heading("apply", t("apply"))}
          <dl>
            {routeFacts.decides.length ? (
              <>
                <dt>{t("decides")}</dt>
                {routeFacts.decides.map((office) => (
                  <dd key={office.url + office.name}>{link(office)}</dd>
                ))}
              </>
            ) : null}
            {routeFacts.apply.length ? (
              <>
                <dt>{t("applyAt")}</dt>
                {routeFacts.apply.map((office) => (
                  <dd key={office.url + office.name}>
                    {t(`channel.${office.channel}`)}: {link(office)}
                  </dd>
                ))}
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {shown.includes("conditions") ? (
        <section aria-labelledby="conditions">
          {heading("conditions", t("conditions"))}
          {conditionRows.length ? (
            <dl>
              {conditionRows.map((row) => (
                <div key={row.label}>
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {text.conditions.length ? (
            <ul>
              {text.conditions.map((condition) => (
                <li key={condition}>{condition}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {routeFacts.figures.length ? (
        <section aria-labelledby="figures">
          {heading("figures", t("figures"))}
          <RouteFigures locale={locale} figures={routeFacts.figures} labels={text.figures} now={now} />
        </section>
      ) : null}

      {requirements.recognition ? (
        <section aria-labelledby="recognition">
          {heading("recognition", t("recognition"))}
          <p>{t(`recognitionValue.${requirements.recognition}`)}</p>
          <p>
            {t("recognitionAuthority")}: {link(recognitionAuthority)}
          </p>
        </section>
      ) : null}

      {hasFamily ? (
        <section aria-labelledby="family">
          {heading("family", t("family"))}
          {routeFacts.family?.partnerMayWork !== undefined ? (
            <p>{routeFacts.family.partnerMayWork ? t("partnerMayWork") : t("partnerMayNotWork")}</p>
          ) : null}
          <ul>
            {routeFacts.family ? (
              <li>
                <a href={routeFacts.family.url} rel="noopener">
                  {t("familyLink")}
                </a>
              </li>
            ) : null}
            {routeFacts.longTermResidence ? (
              <li>
                <a href={routeFacts.longTermResidence.url} rel="noopener">
                  {t("longTermLink")}
                </a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      {routeFacts.steps.length ? (
        <section aria-labelledby="steps">
          {heading("steps", t("steps"))}
          <ol className="steps">
            {routeFacts.steps.map((step) => (
              <li key={step} id={`step-${step}`}>
                {text.steps[step]}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <p className="no-print">
        <Link href={`/countries/${country}#ways-to-come`}>{t("allRoutes", { country: facts.name })}</Link>
      </p>
      <SourcesSection title={tg("sources")} intro={tg("sourcesIntro")} sources={routeFacts.sources} />
      {version ? (
        <CiteThisPage
          locale={locale}
          path={path}
          title={t("title", { route: name, country: facts.name })}
          lastReviewed={facts.routeTexts ? (facts.routes?.lastReviewed ?? facts.lastReviewed) : facts.lastReviewed}
          version={version}
        />
      ) : null}
    </article>
  );
}
