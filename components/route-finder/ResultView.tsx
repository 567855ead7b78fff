import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Callout } from "@/components/Callout";
import type { Result, RouteResult, Why } from "@/lib/route-finder/answer";
import { Checklist } from "./Checklist";
import { FocusOnArrival } from "./FocusOnArrival";
import { PrintButton } from "./PrintButton";

interface Labels {
  checkFigure: string;
  checkFirst: string;
}

function WhyList({ why, label, labels }: { why: Why[]; label: string; labels: Labels }) {
  return (
    <>
      <p className="mb-0 font-semibold">{label}</p>
      <ul className="mt-1">
        {why.map((reason) => (
          <li key={reason.text + reason.source}>
            {reason.effect === "caveat" ? <strong>{labels.checkFirst}: </strong> : null}
            {reason.text} (
            <a href={reason.url} rel="noopener">
              {reason.source}
            </a>
            )
            {reason.check ? (
              <>
                {" "}
                <a href={reason.check} rel="noopener">
                  {labels.checkFigure}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function RouteList({ routes, whyLabel, labels }: { routes: RouteResult[]; whyLabel: string; labels: Labels }) {
  return (
    <ul className="finder-routes">
      {routes.map((route) => (
        <li key={route.route} className="card">
          <a href={route.url} className="text-step-1 font-semibold">
            {route.title}
          </a>
          <WhyList why={route.why} label={whyLabel} labels={labels} />
        </li>
      ))}
    </ul>
  );
}

/** The result: what fits and why, what does not and why not, and the checklist for the first route that fits. */
export async function ResultView({
  locale,
  result,
  titleId,
  countryName,
  pageUrl,
  lastReviewed,
  storageKey,
}: {
  locale: Locale;
  result: Result;
  /** The id of the page's heading, which takes the focus when the result arrives by client navigation. */
  titleId: string;
  countryName?: string;
  /** The result's absolute URL, printed with the checklist. */
  pageUrl: string;
  lastReviewed?: string;
  storageKey: string;
}) {
  const t = await getTranslations({ locale, namespace: "finder" });
  const format = await getFormatter({ locale });
  const whyLabel = t("result.why");
  const labels: Labels = { checkFigure: t("result.checkFigure"), checkFirst: t("result.checkFirst") };
  // Excluded routes of the comparison, grouped by route and reason, with the countries they concern.
  const excludedGroups = new Map<string, { entry: Result["excluded"][number]; countries: string[] }>();
  for (const entry of result.excluded) {
    const key = entry.route + entry.why.map((why) => why.source).join("|");
    const group = excludedGroups.get(key) ?? { entry, countries: [] };
    if (entry.country) group.countries.push(result.byCountry?.find((c) => c.country === entry.country)?.name ?? entry.country);
    excludedGroups.set(key, group);
  }

  return (
    <div>
      <FocusOnArrival targetId={titleId} />
      {result.nothingFits ? (
        <Callout type="warning">
          <p>{result.nothingFits.text}</p>
        </Callout>
      ) : null}

      {result.matches.length ? (
        <section aria-labelledby="matches">
          <h2 id="matches">{t("result.matches")}</h2>
          <RouteList routes={result.matches} whyLabel={whyLabel} labels={labels} />
        </section>
      ) : null}

      {result.byCountry ? (
        <section aria-labelledby="by-country">
          <h2 id="by-country">{t("result.byCountry")}</h2>
          {result.byCountry.map((entry) => (
            <details key={entry.country} className="finder-country">
              <summary>
                {entry.name} ({entry.matches.length})
              </summary>
              {entry.matches.length ? (
                <RouteList routes={entry.matches} whyLabel={whyLabel} labels={labels} />
              ) : (
                <p>{t("result.noMatchIn", { country: entry.name })}</p>
              )}
            </details>
          ))}
        </section>
      ) : null}

      {excludedGroups.size ? (
        <section aria-labelledby="excluded">
          <h2 id="excluded">{t("result.excluded")}</h2>
          <ul className="finder-routes">
            {[...excludedGroups.values()].map(({ entry, countries }) => (
              <li key={entry.route + entry.why.map((why) => why.source).join("|")} className="card">
                <a href={entry.url} className="text-step-1 font-semibold">
                  {entry.title}
                </a>
                {countries.length ? <p className="meta mb-0">{t("result.inCountries", { countries: format.list(countries) })}</p> : null}
                <WhyList why={entry.why} label={t("result.whyNot")} labels={labels} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result.nothingFits ? (
        <section aria-labelledby="closest">
          <h2 id="closest">{t("result.closest")}</h2>
          <ul>
            {result.nothingFits.pages.map((page) => (
              <li key={page.url}>
                <a href={page.url}>{page.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result.checklist.length ? (
        <section aria-labelledby="checklist" className="finder-checklist">
          <h2 id="checklist">{t("checklist.title")}</h2>
          <p className="print-only">{t("checklist.printedFrom", { url: pageUrl })}</p>
          {lastReviewed && countryName ? (
            <p className="meta">
              {t("checklist.reviewed", { country: countryName, date: format.dateTime(new Date(lastReviewed), "date") })}
            </p>
          ) : null}
          <p>{t("checklist.intro", { route: result.matches[0]?.title ?? "" })}</p>
          <Checklist items={result.checklist} storageKey={storageKey} linkLabel={t("checklist.explained")} />
          <PrintButton label={t("checklist.print")} />
        </section>
      ) : null}
    </div>
  );
}
