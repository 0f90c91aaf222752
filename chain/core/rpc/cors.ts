/**
 * Which browser origins may call the RPC. Clients outside a browser (cosmjs under Node, curl,
 * the CLI) send no `Origin` header and are unaffected; a browser page from an origin that is
 * not allowed gets no CORS headers, so the browser keeps the answer from it, and cannot open a
 * WebSocket (browsers apply no CORS to WebSockets, so the server checks their `Origin` itself).
 */

/** The operator's CORS setting (`rpc.cors` in the node config). */
export interface RpcCorsOptions {
  /**
   * Exact origins (`https://wallet.example`) allowed to call the RPC from a browser; `"*"`
   * allows every origin. Default: none.
   */
  allowedOrigins: readonly string[];
}

/** A decided CORS policy. */
export interface CorsPolicy {
  /** Whether a request with this `Origin` header may proceed (no header: always). */
  allows(origin: string | undefined): boolean;
  /** Headers to add to an answer for `origin`; empty when it is not allowed or absent. */
  headers(origin: string | undefined): Record<string, string>;
}

const PREFLIGHT_HEADERS = {
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Origin, Accept, Content-Type, X-Requested-With",
  "Access-Control-Max-Age": "600",
};

/** The policy of `opts` (no origin allowed when absent). */
export function createCorsPolicy(opts: RpcCorsOptions | undefined): CorsPolicy {
  const origins = new Set(opts?.allowedOrigins ?? []);
  const any = origins.has("*");
  const allowed = (origin: string): boolean => any || origins.has(origin);
  return {
    allows: (origin) => origin === undefined || allowed(origin),
    headers(origin) {
      if (origin === undefined || !allowed(origin)) return {};
      // The answer depends on the Origin header: caches must key on it.
      return { "Access-Control-Allow-Origin": any ? "*" : origin, Vary: "Origin", ...PREFLIGHT_HEADERS };
    },
  };
}
