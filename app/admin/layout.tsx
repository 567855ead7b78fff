import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import "../globals.css";
import "./admin.css";
import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { adminLocale, adminTranslations } from "@/lib/auth/page";
import { can } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { directionOf } from "@/lib/i18n/locales";
import { ActionForm } from "@/components/admin/ActionForm";
import { signOut } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: { template: `%s · ${t("title")}`, default: t("title") }, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const locale = await adminLocale();
  const t = await adminTranslations();
  const actor = await currentActor().catch(() => null);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen">
        <NextIntlClientProvider locale={locale} messages={null}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <header className="border-b border-line bg-surface">
            <div className="container-page flex flex-wrap items-center gap-4 py-3">
              <Link href="/admin" className="me-auto text-xl font-bold text-ink no-underline">
                {t("title")}
              </Link>
              {actor ? (
                <nav aria-label={t("navLabel")}>
                  <ul className="flex flex-wrap items-center gap-x-4">
                    <li>
                      <Link href="/admin">{t("profiles")}</Link>
                    </li>
                    <li>
                      <Link href="/admin/routes">{t("routes")}</Link>
                    </li>
                    <li>
                      <Link href="/admin/search-misses">{t("searchMisses")}</Link>
                    </li>
                    <li>
                      <Link href="/admin/feedback">{t("feedback.title")}</Link>
                    </li>
                    {can(actor, "readAudit") ? (
                      <li>
                        <Link href="/admin/audit">{t("audit")}</Link>
                      </li>
                    ) : null}
                    {can(actor, "manageUsers") ? (
                      <li>
                        <Link href="/admin/users">{t("users")}</Link>
                      </li>
                    ) : null}
                    <li>
                      <Link href="/admin/account">{actor.email}</Link> <span className="meta">({t(`role.${actor.role}`)})</span>
                    </li>
                    <li>
                      <ActionForm action={signOut}>
                        <button type="submit" className="underline">
                          {t("signOut")}
                        </button>
                      </ActionForm>
                    </li>
                  </ul>
                </nav>
              ) : null}
            </div>
          </header>
          <main id="main" tabIndex={-1} className="container-page py-8 outline-none">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
