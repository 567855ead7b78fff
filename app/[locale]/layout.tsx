import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { directionOf, isLocale, locales } from "@/lib/i18n/locales";

// Every page under a locale is prerendered or cached after its first render (see lib/cache/handler.mjs).
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { template: `%s · ${t("siteName")}`, default: t("siteName") }, description: t("homeDescription") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });
  // Client components get only the strings they use (the search box's), not the whole catalogue.
  const { search } = await getMessages({ locale });
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen">
        <NextIntlClientProvider messages={{ search }}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="container-page py-8 outline-none">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
