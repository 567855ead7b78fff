import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, it } from "node:test";
import { hreflangAlternates } from "@/lib/i18n/alternates";
import { locales, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

const paths = ["/", "/countries", "/countries/germany", "/pathways/eu-blue-card", "/visas", "/glossary", "/updates.xml"];
const pairs: [Locale, string][] = locales.flatMap((locale) => paths.map((path): [Locale, string] => [locale, path]));

describe("localized paths", () => {
  it("lib's localizedPath builds exactly what next-intl's getPathname builds for pages and components", () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", "tests/support/pathnames.ts", JSON.stringify(pairs)], {
      encoding: "utf8",
    });
    const expected = JSON.parse(output) as string[];
    assert.equal(expected.length, pairs.length);
    assert.deepEqual(
      pairs.map(([locale, path]) => localizedPath(locale, path)),
      expected,
    );
    assert.equal(localizedPath("ar", "/"), "/ar");
  });

  it("hreflang alternates list each available language and the default as x-default", () => {
    assert.deepEqual(hreflangAlternates("/guides/x", ["en", "fr"]), {
      en: "/en/guides/x",
      fr: "/fr/guides/x",
      "x-default": "/en/guides/x",
    });
    assert.deepEqual(hreflangAlternates("/", ["ar"]), { ar: "/ar", "x-default": "/en" });
  });
});
