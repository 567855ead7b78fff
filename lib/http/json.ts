import type { ZodError } from "zod";

/** The one JSON error shape of the API: { error: "message" }, with the status and optional headers. */
export function jsonError(status: number, message: string, headers?: Record<string, string>) {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function validationMessage(error: ZodError) {
  return error.issues.map((issue) => issue.message).join("; ");
}
