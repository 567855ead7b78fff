import { env, siteUrl } from "@/lib/env";
import { securityTxt } from "@/lib/site/security-txt";

// Rendered at build, then again once a day, so its Expires always lies months ahead while it is served from cache.
export const revalidate = 86400;

export function GET() {
  const { SECURITY_CONTACT, SECURITY_POLICY_URL, SECURITY_LANGUAGES, SECURITY_TXT_DAYS } = env();
  const text = securityTxt({
    siteUrl: siteUrl(),
    contact: SECURITY_CONTACT,
    policyUrl: SECURITY_POLICY_URL,
    languages: SECURITY_LANGUAGES,
    days: SECURITY_TXT_DAYS,
  });
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
