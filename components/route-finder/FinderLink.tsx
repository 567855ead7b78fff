import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { answersQuery, type Answers } from "@/lib/route-finder/questions";

/** A link into the route finder with what the page already knows (its country or its purpose) filled in. */
export async function FinderLink({ locale, answers, countryName }: { locale: Locale; answers: Answers; countryName?: string }) {
  const t = await getTranslations({ locale, namespace: "finder" });
  const label = countryName ? t("links.country", { country: countryName }) : t("links.pathway");
  const query = answersQuery(answers);
  return (
    <p className="no-print">
      <Link href={`/route${query ? `?${query}` : ""}`} className="button">
        {label}
      </Link>
    </p>
  );
}
