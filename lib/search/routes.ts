// Search documents for country routes: one per route per language ("EU Blue Card in Germany"), so that "blue card
// germany" or "carte bleue allemagne" finds the country's route page first. Built from the published revisions: the
// facts of the English profile and the texts of each language's.
import type { CountryFacts } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import { routesTranslator } from "@/lib/i18n/messages";
import { localizedPath } from "@/lib/i18n/paths";
import { countryRoutes } from "@/lib/routes/country-routes";
import { routeName } from "@/lib/routes/route-name";
import { pageDocuments, type SearchDocument } from "./documents";

/** The route documents of one country in one language (none for routes without texts in it). */
export async function routeDocuments(
  country: string,
  locale: Locale,
  reference: CountryFacts,
  facts: CountryFacts,
): Promise<SearchDocument[]> {
  const routes = countryRoutes(reference, facts.routeTexts).filter((route) => route.text);
  if (!routes.length) return [];
  const t = await routesTranslator(locale);
  return routes.flatMap((route) => {
    const text = route.text!;
    const name = routeName(t, { id: route.id, scheme: route.scheme, name: text.name }, facts.name);
    return pageDocuments({
      id: `route-${country}-${route.id}`,
      url: localizedPath(locale, `/countries/${country}/${route.id}`),
      title: t("title", { route: name, country: facts.name }),
      summary: text.summary,
      facts: [
        route.facts.nationalName,
        t(`status.${route.status}`),
        ...route.legalBasis.map((law) => law.title),
        ...text.conditions,
        ...Object.values(text.figures),
        ...route.facts.steps.map((step) => text.steps[step]),
        text.note,
      ]
        .filter(Boolean)
        .join("\n"),
      sections: [],
      type: "route",
      pillar: null,
      country,
      locale,
      lastReviewed: reference.routes?.lastReviewed ?? reference.lastReviewed,
    });
  });
}
