import type { getTranslations } from "next-intl/server";
import type { RouteSectionId } from "@/lib/routes/sections";

type RoutesTranslator = Awaited<ReturnType<typeof getTranslations<"routes">>>;

/** The heading of each section of a route page, in the reader's language. */
export function routeSectionTitle(t: RoutesTranslator, id: RouteSectionId, countryName: string): string {
  return id === "status" ? t("statusHeading", { country: countryName }) : t(id);
}
