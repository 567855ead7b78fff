// Index settings, kept in code and applied by the indexer: an empty Meilisearch is fully configured by one command.
import type { Settings } from "meilisearch";
import type { Locale } from "@/lib/i18n/locales";

const synonymsByLocale: Record<Locale, Record<string, string[]>> = {
  en: {
    ict: ["intra-corporate transfer", "intra-corporate transferee"],
    "blue card": ["eu blue card"],
    diploma: ["qualification", "degree", "recognition"],
    wife: ["spouse", "family reunification"],
    husband: ["spouse", "family reunification"],
    "work visa": ["work permit", "single permit"],
    scam: ["fraud"],
  },
  fr: { ict: ["transfert temporaire intragroupe"], diplôme: ["qualification", "reconnaissance"], épouse: ["conjoint", "regroupement familial"], arnaque: ["fraude"] },
  es: { ict: ["traslado intraempresarial"], título: ["homologación", "reconocimiento"], esposa: ["cónyuge", "reagrupación familiar"], estafa: ["fraude"] },
  pt: { ict: ["transferência dentro da empresa"], diploma: ["reconhecimento", "qualificação"], esposa: ["cônjuge", "reagrupamento familiar"], golpe: ["fraude"] },
  ar: { زوجتي: ["الزوج", "لم شمل الأسرة"], شهادة: ["الاعتراف بالمؤهلات"], احتيال: ["نصب"] },
  uk: { ict: ["внутрішньокорпоративний переказ"], диплом: ["визнання кваліфікацій"], дружина: ["подружжя", "возз'єднання сім'ї"], шахрайство: ["обман"] },
};

export function indexSettings(locale: Locale): Settings {
  return {
    searchableAttributes: ["title", "section", "text"],
    filterableAttributes: ["type", "pillar", "country", "locale"],
    displayedAttributes: ["id", "url", "title", "section", "text", "type", "pillar", "country", "locale", "lastReviewed"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    synonyms: synonymsByLocale[locale],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 1000 },
  };
}
