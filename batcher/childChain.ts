import { type ChildValidator, COMMITMENT_STATE_KEY } from "../chain/core/rollup/index.js";
import type { StateProofNodes } from "../chain/core/store/index.js";
import { BatcherError, BatcherErrorCode } from "./errors.js";
import { jsonRpc } from "./rpc.js";

/** One child block as the batcher posts it. */
export interface ChildBlockData {
  height: number;
  /** SSZ `Block` bytes. */
  block: Uint8Array;
  /** SSZ `Commit` bytes. */
  commit: Uint8Array;
  /** Proof of `COMMITMENT_STATE_KEY` against the block's `appHash`. */
  commitmentProof: StateProofNodes;
}

/** What the batcher reads from the child chain (an L2 node's RPC in production). */
export interface ChildChain {
  /** The child's chain id (`status.node_info.network`). */
  chainId(): Promise<string>;
  /** Latest committed child height. */
  latestHeight(): Promise<number>;
  /**
   * Block `height` with its commit and commitment proof.
   * @throws BatcherError(BlockUnavailable) when the node does not hold it.
   */
  block(height: number): Promise<ChildBlockData>;
  /** The validator set voting at `height` (ed25519 keys and powers). */
  validators(height: number): Promise<ChildValidator[]>;
}

interface RawBlockJson {
  block: string;
  commit: string;
  proof?: { key: string; value: string | null; nodes: string[] };
}

const b64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "base64"));

/**
 * {@link ChildChain} over a child node's JSON-RPC: `status`, `strata_raw_block` (with
 * `prove_key` = the commitment key) and `validators`.
 */
export function childChainOverRpc(url: string, opts: { timeoutMs?: number } = {}): ChildChain {
  const timeout = opts.timeoutMs ?? 10_000;
  const proveKey = Buffer.from(COMMITMENT_STATE_KEY).toString("hex");
  return {
    async chainId() {
      const s = await jsonRpc<{ node_info: { network: string } }>(url, "status", {}, timeout);
      return s.node_info.network;
    },
    async latestHeight() {
      const s = await jsonRpc<{ sync_info: { latest_block_height: string } }>(url, "status", {}, timeout);
      return Number(s.sync_info.latest_block_height);
    },
    async block(height) {
      let raw: RawBlockJson;
      try {
        raw = await jsonRpc<RawBlockJson>(
          url,
          "strata_raw_block",
          { height: String(height), prove_key: proveKey },
          timeout,
        );
      } catch (err) {
        if (err instanceof BatcherError)
          throw new BatcherError(BatcherErrorCode.BlockUnavailable, `child block ${height}: ${err.message}`);
        throw err;
      }
      if (!raw.proof)
        throw new BatcherError(BatcherErrorCode.BadAnswer, `child block ${height}: no commitment proof`);
      return {
        height,
        block: b64(raw.block),
        commit: b64(raw.commit),
        commitmentProof: {
          key: b64(raw.proof.key),
          value: raw.proof.value === null ? undefined : b64(raw.proof.value),
          nodes: raw.proof.nodes.map(b64),
        },
      };
    },
    async validators(height) {
      const out: ChildValidator[] = [];
      for (let page = 1; ; page++) {
        const r = await jsonRpc<{
          validators: { pub_key: { value: string }; voting_power: string }[];
          total: string;
        }>(url, "validators", { height: String(height), page: String(page), per_page: "100" }, timeout);
        for (const v of r.validators)
          out.push({ pubKey: b64(v.pub_key.value), power: BigInt(v.voting_power) });
        if (out.length >= Number(r.total) || r.validators.length === 0) return out;
      }
    },
  };
}
