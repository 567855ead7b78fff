// Trust boundaries of the running portal: what the web server process holds, forged client addresses, and malformed
// requests (none may give a 500).
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { commandLine, findProcesses, processEnvironment } from "../tests/support/processes";
import { e2ePort } from "./editors";

test("the web server's environment holds no Meilisearch master key, and Meilisearch's command line none either", () => {
  const masterKey = readFileSync(path.join(".data", `e2e-${e2ePort}`, "meili-master-key"), "utf8").trim();
  const [web] = findProcesses((line) => line.startsWith(`passage-web:${e2ePort}`));
  expect(web, "the web server process (process title passage-web:<port>)").toBeTruthy();
  const environment = processEnvironment(web!);
  expect(environment.get("MEILI_SEARCH_KEY"), "it has its restricted keys").toBeTruthy();
  expect(environment.get("MEILI_WRITE_KEY")).toBeTruthy();
  expect(environment.has("MEILI_MASTER_KEY")).toBe(false);
  expect([...environment.values()].filter((value) => value.includes(masterKey))).toEqual([]);

  const [meili] = findProcesses((line) => line.includes("meilisearch") && line.includes(`--http-addr 127.0.0.1:${e2ePort + 2}`));
  expect(meili, "the embedded Meilisearch process").toBeTruthy();
  expect(commandLine(meili!)).not.toContain(masterKey);
  expect(commandLine(meili!)).not.toContain("--master-key");
});

test("failed sign-ins are limited per address even with a different forged X-Forwarded-For each time", async ({ request, baseURL }) => {
  // The e2e portal trusts one proxy hop (playwright.config.ts): the last X-Forwarded-For entry plays the address the
  // proxy appended, everything before it is the client's own (forged) words.
  // An address of its own on each run: the counters outlive a run by their 15-minute window.
  const address = `2001:db8::${Date.now().toString(16).slice(-8, -4)}:${Date.now().toString(16).slice(-4)}`;
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 31; attempt += 1) {
    const response = await request.post("/admin/actions/sign-in", {
      headers: { Origin: baseURL!, Accept: "application/json", "X-Forwarded-For": `10.9.${attempt}.1, ${address}` },
      form: { email: `nobody${attempt}@example.org`, password: "not the password" },
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
  expect(statuses[30], "the 31st failure from one address is refused").toBe(429);
});

/** Sends bytes as they are (no client-side URL or header normalisation) and returns the response's status code. */
function rawStatus(target: string, headers: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(e2ePort, "127.0.0.1");
    let received = "";
    socket.setTimeout(20_000, () => socket.destroy(new Error(`no answer for ${target.slice(0, 80)}`)));
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match) {
        socket.destroy();
        resolve(Number(match[1]));
      }
    });
    socket.on("error", reject);
    const request = [`GET ${target} HTTP/1.1`, `Host: localhost:${e2ePort}`, ...headers, "Connection: close", "", ""].join("\r\n");
    socket.write(Buffer.from(request, "latin1"));
  });
}

const longSegment = "a".repeat(5000);
const malformedTargets = [
  "/en/%ff",
  "/en/%",
  "/en/guides/%25",
  "/en/guides/%ff%fe",
  "/en/countries/%E0%A4%A",
  "/%E0%A4%A",
  "/%ff",
  "/ar/%C0%80",
  "/fr/%ED%A0%80",
  `/en/${longSegment}`,
  `/en/guides/${longSegment}`,
  `/en/countries/${longSegment}`,
  `/${longSegment}`,
  "/en?q=%ff%fe",
  "/en/search?q=%ff",
  "/en/search?q=%E0%A4%A&page=%ff",
  `/en/search?q=${"%C3%A9".repeat(1000)}`,
  "/api/search?q=%ff&locale=en",
  "/api/search?q=%E0%A4%A&locale=%ff",
  "/api/%ff",
  "/admin/%ff",
  "/admin/login?error=%ff",
  "/_next/static/%ff",
  "/updates.xml?%ff=%ff",
  "/en/updates.xml?x=%E0%A4%A",
  "/sitemap.xml?%ff",
  "/en/countries/germany?%ff=1",
  "/en/countries/..%2f..%2fetc%2fpasswd",
  "/en/countries/%00",
  "/en//guides",
  "//en",
];

test("no malformed path or query gives a server error", async () => {
  const failures: string[] = [];
  for (const target of malformedTargets) {
    const status = await rawStatus(target, ["X-Forwarded-For: 203.0.113.200"]);
    if (status >= 500) failures.push(`${status} ${target.slice(0, 80)}`);
  }
  expect(failures).toEqual([]);
});

test("a path with a malformed percent-encoding under a locale is that locale's 404 page", async ({ request }) => {
  for (const [target, lang] of [
    ["/en/%ff", "en"],
    ["/fr/guides/%E0%A4%A", "fr"],
    ["/ar/%C0%80", "ar"],
  ] as const) {
    const response = await request.get(target);
    expect(response.status(), target).toBe(404);
    expect(await response.text()).toContain(`<html lang="${lang}"`);
  }
  expect(await rawStatus("/%ff")).toBe(400);
});

const oddHeaders = [
  ["Accept-Language: \xff\xfe;q=x"],
  ["Accept-Language: *;q=2, en;q=-1, ;q=, xx-YY-ZZ-1234567890"],
  [`Accept-Language: ${"fr,".repeat(2000)}`],
  ["Cookie: NEXT_LOCALE=%ff; passage_session=%%%"],
  ["Cookie: NEXT_LOCALE=xx; NEXT_LOCALE=ar"],
  [`Cookie: passage_session=${"z".repeat(4000)}`],
  ["Cookie: \xff\xfe=\xff"],
  ["X-Forwarded-For: not an address, \xff"],
  ["X-Forwarded-Host: evil.example", "X-Forwarded-Proto: gopher"],
  ["X-Passage-Client: 1.2.3.4"],
  ["Content-Type: %ff"],
  ["If-None-Match: \xff", "If-Modified-Since: yesterday"],
  ["Range: bytes=abc"],
];

test("no odd header gives a server error", async () => {
  const failures: string[] = [];
  for (const headers of oddHeaders)
    for (const target of ["/", "/en", "/en/countries/germany", "/en/search?q=visa", "/api/search?q=visa&locale=en", "/admin"]) {
      const status = await rawStatus(target, ["X-Forwarded-For: 203.0.113.201", ...headers]);
      if (status >= 500) failures.push(`${status} ${target} with ${headers.join(" | ").slice(0, 60)}`);
    }
  expect(failures).toEqual([]);
});
