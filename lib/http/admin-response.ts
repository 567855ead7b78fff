// Responses of the back office's POST endpoints. A form posted without JavaScript gets a 303 to the next page, or a small
// HTML page with the error and the status; the editor's script asks for JSON and shows errors next to the fields.
import { ZodError } from "zod";
import { AccessError } from "@/lib/auth/roles";
import { validationMessage } from "./json";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function wantsJson(request: Request) {
  return (request.headers.get("accept") ?? "").includes("application/json");
}

export function adminSuccess(
  request: Request,
  result: { redirect: string; message?: string; data?: Record<string, unknown> },
  headers: Record<string, string> = {},
) {
  if (wantsJson(request)) return Response.json({ ok: true, ...result }, { headers: { "Cache-Control": "no-store", ...headers } });
  // Something to show once (a one-time password): a page of its own rather than a redirect that would lose it.
  if (result.data) {
    const rows = Object.entries(result.data)
      .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd><code>${escapeHtml(String(value))}</code></dd>`)
      .join("");
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Done</title></head><body><main><h1>Done</h1><p>${escapeHtml(result.message ?? "")}</p><dl>${rows}</dl><p><a href="${escapeHtml(result.redirect)}">Continue</a></p></main></body></html>`;
    return new Response(html, {
      status: 200,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
    });
  }
  return new Response(null, { status: 303, headers: { Location: result.redirect, "Cache-Control": "no-store", ...headers } });
}

export function adminFailure(request: Request, status: number, message: string, details: Record<string, unknown> = {}) {
  if (wantsJson(request)) return Response.json({ error: message, ...details }, { status, headers: { "Cache-Control": "no-store" } });
  const back = request.headers.get("referer");
  const safeBack = back && new URL(back, request.url).origin === new URL(request.url).origin ? back : "/admin";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Not done (${status})</title></head><body><main><h1>Not done</h1><p>${escapeHtml(message)}</p>${
    Array.isArray(details.bodyErrors) && details.bodyErrors.length
      ? `<ul>${(details.bodyErrors as string[]).map((e) => `<li>${escapeHtml(e)}</li>`).join("")}</ul>`
      : ""
  }${
    details.fieldErrors
      ? `<ul>${Object.entries(details.fieldErrors as Record<string, string>)
          .map(([f, e]) => `<li>${escapeHtml(f)}: ${escapeHtml(e)}</li>`)
          .join("")}</ul>`
      : ""
  }<p><a href="${escapeHtml(safeBack)}">Back</a></p></main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

/** Maps what a mutation throws to a 4xx: refusals keep their status, invalid input is 400. Anything else is rethrown. */
export function adminError(request: Request, error: unknown) {
  if (error instanceof AccessError)
    return adminFailure(request, error.status, error.message, (error as { details?: Record<string, unknown> }).details);
  if (error instanceof ZodError) return adminFailure(request, 400, validationMessage(error));
  throw error;
}
