import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { CountryRoute } from "@/lib/routes/country-routes";
import { routeName } from "@/lib/routes/route-name";
import { RouteStatusBadge } from "./RouteStatusBadge";

/** The country page's "Ways to come" list: every route with a page in this language, one line each. */
export async function WaysToCome({
  locale,
  country,
  countryName,
  routes,
}: {
  locale: Locale;
  country: string;
  countryName: string;
  routes: CountryRoute[];
}) {
  const t = await getTranslations({ locale, namespace: "routes" });
  const listed = routes.filter((route) => route.text);
  if (!listed.length) return null;
  return (
    <section aria-labelledby="ways-to-come">
      <h2 id="ways-to-come">{t("waysToCome", { country: countryName })}</h2>
      <p>{t("waysToComeIntro")}</p>
      <ul className="space-y-3 ps-0">
        {listed.map((route) => (
          <li key={route.id} className="list-none">
            <Link href={`/countries/${country}/${route.id}`} className="font-semibold">
              {routeName(t, { id: route.id, scheme: route.scheme, name: route.text?.name }, countryName)}
            </Link>{" "}
            <RouteStatusBadge status={route.status} label={t(`status.${route.status}`)} />
            <br />
            <span>{route.text!.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
