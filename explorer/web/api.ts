/** The page's calls to the explorer server's JSON API. */
import type { ErrorResponse } from "../shared/api.js";

/** An API answer that is not 200: `status` and the server's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorResponse,
  ) {
    super(body.message);
  }
}

/**
 * GETs `/api/<path>` and returns its JSON.
 * @throws ApiError for a non-200 answer; a network failure as the browser's error.
 */
export async function get<T>(path: string): Promise<T> {
  const res = await fetch(`/api/${path}`, { headers: { accept: "application/json" } });
  const body = (await res
    .json()
    .catch(() => ({ error: "internal", message: `HTTP ${res.status}` }))) as unknown;
  if (!res.ok) throw new ApiError(res.status, body as ErrorResponse);
  return body as T;
}

/** A path segment, encoded. */
export const seg = (s: string | number): string => encodeURIComponent(String(s));
