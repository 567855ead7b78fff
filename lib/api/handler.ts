// One wrapper for the content API's GET handlers: a refused request becomes its 400/404 JSON answer, anything
// unexpected a 503 JSON answer (logged), never Next's HTML 500 page.
import { jsonError } from "@/lib/http/json";
import { ApiRequestError } from "./requests";

export function apiGet<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiRequestError) return jsonError(error.status, error.message);
      console.error(`API ${new URL(request.url).pathname.slice(0, 200)} failed:`, error);
      return jsonError(503, "The content API is temporarily unavailable. Please try again in a few minutes.", { "Retry-After": "30" });
    }
  };
}
