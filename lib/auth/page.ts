// The guard at the top of every admin page: no session → the sign-in page; a session without the permission → the page
// renders its "not allowed" message instead of its content.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { preferredLocale } from "@/lib/i18n/preferred-locale";
import { can, type Actor, type Permission } from "./roles";
import { currentActor } from "./session";

export async function adminPage(permission: Permission, { passwordPage = false } = {}): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await currentActor();
  if (!actor) redirect("/admin/login");
  if (actor.mustChangePassword && !passwordPage) redirect("/admin/account");
  return { actor, allowed: can(actor, permission) };
}

/** The back office speaks the NEXT_LOCALE cookie's language, else the browser's (Accept-Language), else English. */
export async function adminLocale(): Promise<Locale> {
  return preferredLocale((await cookies()).get("NEXT_LOCALE")?.value, (await headers()).get("accept-language"));
}

export async function adminTranslations() {
  const locale = await adminLocale();
  return getTranslations({ locale, namespace: "admin" });
}

/** Dates and numbers in the back office's language, with the site's named formats ("date", "dateTime"). */
export async function adminFormatter() {
  return getFormatter({ locale: await adminLocale() });
}
