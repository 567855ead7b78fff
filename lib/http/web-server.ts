// The web server: Node's HTTP server in front of Next's request handler (Next's documented custom server). It exists
// for what Next cannot do itself: decide the client address from the socket and the trusted proxies before any route
// sees the request, answer requests Next would fail on, set how long shared caches keep a response, and answer plain
// requests for cached pages from their ready copies (lib/http/ready-response.ts). Everything else is Next's.
import { createServer, type IncomingMessage, type Server } from "node:http";
import next from "next";
import { locales } from "@/lib/i18n/locales";
import { applyCachePolicy } from "./cache-control";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";
import { CORS_HEADERS } from "./cors";
import { INTERNAL_RENDER_HEADER, isInternalRender } from "./not-found";
import { sendReadyPage } from "./ready-response";
import { createRenderQueue, needsAdmission } from "./render-queue";
import { transportSecurityHeader } from "./transport-security";

export interface WebServerOptions {
  /** The project folder (holds next.config.mjs and the build). */
  dir: string;
  dev: boolean;
  port: number;
  /** The interface to listen on; every interface when unset. */
  hostname?: string;
  /** See TRUSTED_PROXY_HOPS in lib/env.ts. */
  trustedProxyHops: number;
  /** SITE_URL: over https every response gets Strict-Transport-Security. */
  siteUrl?: string;
}

/**
 * The request as routes will see it: the client address in a header only this server sets, and X-Forwarded-For
 * reduced to that one address, so nothing downstream can read a forged one. Without trusted proxies the forwarded
 * host and protocol are the client's own words too, and are dropped.
 */
export function setClientAddress(request: IncomingMessage, trustedProxyHops: number) {
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxyHops);
  delete request.headers[CLIENT_ADDRESS_HEADER];
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  request.headers["x-forwarded-for"] = address;
  if (trustedProxyHops === 0) {
    delete request.headers["x-forwarded-host"];
    delete request.headers["x-forwarded-proto"];
  }
}

function headerValue(value: string | string[] | undefined) {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** Path of a page that does not exist: Next renders the localized 404 page for it. */
const NOT_FOUND_PATH = "invalid-address";

export type RequestTargetCheck = { ok: true } | { ok: false; rewrite: string } | { ok: false; status: 400; message: string };

/**
 * Next 16 answers a path that is not valid percent-encoded UTF-8 in a dynamic segment (/en/%ff: "failed to decode
 * param") with a 500, before proxy.ts or any route of ours runs. Under a locale, such a path is sent to a page that does
 * not exist, so the reader gets the localized 404 page; any other undecodable path is a plain 400.
 */
export function checkRequestTarget(url: string | undefined): RequestTargetCheck {
  if (!url || !url.startsWith("/")) return { ok: false, status: 400, message: "The request target must be a path." };
  const path = url.split("?")[0]!;
  try {
    decodeURIComponent(path);
    return { ok: true };
  } catch {
    const locale = locales.find((candidate) => path === `/${candidate}` || path.startsWith(`/${candidate}/`));
    if (locale) return { ok: false, rewrite: `/${locale}/${NOT_FOUND_PATH}` };
    return { ok: false, status: 400, message: "The address is not valid percent-encoded UTF-8." };
  }
}

export async function createWebServer(options: WebServerOptions): Promise<{ server: Server; close(): Promise<void> }> {
  const app = next({ dev: options.dev, dir: options.dir, hostname: options.hostname ?? "localhost", port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const hsts = transportSecurityHeader(options.siteUrl);
  const renders = createRenderQueue();

  const server = createServer((request, response) => {
    if (hsts) response.setHeader("Strict-Transport-Security", hsts);
    const target = checkRequestTarget(request.url);
    if (!target.ok && "status" in target) {
      // The APIs answer every error in their JSON shape (lib/http/json.ts), this one too.
      const api = request.url?.startsWith("/api/");
      response
        .writeHead(target.status, {
          "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
          "Cache-Control": "no-store",
          ...(api ? CORS_HEADERS : {}),
        })
        .end(api ? JSON.stringify({ error: target.message }) : `${target.message}\n`);
      return;
    }
    if (!target.ok) request.url = target.rewrite;
    else if (sendReadyPage(request, response)) return;
    setClientAddress(request, options.trustedProxyHops);
    applyCachePolicy(response);
    const answer = () =>
      handle(request, response).catch((error: unknown) => {
        console.error(`Request ${request.method} ${request.url?.slice(0, 200)} failed:`, error);
        if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        response.end();
      });
    // A page render made for another one (the localized 404 page) must not wait behind the render that waits for it.
    const internal = isInternalRender(headerValue(request.headers[INTERNAL_RENDER_HEADER]));
    if (needsAdmission(request) && !internal) renders.admit(request, response, answer);
    else void answer();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    if (options.hostname) server.listen(options.port, options.hostname, () => resolve());
    else server.listen(options.port, () => resolve());
  });

  return {
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      await app.close();
    },
  };
}
