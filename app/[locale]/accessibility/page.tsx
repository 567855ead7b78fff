import type { Metadata } from "next";
import { InfoPage, infoPageTitle } from "@/components/InfoPage";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  return pageMetadata({ locale, path: "/accessibility", ...(await infoPageTitle(locale, "accessibility")) });
}

export default async function Page({ params }: Props) {
  return <InfoPage locale={await localeParam(params)} name="accessibility" />;
}
