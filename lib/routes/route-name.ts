// A route's name in the reader's language: the texts' name for a national scheme (or a country's own wording of a fixed
// route), otherwise the registry route's name from the messages. Pages and search documents both name routes this way.
import type messages from "@/messages/en.json";

type FixedRouteNameKey = `names.${keyof (typeof messages)["routes"]["names"]}`;
/** The "routes" namespace's translator, from next-intl's getTranslations or use-intl's createTranslator. */
export type RouteNameTranslator = (key: FixedRouteNameKey, values: { country: string }) => string;

export function routeName(t: RouteNameTranslator, route: { id: string; scheme: boolean; name?: string }, countryName: string): string {
  if (route.name) return route.name;
  if (route.scheme) return route.id;
  return t(`names.${route.id}` as FixedRouteNameKey, { country: countryName });
}
