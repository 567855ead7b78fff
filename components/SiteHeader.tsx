import { getTranslations } from "next-intl/server";
import { guidancePath } from "@/lib/content/guidance";
import { pillarMessageKey, pillars } from "@/lib/content/pillars";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { SearchForm } from "./SearchForm";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const tMeta = await getTranslations({ locale, namespace: "meta" });
  const tLanguage = await getTranslations({ locale, namespace: "language" });
  const links = [
    ...pillars.map((pillar) => ({ href: guidancePath({ type: "hub", slug: pillar }), label: t(pillarMessageKey[pillar]) })),
    { href: "/countries", label: t("countries") },
  ];
  return (
    <header className="border-b border-line bg-surface">
      <div className="container-page flex flex-wrap items-center gap-4 py-3">
        <Link href="/" className="me-auto text-xl font-bold text-ink no-underline">
          {tMeta("siteName")}
          <span className="ms-2 hidden text-sm font-normal text-muted sm:inline">{tMeta("tagline")}</span>
        </Link>
        <SearchForm locale={locale} />
        <LanguageSwitcher locale={locale} label={tLanguage("label")} currentLabel={tLanguage("current")} />
      </div>
      <nav aria-label={t("main")} className="border-t border-line bg-white">
        <ul className="container-page flex flex-wrap gap-x-6 gap-y-1 py-2">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-block py-1 font-semibold">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
