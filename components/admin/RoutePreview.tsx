// One route of the profile being edited, rendered by the public route page's own component: the English facts (the
// profile itself, or for a translation the English profile as last saved) with the texts of the profile's language.
import { RouteArticle } from "@/components/routes/RouteArticle";
import type { CountryFacts } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import { countryRoutes } from "@/lib/routes/country-routes";

/** The preview, or null when the route has no texts in this language yet (the public page does not exist either). */
export function routePreview(props: {
  locale: Locale;
  country: string;
  facts: CountryFacts;
  english: CountryFacts | undefined;
  route: string;
}) {
  const { locale, country, facts, english, route } = props;
  if (!english) return null;
  const routes = countryRoutes(english, facts.routeTexts);
  const shown = routes.find((candidate) => candidate.id === route);
  if (!shown?.text) return null;
  return <RouteArticle locale={locale} country={country} facts={facts} outdated={false} route={shown} routes={routes} now={new Date()} />;
}
