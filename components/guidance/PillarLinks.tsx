import { pillarStartingPoints } from "@/lib/content/guidance";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** Where to start instead of a search: each pillar's hub and its first pathways and guides, in the reader's language. */
export async function PillarLinks({ locale }: { locale: Locale }) {
  return (
    <ul className="mt-2 grid gap-4 sm:grid-cols-2">
      {(await pillarStartingPoints(locale)).map(({ hub, pages }) => (
        <li key={hub.path}>
          <a href={getPathname({ href: hub.path, locale: hub.locale })} className="font-semibold">
            {hub.title}
          </a>
          <ul className="list-disc ps-6 text-step--1">
            {pages.map((page) => (
              <li key={page.path}>
                <a href={getPathname({ href: page.path, locale: page.locale })} lang={page.locale}>
                  {page.title}
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
