// The content API's request checks: which query parameters a list takes, and the {locale} path segment. Bad input is a
// 400 with a message; the handlers turn `ApiRequestError` into that answer.
import { z } from "zod";
import { validationMessage } from "@/lib/http/json";
import { isLocale, locales, type Locale } from "@/lib/i18n/locales";

const localeMessage = `locale must be one of ${locales.join(", ")}`;
export const localeQuerySchema = z.strictObject({ locale: z.enum(locales, localeMessage) });

export class ApiRequestError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

/** `?locale=` of a list, and nothing else. */
export function listLocale(request: Request): Locale {
  const params = new URL(request.url).searchParams;
  const unknown = [...new Set(params.keys())].filter((key) => key !== "locale");
  if (unknown.length) throw new ApiRequestError(400, `Unknown parameter: ${unknown.join(", ")}`);
  if (params.getAll("locale").length > 1) throw new ApiRequestError(400, "locale is given more than once");
  const parsed = localeQuerySchema.safeParse({ locale: params.get("locale") ?? undefined });
  if (!parsed.success) throw new ApiRequestError(400, params.has("locale") ? validationMessage(parsed.error) : "locale is required");
  return parsed.data.locale;
}

/** The {locale} segment of a path. */
export function pathLocale(locale: string): Locale {
  if (!isLocale(locale)) throw new ApiRequestError(400, localeMessage);
  return locale;
}
