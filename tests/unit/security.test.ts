import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { authCookieName } from "@/lib/auth/cookie-names";
import { newRecoveryCode, normalizeRecoveryCode } from "@/lib/auth/recovery-codes";
import { newTotpSecret, normalizeTotpSecret, totpCode, totpStep, totpUri } from "@/lib/auth/totp";
import { parseEnv } from "@/lib/env";
import { HSTS_VALUE, transportSecurityHeader } from "@/lib/http/transport-security";
import { parseSecurityTxt, securityTxt } from "@/lib/site/security-txt";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("security.txt", () => {
  it("has every RFC 9116 field, from defaults, with Expires in the future and less than a year ahead", () => {
    const now = new Date("2026-12-05T10:00:00Z");
    const fields = parseSecurityTxt(securityTxt({ siteUrl: "https://passage.example.org", days: 180 }, now));
    assert.deepEqual(fields.get("contact"), ["mailto:security@passage.example.org"]);
    assert.deepEqual(fields.get("preferred-languages"), ["en, fr, es, pt, ar, uk"]);
    assert.deepEqual(fields.get("canonical"), ["https://passage.example.org/.well-known/security.txt"]);
    assert.deepEqual(fields.get("policy"), ["https://passage.example.org/en/security"]);
    const expires = Date.parse(fields.get("expires")![0]!);
    assert.ok(expires > now.getTime() + 179 * DAY_MS && expires < now.getTime() + 365 * DAY_MS);
    assert.match(fields.get("expires")![0]!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("takes its values from the environment: several contacts, a policy, languages", () => {
    const env = parseEnv({
      SECURITY_CONTACT: "mailto:cert@example.org, https://example.org/report",
      SECURITY_POLICY_URL: "https://example.org/disclosure",
      SECURITY_LANGUAGES: "en, fr",
      SECURITY_TXT_DAYS: "30",
    });
    const text = securityTxt({
      siteUrl: "https://example.org",
      contact: env.SECURITY_CONTACT,
      policyUrl: env.SECURITY_POLICY_URL,
      languages: env.SECURITY_LANGUAGES,
      days: env.SECURITY_TXT_DAYS,
    });
    const fields = parseSecurityTxt(text);
    assert.deepEqual(fields.get("contact"), ["mailto:cert@example.org", "https://example.org/report"]);
    assert.deepEqual(fields.get("policy"), ["https://example.org/disclosure"]);
    assert.deepEqual(fields.get("preferred-languages"), ["en, fr"]);
  });

  it("refuses a contact that is neither mailto: nor https:, and a validity over a year", () => {
    assert.throws(() => parseEnv({ SECURITY_CONTACT: "security@example.org" }), /SECURITY_CONTACT/);
    assert.throws(() => parseEnv({ SECURITY_CONTACT: "http://example.org" }), /SECURITY_CONTACT/);
    assert.throws(() => parseEnv({ SECURITY_TXT_DAYS: "400" }), /SECURITY_TXT_DAYS/);
  });
});

describe("https deployments", () => {
  it("send Strict-Transport-Security over https only", () => {
    assert.equal(transportSecurityHeader("https://passage.example.org"), HSTS_VALUE);
    assert.match(HSTS_VALUE, /^max-age=31536000\b/);
    assert.equal(transportSecurityHeader("http://localhost:3000"), undefined);
    assert.equal(transportSecurityHeader(undefined), undefined);
  });

  it("give the back office's cookies the __Host- prefix over https only", () => {
    assert.equal(authCookieName("passage_session", "https://passage.example.org"), "__Host-passage_session");
    assert.equal(authCookieName("passage_session", "http://localhost:3000"), "passage_session");
  });
});

describe("TOTP and recovery codes", () => {
  it("accepts the code of the current step and its neighbours only, as RFC 6238's SHA-1, 6 digits, 30 s", () => {
    // RFC 6238 appendix B: the SHA-1 test secret "12345678901234567890" at T = 59 s gives 94287082 (8 digits); 287082 in 6.
    const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    assert.equal(totpCode(rfcSecret, 59_000), "287082");
    const secret = newTotpSecret();
    const now = Date.now();
    const step = Math.floor(now / 30_000);
    assert.equal(totpStep(secret, totpCode(secret, now), now), step);
    assert.equal(totpStep(secret, totpCode(secret, now + 30_000), now), step + 1);
    assert.equal(totpStep(secret, totpCode(secret, now - 30_000), now), step - 1);
    assert.equal(totpStep(secret, totpCode(secret, now + 90_000), now), null);
    assert.equal(totpStep(secret, "12345", now), null);
    assert.match(
      totpUri(secret, "ana@example.org"),
      /^otpauth:\/\/totp\/Passage:ana%40example\.org\?issuer=Passage&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/,
    );
  });

  it("reads a secret as typed and refuses what is not base32", () => {
    assert.equal(normalizeTotpSecret("jbsw y3dp ehpk 3pxp"), "JBSWY3DPEHPK3PXP");
    assert.equal(normalizeTotpSecret("not a secret!"), null);
    assert.equal(normalizeTotpSecret("JBSWY3DP"), null, "too short");
  });

  it("makes recovery codes of 60 random bits and reads them back however they are typed", () => {
    const code = newRecoveryCode();
    assert.match(code, /^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
    assert.equal(normalizeRecoveryCode(` ${code.toUpperCase().replace(/-/g, " ")} `), code.replace(/-/g, ""));
    assert.equal(normalizeRecoveryCode("123456"), null);
    assert.equal(normalizeRecoveryCode("iiii-llll-oooo"), null);
  });
});
