import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Callout } from "@/components/Callout";
import { guidancePath } from "@/lib/content/guidance";
import { pillarMessageKey, pillars } from "@/lib/content/pillars";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    ...pageMetadata({ locale, path: "/", title: t("homeTitle"), description: t("homeDescription") }),
    title: { absolute: t("homeTitle") },
  };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const finder = await getTranslations({ locale, namespace: "finder" });
  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="find-your-route" className="card my-6 border-brand bg-brand-soft">
        <h2 id="find-your-route" className="mt-0">
          {finder("links.home")}
        </h2>
        <p>{finder("links.homeText")}</p>
        <Link href="/route" className="button">
          {finder("links.homeButton")}
        </Link>
      </section>
      <p className="prose-passage text-step-1">{t("intro")}</p>
      <h2>{t("pillarsHeading")}</h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {pillars.map((pillar) => (
          <li key={pillar}>
            <Link href={guidancePath({ type: "hub", slug: pillar })} className="card h-full no-underline">
              <span className="block text-step-1 font-bold text-brand underline">{nav(pillarMessageKey[pillar])}</span>
              <span className="mt-1 block text-ink">{t(`pillars.${pillarMessageKey[pillar]}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="prose-passage">
        <h2>{t("trustHeading")}</h2>
        <p>{t("trustText")}</p>
        <Callout type="warning" title={t("fraudTitle")}>
          <p>{t("fraudText")}</p>
        </Callout>
      </div>
    </>
  );
}
