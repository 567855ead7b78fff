// Trust boundaries of the running portal: what the web server process holds, forged client addresses, and malformed
// requests (none may give a 500).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
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

test("failed sign-ins are limited per address even with a different forged X-Forwarded-For each time", async ({
  page,
  request,
  baseURL,
}) => {
  // The e2e portal trusts one proxy hop (playwright.config.ts): the last X-Forwarded-For entry plays the address the
  // proxy appended, everything before it is the client's own (forged) words.
  // An address of its own on each run: the counters outlive a run by their 15-minute window.
  const address = `2001:db8::${Date.now().toString(16).slice(-8, -4)}:${Date.now().toString(16).slice(-4)}`;
  // The sign-in form's fields (the server action's id included), posted over HTTP as a browser without JavaScript would.
  await page.goto("/admin/login");
  const form = page.locator("form").filter({ has: page.getByLabel("Password") });
  const fields = Object.fromEntries(
    await form.evaluate((element: HTMLFormElement) => [...new FormData(element)].map(([name, value]) => [name, String(value)])),
  ) as Record<string, string>;
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < 31; attempt += 1) {
    const response = await request.post("/admin/login", {
      headers: { Origin: baseURL!, "X-Forwarded-For": `10.9.${attempt}.1, ${address}` },
      multipart: { ...fields, email: `nobody${attempt}@example.org`, password: "not the password" },
    });
    const html = await response.text();
    outcomes.push(
      html.includes("Too many failed attempts") ? "throttled" : html.includes("Sign-in failed") ? "failed" : `other ${response.status()}`,
    );
  }
  expect(outcomes.slice(0, 30)).toEqual(Array(30).fill("failed"));
  expect(outcomes[30], "the 31st failure from one address is refused").toBe("throttled");
});

/** GET from a chosen local address (any of 127.0.0.0/8 reaches the loopback), resolving with the status code. */
function statusFrom(port: number, target: string, localAddress: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: target, localAddress, headers, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

test("two web instances count one search limit, and with no trusted proxy a forged X-Forwarded-For is ignored", async () => {
  test.setTimeout(120_000);
  // A second instance (`npm run start:web`) on the same build, database and Meilisearch, trusting no proxy; it gets the
  // restricted keys the first one runs with.
  const [first] = findProcesses((line) => line.startsWith(`passage-web:${e2ePort}`));
  const firstEnvironment = processEnvironment(first!);
  const port = await freePort();
  const second = spawn(process.execPath, ["--import", "tsx", "scripts/web-server.ts"], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      NEXT_DIST_DIR: firstEnvironment.get("NEXT_DIST_DIR"),
      DATABASE_URL: firstEnvironment.get("DATABASE_URL"),
      MEILI_HOST: firstEnvironment.get("MEILI_HOST"),
      MEILI_SEARCH_KEY: firstEnvironment.get("MEILI_SEARCH_KEY"),
      MEILI_WRITE_KEY: firstEnvironment.get("MEILI_WRITE_KEY"),
      SEARCH_INDEX_PREFIX: firstEnvironment.get("SEARCH_INDEX_PREFIX"),
      SEARCH_RATE_LIMIT: firstEnvironment.get("SEARCH_RATE_LIMIT"),
      TRUSTED_PROXY_HOPS: "0",
      // Its searches are what this test is about: a warm-up of every page meanwhile would compete with them on a busy
      // machine (and with the first instance's database) for nothing.
      PAGE_CACHE_WARM_UP: "off",
    } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await expect
      .poll(() => statusFrom(port, "/api/health", "127.0.0.1", {}).catch(() => 0), { timeout: 60_000, intervals: [500] })
      .toBe(200);
    // A loopback address of its own on each run: the counters outlive a run by their one-minute window.
    const client = `127.${1 + (Date.now() % 200)}.${Math.floor(Date.now() / 1000) % 250}.9`;
    const statuses: number[] = [];
    for (let i = 0; i < 61; i += 1) {
      const forged = `10.${i}.0.1`;
      // The first instance trusts one proxy, played here by the last X-Forwarded-For entry; the second trusts none, so
      // the connection's own address counts and the forged header is ignored.
      statuses.push(
        i % 2
          ? await statusFrom(port, "/api/search?q=visa&locale=en", client, { "X-Forwarded-For": forged })
          : await statusFrom(e2ePort, "/api/search?q=visa&locale=en", "127.0.0.1", { "X-Forwarded-For": `${forged}, ${client}` }),
      );
    }
    expect(statuses.slice(0, 60)).toEqual(Array(60).fill(200));
    expect(statuses[60], "the 61st request, over both instances, is refused").toBe(429);
  } finally {
    second.kill("SIGTERM");
  }
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
