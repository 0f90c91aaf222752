import { BatcherError, BatcherErrorCode } from "./errors.js";

/** `tcp://host:port` (CometBFT style) or `http://…` → an `http(s)://` base URL without a trailing slash. */
export function httpUrl(url: string): string {
  return url.replace(/^tcp:\/\//, "http://").replace(/\/+$/, "");
}

/**
 * One JSON-RPC 2.0 call over HTTP POST to a strata (CometBFT-shaped) node.
 * @throws BatcherError(BadAnswer) for a JSON-RPC error (its message and data) or a malformed
 *   answer; the fetch error when the node cannot be reached.
 */
export async function jsonRpc<T>(
  url: string,
  method: string,
  params: Record<string, unknown>,
  timeoutMs = 10_000,
): Promise<T> {
  const res = await fetch(httpUrl(url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body: { result?: T; error?: { code?: number; message?: string; data?: string } };
  try {
    body = JSON.parse(text);
  } catch {
    throw new BatcherError(BatcherErrorCode.BadAnswer, `${method}: HTTP ${res.status}, not JSON`);
  }
  if (body.error)
    throw new BatcherError(
      BatcherErrorCode.BadAnswer,
      `${method}: ${body.error.message ?? "error"}${body.error.data ? `: ${body.error.data}` : ""}`,
      { rpcCode: body.error.code },
    );
  if (body.result === undefined)
    throw new BatcherError(BatcherErrorCode.BadAnswer, `${method}: answer without a result`);
  return body.result;
}
