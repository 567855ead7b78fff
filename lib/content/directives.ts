// The EU legal-migration directives a country profile says apply, each with its official text on EUR-Lex.
import type { DirectiveKey } from "./schema";

export const directiveSources: Record<DirectiveKey, string> = {
  blueCard: "https://eur-lex.europa.eu/eli/dir/2021/1883/oj",
  singlePermit: "https://eur-lex.europa.eu/eli/dir/2024/1233/oj",
  studentsResearchers: "https://eur-lex.europa.eu/eli/dir/2016/801/oj",
  seasonalWorkers: "https://eur-lex.europa.eu/eli/dir/2014/36/oj",
  intraCorporateTransfer: "https://eur-lex.europa.eu/eli/dir/2014/66/oj",
  familyReunification: "https://eur-lex.europa.eu/eli/dir/2003/86/oj",
  longTermResidents: "https://eur-lex.europa.eu/eli/dir/2003/109/oj",
};

/** The Schengen Borders Code, which defines the area without internal border checks. */
export const schengenSource = "https://eur-lex.europa.eu/eli/reg/2016/399/oj";
/** The EU's own list of its member states, with each country's official languages. */
export const euCountriesSource = "https://european-union.europa.eu/principles-countries-history/eu-countries_en";
