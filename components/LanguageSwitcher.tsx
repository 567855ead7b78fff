"use client";
// Links to the current page in every language. Server-rendered (usePathname works during SSR), so it needs no JavaScript.
import { Link, usePathname } from "@/lib/i18n/navigation";
import { localeNames, locales, type Locale } from "@/lib/i18n/locales";

export function LanguageSwitcher({ locale, label, currentLabel }: { locale: Locale; label: string; currentLabel: string }) {
  const href = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {locales.map((candidate) => (
          <li key={candidate}>
            {candidate === locale ? (
              <span aria-current="true" className="font-bold" title={currentLabel}>
                {localeNames[candidate]}
              </span>
            ) : (
              <Link href={href} locale={candidate} lang={candidate} hrefLang={candidate}>
                {localeNames[candidate]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
