import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  return (
    <footer className="mt-16 border-t border-line bg-surface py-8">
      <div className="container-page space-y-4">
        <p className="max-w-3xl font-semibold">{t("disclaimer")}</p>
        <nav aria-label={t("about")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/accessibility">{t("accessibility")}</Link>
            </li>
            <li>
              <Link href="/privacy">{t("privacy")}</Link>
            </li>
            <li>
              <Link href="/reviewing">{t("reviewing")}</Link>
            </li>
            <li>
              <Link href="/security">{t("security")}</Link>
            </li>
          </ul>
        </nav>
        <p className="meta">{t("openSource")}</p>
      </div>
    </footer>
  );
}
