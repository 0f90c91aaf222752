import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import { address20, ZERO_ACCUMULATOR } from "../../../core/rollup/deposits.js";
import { emptyTree, type IncrementalMerkleTree, root } from "../../../core/rollup/merkleList.js";
import { type RollupCommitment, RollupCommitmentSsz } from "../../../core/rollup/types.js";
import type { KVStore } from "../../../core/store/index.js";
import { type Decoded, moduleParams, u64Key, withNumbers, withoutDefaults } from "../../shared/index.js";
import { BridgeKey, key } from "./keys.js";
import { type BridgeParams, DEFAULT_BRIDGE_PARAMS } from "./params.js";

/**
 * Name (and store namespace) of the child-side bridge module. It must be `bridge`: the rollup
 * contract puts the commitment at `bridge/` ‖ 0x01 (`COMMITMENT_STATE_KEY`).
 */
export const BRIDGE_MODULE = "bridge";

/** A minted deposit as stored. */
export type MintedDeposit = Decoded<strata.l2bridge.v1.IMintedDeposit>;
/** A withdrawal as stored. */
export type StoredWithdrawal = Decoded<strata.l2bridge.v1.IWithdrawal>;

const { Params, MintedDeposit: MintedProto, Withdrawal: WithdrawalProto } = strata.l2bridge.v1;
const COMMITMENT = Uint8Array.of(BridgeKey.commitment);
const BRANCH = Uint8Array.of(BridgeKey.branch);
const TOTAL_MINTED = Uint8Array.of(BridgeKey.totalMinted);
const TOTAL_BURNED = Uint8Array.of(BridgeKey.totalBurned);
const EMPTY = new Uint8Array();
const enc = new TextEncoder();
const dec = new TextDecoder();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(BRIDGE_MODULE);
}

const params = moduleParams<BridgeParams>({
  module: BRIDGE_MODULE,
  key: Uint8Array.of(BridgeKey.params),
  defaults: DEFAULT_BRIDGE_PARAMS,
  decode(raw) {
    const p = Params.decode(raw);
    return { relayers: [...p.relayers], denom: p.denom, parentChainId: p.parentChainId };
  },
  encode: (p) => Params.encode(withoutDefaults(p)).finish(),
});

/** The commitment of an empty bridge: the empty list's root, no deposit minted. */
export function emptyCommitment(): RollupCommitment {
  return {
    withdrawalRoot: root(emptyTree()),
    withdrawalCount: 0n,
    depositCursor: 0n,
    depositAccumulator: ZERO_ACCUMULATOR,
  };
}

function bitLength(n: number): number {
  return n === 0 ? 0 : Math.floor(Math.log2(n)) + 1;
}

function readAmount(raw: Uint8Array | undefined): bigint {
  return raw ? BigInt(dec.decode(raw)) : 0n;
}

/** The only code that touches the bridge store. */
export const bridgeStore = {
  getParams(ctx: StoreSource): Readonly<BridgeParams> {
    return params.get(ctx);
  },

  setParams(ctx: StoreSource, p: BridgeParams): void {
    params.set(ctx, p);
  },

  /** The commitment record (written at genesis; the empty commitment before). */
  getCommitment(ctx: StoreSource): RollupCommitment {
    const raw = kv(ctx).get(COMMITMENT);
    return raw ? RollupCommitmentSsz.deserialize(raw) : emptyCommitment();
  },

  /** Writes the commitment record as SSZ `RollupCommitment` bytes at key 0x01. */
  setCommitment(ctx: StoreSource, c: RollupCommitment): void {
    kv(ctx).set(COMMITMENT, RollupCommitmentSsz.serialize(c));
  },

  /** The withdrawal tree: its stored branch nodes and the commitment's count. */
  getTree(ctx: StoreSource, count: number): IncrementalMerkleTree {
    const tree = emptyTree();
    tree.count = count;
    const raw = kv(ctx).get(BRANCH);
    if (raw) for (let h = 0; h * 32 < raw.length; h++) tree.branch[h] = raw.slice(h * 32, h * 32 + 32);
    return tree;
  },

  /** Stores the branch nodes the tree's count uses (levels below its bit length). */
  setTree(ctx: StoreSource, tree: IncrementalMerkleTree): void {
    const levels = bitLength(tree.count);
    if (levels === 0) {
      kv(ctx).delete(BRANCH);
      return;
    }
    const out = new Uint8Array(levels * 32);
    for (let h = 0; h < levels; h++) out.set(tree.branch[h]!, h * 32);
    kv(ctx).set(BRANCH, out);
  },

  totalMinted(ctx: StoreSource): bigint {
    return readAmount(kv(ctx).get(TOTAL_MINTED));
  },

  setTotalMinted(ctx: StoreSource, amount: bigint): void {
    kv(ctx).set(TOTAL_MINTED, enc.encode(amount.toString()));
  },

  totalBurned(ctx: StoreSource): bigint {
    return readAmount(kv(ctx).get(TOTAL_BURNED));
  },

  setTotalBurned(ctx: StoreSource, amount: bigint): void {
    kv(ctx).set(TOTAL_BURNED, enc.encode(amount.toString()));
  },

  getMinted(ctx: StoreSource, nonce: number): MintedDeposit | undefined {
    if (!Number.isSafeInteger(nonce) || nonce < 0) return undefined;
    const raw = kv(ctx).get(key(BridgeKey.minted, u64Key(nonce)));
    return raw ? (withNumbers(MintedProto.decode(raw)) as unknown as MintedDeposit) : undefined;
  },

  setMinted(ctx: StoreSource, d: strata.l2bridge.v1.IMintedDeposit): void {
    kv(ctx).set(
      key(BridgeKey.minted, u64Key(Number(d.nonce))),
      MintedProto.encode(withoutDefaults(d)).finish(),
    );
  },

  /** Every minted deposit in nonce order. */
  *iterateMinted(ctx: StoreSource): IterableIterator<MintedDeposit> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(BridgeKey.minted)))
      yield withNumbers(MintedProto.decode(v)) as unknown as MintedDeposit;
  },

  getWithdrawal(ctx: StoreSource, index: number): StoredWithdrawal | undefined {
    if (!Number.isSafeInteger(index) || index < 0) return undefined;
    const raw = kv(ctx).get(key(BridgeKey.withdrawal, u64Key(index)));
    return raw ? (withNumbers(WithdrawalProto.decode(raw)) as unknown as StoredWithdrawal) : undefined;
  },

  /** Writes a withdrawal and its sender and recipient index entries. */
  setWithdrawal(ctx: StoreSource, w: strata.l2bridge.v1.IWithdrawal): void {
    const index = u64Key(Number(w.index));
    kv(ctx).set(key(BridgeKey.withdrawal, index), WithdrawalProto.encode(withoutDefaults(w)).finish());
    kv(ctx).set(key(BridgeKey.byAddress, address20(w.sender!), index), EMPTY);
    kv(ctx).set(key(BridgeKey.byAddress, address20(w.recipient!), index), EMPTY);
  },

  /** Every withdrawal in index order (at most `limit`). */
  *iterateWithdrawals(ctx: StoreSource, limit?: number): IterableIterator<StoredWithdrawal> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(BridgeKey.withdrawal), { limit }))
      yield withNumbers(WithdrawalProto.decode(v)) as unknown as StoredWithdrawal;
  },

  /** The withdrawals sent by or to `address` (20 address bytes), in index order (at most `limit`). */
  withdrawalsOf(ctx: StoreSource, address: Uint8Array, limit?: number): StoredWithdrawal[] {
    const prefix = key(BridgeKey.byAddress, address);
    const out: StoredWithdrawal[] = [];
    for (const [k] of kv(ctx).iterate(prefix, { limit })) {
      const index = Number(Buffer.from(k.subarray(k.length - 8)).readBigUInt64BE());
      out.push(bridgeStore.getWithdrawal(ctx, index)!);
    }
    return out;
  },
};
