import { getLocale } from "next-intl/server";
import { NotFoundMessage } from "@/components/NotFoundMessage";
import { isLocale } from "@/lib/i18n/locales";

// Used where notFound() is still thrown (and JavaScript then renders it); readers normally get the server-rendered
// 404 from lib/http/not-found.ts.
export default async function NotFound() {
  const current = await getLocale();
  return <NotFoundMessage locale={isLocale(current) ? current : "en"} />;
}
