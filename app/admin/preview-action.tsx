"use server";
// Live preview of the profile being edited, rendered by the public page's own component. Checks the session itself.
import { CountryArticle } from "@/components/countries/CountryArticle";
import { can } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { MdxError, parseMdxBody } from "@/lib/content/mdx";
import { fieldErrors, parseFacts, type FormValues } from "@/lib/editorial/facts-form";
import { profileKeySchema } from "@/lib/editorial/workflow";
import { referenceLocale } from "@/lib/i18n/locales";
import { z } from "zod";

const input = z.object({ key: profileKeySchema, values: z.record(z.string(), z.string().max(100_000)), body: z.string().max(100_000) });

export async function previewProfile(country: string, locale: string, values: FormValues, body: string) {
  const actor = await currentActor();
  if (!can(actor, "edit")) return { ok: false as const, problems: ["Sign in with a role that can edit to see the preview."] };
  const parsed = input.safeParse({ key: { country, locale }, values, body });
  if (!parsed.success) return { ok: false as const, problems: parsed.error.issues.map((issue) => issue.message) };
  const { key } = parsed.data;
  const facts = parseFacts(parsed.data.values, key.country, key.locale !== referenceLocale);
  const problems = facts.success ? [] : Object.entries(fieldErrors(facts.error)).map(([field, message]) => `${field}: ${message}`);
  let tree;
  try {
    tree = parseMdxBody(parsed.data.body);
  } catch (error) {
    if (!(error instanceof MdxError)) throw error;
    problems.push(...error.problems);
  }
  if (!facts.success || !tree) return { ok: false as const, problems };
  return {
    ok: true as const,
    node: <CountryArticle locale={key.locale} country={key.country} facts={facts.data} body={tree} outdated={false} />,
  };
}
