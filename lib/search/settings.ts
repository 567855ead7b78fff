// Index settings, kept in code and applied by the indexer: an empty Meilisearch is fully configured by one command.
import type { Settings } from "meilisearch";
import type { Locale } from "@/lib/i18n/locales";

// Meilisearch does not stem words, so everyday forms readers type ("students") are tied to the words pages use
// ("studying"), alongside acronyms and plain-language paraphrases.
const synonymsByLocale: Record<Locale, Record<string, string[]>> = {
  en: {
    ict: ["intra-corporate transfer", "intra-corporate transferee"],
    "blue card": ["eu blue card"],
    diploma: ["qualification", "degree", "recognition"],
    wife: ["spouse", "family reunification"],
    husband: ["spouse", "family reunification"],
    "work visa": ["work permit", "single permit"],
    scam: ["fraud"],
    student: ["studying", "study"],
    students: ["studying", "study"],
  },
  fr: {
    ict: ["transfert temporaire intragroupe"],
    diplôme: ["qualification", "reconnaissance"],
    épouse: ["conjoint", "regroupement familial"],
    arnaque: ["fraude"],
    étudiant: ["études", "étudier"],
    étudiants: ["études", "étudier"],
  },
  es: {
    ict: ["traslado intraempresarial"],
    título: ["homologación", "reconocimiento"],
    esposa: ["cónyuge", "reagrupación familiar"],
    estafa: ["fraude"],
    estudiante: ["estudiar", "estudios"],
    estudiantes: ["estudiar", "estudios"],
  },
  pt: {
    ict: ["transferência dentro da empresa"],
    diploma: ["reconhecimento", "qualificação"],
    esposa: ["cônjuge", "reagrupamento familiar"],
    golpe: ["fraude"],
    estudante: ["estudar", "estudos"],
    estudantes: ["estudar", "estudos"],
  },
  ar: {
    زوجتي: ["الزوج", "لم شمل الأسرة"],
    شهادة: ["الاعتراف بالمؤهلات"],
    احتيال: ["نصب"],
    طالب: ["الدراسة", "الطلاب"],
    طلاب: ["الدراسة", "الطلاب"],
  },
  uk: {
    ict: ["внутрішньокорпоративний переказ"],
    диплом: ["визнання кваліфікацій"],
    дружина: ["подружжя", "возз'єднання сім'ї"],
    шахрайство: ["обман"],
    студент: ["навчання", "студенти"],
    студенти: ["навчання", "студент"],
  },
};

export function indexSettings(locale: Locale): Settings {
  return {
    searchableAttributes: ["title", "section", "summary", "text"],
    filterableAttributes: ["type", "pillar", "country", "locale"],
    sortableAttributes: ["weight"],
    displayedAttributes: ["id", "url", "title", "section", "summary", "text", "type", "pillar", "country", "locale", "lastReviewed"],
    // Attribute before proximity: a match in a page or section title beats scattered words in a long body.
    // Then pathways and hubs before guides, guides before country profiles, when the match is otherwise as good.
    rankingRules: ["words", "typo", "attribute", "weight:desc", "proximity", "sort", "exactness"],
    synonyms: synonymsByLocale[locale],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 7 } },
    pagination: { maxTotalHits: 1000 },
  };
}
