import {
  type BatchHeader,
  type ChildValidator,
  childValidatorsFromProto,
  decodeBatchHeader,
} from "../chain/core/rollup/index.js";
import { msgMintDeposits, msgSubmitBatch, type StrataClient } from "../client/index.js";
import { strata } from "../proto/gen/strata.js";

/** What the batcher needs to know of its chain's registration on the parent. */
export interface ParentRollup {
  /** Last accepted batch number (child height); 0 before the first. */
  lastNumber: number;
  /** The set the parent checks batch `lastNumber + 1` against. */
  validators: ChildValidator[];
  /** Deposits locked for the chain (the last nonce). */
  depositCount: number;
}

/** The outcome of one posted batch transaction. */
export interface PostedBatch {
  /** Parent height of the tx. */
  height: number;
  txhash: string;
  gasUsed: bigint;
  /** Bytes of the encoded `MsgSubmitBatch`. */
  msgBytes: number;
}

/** The parent chain as the batcher uses it (an L1 node in production). */
export interface ParentChain {
  /** The chain's registration, or null when it is not registered. */
  rollup(chainId: string): Promise<ParentRollup | null>;
  /** Header of accepted batch `number`, or null when there is none. */
  batchHeader(chainId: string, number: number): Promise<BatchHeader | null>;
  /** `params.max_items_per_batch`. */
  maxItemsPerBatch(): Promise<number>;
  /**
   * Sends one `MsgSubmitBatch` and waits for its block.
   * @throws when it is refused (simulation, admission or in its block) or times out.
   */
  submitBatch(chainId: string, items: strata.rollup.v1.IBatchItem[]): Promise<PostedBatch>;
  /** Deposits locked for the chain with nonce ≥ `fromNonce`, in nonce order, at most `limit`. */
  deposits(chainId: string, fromNonce: number, limit: number): Promise<strata.bridge.v1.IDeposit[]>;
}

/** Size of the `MsgSubmitBatch` that carries `items`. */
export function submitBatchBytes(
  submitter: string,
  chainId: string,
  items: strata.rollup.v1.IBatchItem[],
): number {
  return strata.rollup.v1.MsgSubmitBatch.encode({ submitter, chainId, items }).finish().length;
}

/** {@link ParentChain} over a `StrataClient` connected to the parent with the submitter's signer. */
export function parentChainOverClient(client: StrataClient, submitter: string): ParentChain {
  const q = client.query;
  return {
    async rollup(chainId) {
      const r = await q.rollup.rollup(chainId);
      if (!r) return null;
      return {
        lastNumber: Number(r.lastNumber),
        validators: childValidatorsFromProto(r.validators ?? []),
        depositCount: Number(r.depositCount),
      };
    },
    async batchHeader(chainId, number) {
      const b = await q.rollup.batch(chainId, number);
      return b ? decodeBatchHeader(Uint8Array.from(b.header)) : null;
    },
    async maxItemsPerBatch() {
      return Number((await q.rollup.params()).maxItemsPerBatch);
    },
    async submitBatch(chainId, items) {
      const msgBytes = submitBatchBytes(submitter, chainId, items);
      const r = await client.submit(submitter, [msgSubmitBatch({ submitter, chainId, items })]);
      return { height: r.height, txhash: r.txhash, gasUsed: r.gasUsed, msgBytes };
    },
    async deposits(chainId, fromNonce, limit) {
      const r = await q.bridge.deposits(chainId, { fromNonce, page: { limit } });
      return r.deposits;
    },
  };
}

/** Where the relayer mints parent deposits (the child's `bridge` module). */
export interface ChildBridge {
  /** The child's deposit cursor: the last parent nonce minted. */
  cursor(): Promise<number>;
  /** Sends one `MsgMintDeposits` and waits for its block. */
  mint(deposits: strata.l2bridge.v1.IDepositIn[]): Promise<void>;
}

/** {@link ChildBridge} over a `StrataClient` connected to the child with the relayer's signer. */
export function childBridgeOverClient(client: StrataClient, relayer: string): ChildBridge {
  return {
    async cursor() {
      const s = await client.query.l2bridge.state();
      return Number(s.depositCursor ?? 0);
    },
    async mint(deposits) {
      await client.submit(relayer, [msgMintDeposits({ relayer, deposits })]);
    },
  };
}
