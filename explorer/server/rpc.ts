/**
 * A chain's CometBFT JSON-RPC over HTTP POST, as the explorer uses it: every call has a timeout,
 * a connection failure is `chainDown` and a JSON-RPC error is `rpcError` with the node's message.
 */
import { errorMessage } from "../../chain/core/errors/index.js";
import { ExplorerError, ExplorerErrorCode } from "./errors.js";

/** JSON-RPC calls to one chain node. */
export interface ChainRpc {
  /** `l1`, `l2`: how pages name the chain. */
  readonly key: string;
  readonly url: string;
  /**
   * Calls `method` with named `params` and returns its `result`.
   * @throws ExplorerError chainDown (no answer) or rpcError (the node's JSON-RPC error).
   */
  call<T>(method: string, params?: Record<string, unknown>): Promise<T>;
}

/** Creates the JSON-RPC caller of the node at `url` (http or https). */
export function createChainRpc(key: string, url: string, timeoutMs = 5000): ChainRpc {
  let id = 0;
  return {
    key,
    url,
    async call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      let body: { result?: T; error?: { message?: string; data?: string } };
      try {
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        body = (await res.json()) as typeof body;
      } catch (err) {
        const cause = (err as { cause?: { code?: string } }).cause?.code ?? errorMessage(err);
        throw new ExplorerError(
          ExplorerErrorCode.chainDown,
          `${key} node at ${url} does not answer (${cause})`,
          key,
        );
      }
      if (body.error) {
        throw new ExplorerError(
          ExplorerErrorCode.rpcError,
          `${key} ${method}: ${[body.error.message, body.error.data].filter(Boolean).join(": ")}`,
          key,
        );
      }
      return body.result as T;
    },
  };
}

/** True when `err` is the node's "not found"-style answer for a height or hash that does not exist. */
export function isMissing(err: unknown): boolean {
  return (
    err instanceof ExplorerError &&
    err.code === ExplorerErrorCode.rpcError &&
    /not found|must be less than or equal|height \d+ is not available|greater than|invalid height|no such/i.test(
      err.message,
    )
  );
}
