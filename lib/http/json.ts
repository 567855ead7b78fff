import type { ZodError } from "zod";
import { CORS_HEADERS } from "./cors";

/** The one JSON error shape of the API: { error: "message" }, with the status and optional headers; readable cross-origin. */
export function jsonError(status: number, message: string, headers?: Record<string, string>) {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...CORS_HEADERS, ...headers } });
}

export function validationMessage(error: ZodError) {
  return error.issues.map((issue) => issue.message).join("; ");
}
