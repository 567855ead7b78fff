import { getFormatter, getTranslations } from "next-intl/server";
import type { Figure } from "@/lib/content/route-schema";
import type { Locale } from "@/lib/i18n/locales";
import { checkedLongAgo } from "@/lib/routes/country-routes";

/** Thresholds, fees and times: each with its source, the date it applies from and the date it was checked. */
export async function RouteFigures({
  locale,
  figures,
  labels,
  now,
}: {
  locale: Locale;
  figures: Figure[];
  labels: Record<string, string>;
  now: Date;
}) {
  const t = await getTranslations({ locale, namespace: "routes" });
  const format = await getFormatter({ locale });
  const date = (iso: string) => <time dateTime={iso}>{format.dateTime(new Date(iso), "date")}</time>;
  const site = (url: string) => new URL(url).hostname.replace(/^www\./, "");
  const amount = (figure: Figure, value: number) =>
    figure.currency
      ? format.number(value, { style: "currency", currency: figure.currency, maximumFractionDigits: 2 })
      : format.number(value);
  const value = (figure: Figure) => {
    if (figure.amount === undefined) return null;
    const from = amount(figure, figure.amount);
    const shown = figure.upTo === undefined ? from : t("range", { from, to: amount(figure, figure.upTo) });
    if (figure.unit) return t("duration", { amount: shown, count: figure.upTo ?? figure.amount, unit: figure.unit });
    if (figure.per === "year") return t("perYear", { amount: shown });
    if (figure.per === "month") return t("perMonth", { amount: shown });
    return shown;
  };
  return (
    <div className="overflow-x-auto">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("figure")}</th>
            <th scope="col">{t("value")}</th>
            <th scope="col">{t("appliesFrom")}</th>
            <th scope="col">{t("checked")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id} id={`figure-${figure.id}`}>
              <th scope="row">{labels[figure.id] ?? figure.id}</th>
              {figure.amount === undefined ? (
                <td colSpan={3}>
                  <a href={figure.source} rel="noopener">
                    {t("checkFigure", { site: site(figure.source) })}
                  </a>
                </td>
              ) : (
                <>
                  <td>
                    <strong>{value(figure)}</strong>{" "}
                    <a href={figure.source} rel="noopener" className="meta">
                      {t("source")}: {site(figure.source)}
                    </a>
                  </td>
                  <td>{date(figure.appliesFrom!)}</td>
                  <td>
                    {date(figure.checked!)}
                    {checkedLongAgo(figure.checked, now) ? <p className="meta text-warning">{t("mayBeOutdated")}</p> : null}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
