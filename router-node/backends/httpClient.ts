import http from "node:http";
import https from "node:https";
import { RouterError, RouterErrorCode } from "../errors.js";

/** A pooled HTTP client for one upstream base URL. */
export interface UpstreamHttp {
  /**
   * Sends a request and resolves once the response headers arrive; the body is left to read.
   *
   * @throws RouterError `UpstreamUnavailable` when the connection fails; the signal's reason
   *   when aborted.
   */
  request(
    method: "GET" | "POST",
    path: string,
    body: unknown,
    signal: AbortSignal,
    extraHeaders?: Record<string, string>,
  ): Promise<http.IncomingMessage>;
  /** Closes pooled sockets. */
  close(): void;
}

/**
 * Creates an {@link UpstreamHttp} for `baseUrl` (http or https) with keep-alive sockets: a
 * streamed request must not pay a TCP handshake, that would be router overhead.
 */
export function createUpstreamHttp(baseUrl: URL, headers: Record<string, string>): UpstreamHttp {
  const secure = baseUrl.protocol === "https:";
  const agent = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  const prefix = baseUrl.pathname.replace(/\/+$/, "");
  return {
    request(method, path, body, signal, extraHeaders = {}) {
      return new Promise((resolve, reject) => {
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        // A string body is sent as it is (a signed body must be the bytes that were signed).
        const payload =
          body === undefined
            ? undefined
            : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
        const req = (secure ? https : http).request({
          method,
          protocol: baseUrl.protocol,
          hostname: baseUrl.hostname,
          port: baseUrl.port,
          path: `${prefix}${path}`,
          agent,
          headers: {
            accept: "application/json, text/event-stream",
            ...(payload
              ? { "content-type": "application/json", "content-length": String(payload.length) }
              : {}),
            ...headers,
            ...extraHeaders,
          },
        });
        const onAbort = (): void => {
          req.destroy();
          reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
        req.on("response", (res) => {
          // After the headers, the caller owns the response (and the abort of it).
          signal.removeEventListener("abort", onAbort);
          resolve(res);
        });
        req.on("error", (err) => {
          signal.removeEventListener("abort", onAbort);
          reject(
            signal.aborted
              ? signal.reason
              : new RouterError(
                  RouterErrorCode.UpstreamUnavailable,
                  `request to upstream ${baseUrl.origin} failed: ${err.message}`,
                ),
          );
        });
        req.end(payload);
      });
    },
    close() {
      agent.destroy();
    },
  };
}

/** Reads a whole response body as text (for small JSON answers). */
export async function readText(res: http.IncomingMessage): Promise<string> {
  res.setEncoding("utf8");
  let text = "";
  for await (const chunk of res) text += chunk;
  return text;
}
