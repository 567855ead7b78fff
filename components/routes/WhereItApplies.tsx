import { getTranslations } from "next-intl/server";
import { publishedRouteTable } from "@/lib/editorial/published";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { RouteStatusBadge } from "./RouteStatusBadge";

/** A pathway page's table of the member states: the route's official name there, its status, a link to its page. */
export async function WhereItApplies({ locale, route }: { locale: Locale; route: string }) {
  const t = await getTranslations({ locale, namespace: "routes" });
  const rows = (await publishedRouteTable())
    .flatMap((country) => {
      const entry = country.routes.find((candidate) => candidate.id === route);
      return entry ? [{ country: country.country, name: country.names[locale] ?? country.country, entry }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  if (!rows.length) return null;
  return (
    <section aria-labelledby="where-it-applies">
      <h2 id="where-it-applies">{t("whereItApplies")}</h2>
      <p>{t("whereItAppliesIntro")}</p>
      <div className="overflow-x-auto">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("country")}</th>
              <th scope="col">{t("officialName")}</th>
              <th scope="col">{t("statusColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ country, name, entry }) => (
              <tr key={country}>
                <th scope="row">{entry.locales.includes(locale) ? <Link href={`/countries/${country}/${route}`}>{name}</Link> : name}</th>
                <td>{entry.nationalName ?? ""}</td>
                <td>
                  <RouteStatusBadge status={entry.status} label={t(`status.${entry.status}`)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
