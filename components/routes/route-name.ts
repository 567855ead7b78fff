// A route's name in the reader's language: the texts' name for a national scheme (or a country's own wording of a fixed
// route), otherwise the registry route's name from the messages.
import type { getTranslations } from "next-intl/server";

type RoutesTranslator = Awaited<ReturnType<typeof getTranslations<"routes">>>;

export function routeName(t: RoutesTranslator, route: { id: string; scheme: boolean; name?: string }, countryName: string): string {
  if (route.name) return route.name;
  if (route.scheme) return route.id;
  return t(`names.${route.id}` as Parameters<RoutesTranslator>[0], { country: countryName });
}
