import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/AdminTable";
import { Forbidden } from "@/components/admin/Forbidden";
import { adminFormatter, adminLocale, adminPage, adminTranslations } from "@/lib/auth/page";
import { routeMatrix } from "@/lib/editorial/back-office";
import { hasGaps, type RouteMatrixCell, type RouteMatrixRow } from "@/lib/editorial/route-matrix";
import { localeNames } from "@/lib/i18n/locales";
import { fixedRouteIds } from "@/lib/routes/registry";

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("route.matrixTitle") };
}

/** Countries × routes, read live: each cell the route's status in words, its gaps, and a link to its editor. */
export default async function RouteMatrixPage() {
  const { allowed } = await adminPage("view");
  if (!allowed) return <Forbidden />;
  const t = await adminTranslations();
  const format = await adminFormatter();
  const tr = await getTranslations({ locale: await adminLocale(), namespace: "routes" });
  const matrix = await routeMatrix();
  const date = (value: string) => format.dateTime(new Date(`${value}T00:00:00Z`), "date");
  const routeLabel = (id: string) => (id === "family-of-nationals" ? t("route.familyOfNationals") : tr(`names.${id}` as "names.student"));
  const editor = (row: RouteMatrixRow, id: string) => `/admin/profiles/${row.country}/en?route=${id}`;

  const gaps = (cell: RouteMatrixCell) => {
    const lines = [
      ...(cell.missingTexts.length
        ? [t("route.noTextsIn", { languages: cell.missingTexts.map((locale) => localeNames[locale]).join(", ") })]
        : []),
      ...(cell.oldFigures ? [t("route.oldFigures", { count: cell.oldFigures })] : []),
    ];
    return lines.length ? (
      <ul className="meta mt-1 list-none ps-0">
        {lines.map((line) => (
          <li key={line}>
            <span aria-hidden="true">⚠ </span>
            {line}
          </li>
        ))}
      </ul>
    ) : null;
  };

  return (
    <>
      <h1>{t("route.matrixTitle")}</h1>
      <p className="meta">{t("route.matrixIntro")}</p>
      {matrix.length === 0 ? (
        <p>{t("route.noRoutes")}</p>
      ) : (
        <AdminTable
          label={t("route.matrixTitle")}
          caption={t("route.matrixCaption")}
          columns={[t("route.country"), t("route.review"), ...fixedRouteIds.map(routeLabel), t("route.schemes")]}
        >
          {matrix.map((row) => (
            <tr key={row.country} data-country={row.country}>
              <th scope="row">
                <Link href={`/admin/profiles/${row.country}/en`}>{row.name}</Link>
              </th>
              <td>
                {row.lastReviewed ? <p>{t("route.reviewed", { date: date(row.lastReviewed) })}</p> : <p>{t("route.noRoutes")}</p>}
                {row.reviewDue ? (
                  <p className={row.overdue ? "font-bold" : "meta"}>
                    {row.overdue ? <span aria-hidden="true">⚠ </span> : null}
                    {t(row.overdue ? "route.overdue" : "route.due", { date: date(row.reviewDue) })}
                  </p>
                ) : null}
              </td>
              {row.fixed.map((cell) => (
                <td key={cell.id} data-route={cell.id} data-gaps={hasGaps(cell) || undefined}>
                  <Link href={editor(row, cell.id)}>
                    <span className="sr-only">{t("route.editCell", { route: routeLabel(cell.id), country: row.name })}: </span>
                    {cell.status ? tr(`status.${cell.status}`) : t("route.missing")}
                  </Link>
                  {gaps(cell)}
                </td>
              ))}
              <td data-route="schemes">
                <p>{t("route.schemeCount", { count: row.schemes.length })}</p>
                {row.schemes.length ? (
                  <ul className="list-none ps-0">
                    {row.schemes.map((cell) => (
                      <li key={cell.id}>
                        <Link href={editor(row, cell.id)}>
                          <span className="sr-only">{t("route.editCell", { route: cell.id, country: row.name })}: </span>
                          {cell.id}
                        </Link>
                        {gaps(cell)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </>
  );
}
