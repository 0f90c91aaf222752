import { strata } from "../../../proto/gen/strata.js";
import { errorMessage } from "../errors/index.js";
import type { Logger } from "../log/index.js";

// The production gate of a child chain (chain/core/rollup/ROLLUP.md, "Batcher and production
// gate"): a node does not start height h while too many of its blocks are not yet accepted on the
// parent. It only ever delays the moment a height starts; it never changes what a block holds, so
// it affects liveness, never the state transition.

/** Decides when a driver (solo producer or BFT) may start a height. */
export interface ProductionGate {
  /**
   * Resolves once height `height` may start (at once when it may already).
   * @throws the signal's reason when `signal` aborts first (the driver is stopping).
   */
  waitOpen(height: number, signal: AbortSignal): Promise<void>;
}

/** Where the gate reads how far the parent has accepted this chain's blocks. */
export interface ParentProgress {
  /**
   * The last child height the parent accepted (`Rollup.last_number`, 0 before the first).
   * @throws when the parent cannot be asked now (the gate keeps its last known answer).
   */
  lastAccepted(): Promise<number>;
}

/** Options of {@link UnpostedBlocksGate}. */
export interface UnpostedBlocksGateOptions {
  /**
   * Height h may start only when `h − lastAccepted ≤ maxUnpostedBlocks`: at most this many of the
   * chain's blocks are ever not accepted on the parent. Must be ≥ 1.
   */
  maxUnpostedBlocks: number;
  /** How often the parent is asked again while the gate is closed, ms (default 500). */
  pollMs?: number;
}

/**
 * The gate `rollup.maxUnpostedBlocks` configures. It keeps the parent's last answer: the parent's
 * `last_number` only grows, so a stale answer can only close the gate early, never open it
 * wrongly. While a height is admitted by the known answer the parent is not asked at all; once it
 * is not, the parent is asked every `pollMs` until it is (a parent outage keeps it closed). Logs
 * once when it pauses and once when it resumes.
 */
export class UnpostedBlocksGate implements ProductionGate {
  private known = 0;
  private readonly pollMs: number;

  constructor(
    private readonly parent: ParentProgress,
    private readonly opts: UnpostedBlocksGateOptions,
    private readonly logger: Logger,
  ) {
    if (!Number.isSafeInteger(opts.maxUnpostedBlocks) || opts.maxUnpostedBlocks < 1)
      throw new RangeError(`maxUnpostedBlocks must be an integer ≥ 1, got ${opts.maxUnpostedBlocks}`);
    this.pollMs = opts.pollMs ?? 500;
  }

  /** The parent's last accepted height as last seen (0 before any answer). */
  lastKnown(): number {
    return this.known;
  }

  /** True when height `height` may start by the last known answer. */
  admits(height: number): boolean {
    return height - this.known <= this.opts.maxUnpostedBlocks;
  }

  async waitOpen(height: number, signal: AbortSignal): Promise<void> {
    if (this.admits(height)) return;
    let paused = false;
    let lastError: string | undefined;
    for (;;) {
      signal.throwIfAborted();
      try {
        const n = await this.parent.lastAccepted();
        if (n > this.known) this.known = n;
        lastError = undefined;
      } catch (err) {
        const msg = errorMessage(err);
        if (msg !== lastError) this.logger.warn("production gate: parent unreachable", { err: msg });
        lastError = msg;
      }
      if (this.admits(height)) break;
      if (!paused) {
        paused = true;
        this.logger.warn("block production paused: too many blocks not accepted on the parent", {
          height,
          parentLastAccepted: this.known,
          maxUnpostedBlocks: this.opts.maxUnpostedBlocks,
        });
      }
      await sleep(this.pollMs, signal);
    }
    if (paused) this.logger.info("block production resumed", { height, parentLastAccepted: this.known });
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    const t = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * {@link ParentProgress} over a parent node's JSON-RPC: `abci_query` of
 * `/strata.rollup.v1.Query/Rollup` for `chainId`, read as `rollup.last_number`. A chain not (yet)
 * registered counts as 0 accepted.
 */
export function parentProgressOverRpc(
  rpcUrl: string,
  chainId: string,
  opts: { timeoutMs?: number } = {},
): ParentProgress {
  const url = rpcUrl.replace(/^tcp:\/\//, "http://");
  const data = Buffer.from(strata.rollup.v1.QueryRollupRequest.encode({ chainId }).finish()).toString("hex");
  return {
    async lastAccepted() {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          jsonrpc: "2.0",
          id: 1,
          method: "abci_query",
          params: { path: "/strata.rollup.v1.Query/Rollup", data, prove: false },
        }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 3000),
      });
      if (!res.ok) throw new Error(`parent RPC answered HTTP ${res.status}`);
      const body = (await res.json()) as {
        result?: { response?: { code?: number; log?: string; value?: string | null } };
        error?: { message?: string; data?: string };
      };
      if (body.error) throw new Error(`parent RPC: ${body.error.message ?? ""} ${body.error.data ?? ""}`);
      const r = body.result?.response;
      if (!r) throw new Error("parent RPC: no abci_query response");
      if (r.code) {
        // NotFound (the chain is not registered yet): nothing accepted.
        if (/not found|not registered/i.test(r.log ?? "")) return 0;
        throw new Error(`parent query failed (code ${r.code}): ${r.log ?? ""}`);
      }
      const decoded = strata.rollup.v1.QueryRollupResponse.decode(Buffer.from(r.value ?? "", "base64"));
      return Number(decoded.rollup?.lastNumber ?? 0);
    },
  };
}
