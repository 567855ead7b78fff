import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { routeName } from "@/lib/routes/route-name";
import { PageFeedback } from "@/components/feedback/PageFeedback";
import { RouteArticle } from "@/components/routes/RouteArticle";
import { countrySlugs } from "@/lib/content/countries";
import { isSlug } from "@/lib/content/slug";
import { publishedCountryRoutes } from "@/lib/editorial/published";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";

// Rendered on first request and kept like the country pages (see ../page.tsx); rendered again at least daily as well,
// so that a figure checked more than a year ago is flagged on the cached page too.
export function generateStaticParams() {
  return [];
}
export const revalidate = 86400;

type Props = { params: Promise<{ locale: string; slug: string; route: string }> };

async function load(params: Props["params"]) {
  const locale = await localeParam(params);
  const { slug, route: id } = await params;
  if (!isSlug(id) || !(await countrySlugs()).includes(slug)) notFound();
  const country = await publishedCountryRoutes(slug, locale);
  const route = country?.routes.find((candidate) => candidate.id === id);
  // A route without texts in this language has no page in it yet (the English one is linked from the others).
  if (!country || !route?.text) notFound();
  return { locale, country: slug, ...country, route };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, country, profile, route, routeLocales } = await load(params);
  const t = await getTranslations({ locale, namespace: "routes" });
  const name = routeName(t, { id: route.id, scheme: route.scheme, name: route.text?.name }, profile.facts.name);
  const availableIn = routeLocales(route.id);
  return pageMetadata({
    locale,
    path: `/countries/${country}/${route.id}`,
    title: t("title", { route: name, country: profile.facts.name }),
    description: t("description", { route: name, country: profile.facts.name }),
    availableIn,
  });
}

export default async function CountryRoutePage({ params }: Props) {
  const { locale, country, profile, routes, route } = await load(params);
  return (
    <>
      <RouteArticle
        locale={locale}
        country={country}
        facts={profile.facts}
        outdated={profile.outdated}
        route={route}
        routes={routes}
        now={new Date()}
        version={String(profile.number)}
      />
      <PageFeedback locale={locale} path={`/countries/${country}/${route.id}`} />
    </>
  );
}
