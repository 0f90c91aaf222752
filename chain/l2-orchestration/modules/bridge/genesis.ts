import type { Context } from "../../../core/app/context.js";
import {
  depositToSsz,
  isBridgeAddress,
  nextAccumulator,
  parseBridgeAmount,
  ZERO_ACCUMULATOR,
} from "../../../core/rollup/deposits.js";
import { appendLeaf, emptyTree, root } from "../../../core/rollup/merkleList.js";
import type { RollupCommitment } from "../../../core/rollup/types.js";
import { withdrawalLeaf, withdrawalToSsz } from "../../../core/rollup/withdrawals.js";
import { utf8Length } from "../../shared/index.js";
import { BridgeCode, BridgeError } from "./errors.js";
import { type BridgeParams, type BridgeParamsJson, parseBridgeParams } from "./params.js";
import { bridgeStore } from "./store.js";

/** A minted deposit in genesis JSON (the `strata.l2bridge.v1.MintedDeposit` fields). */
export interface MintedDepositJson {
  nonce: number;
  sender: string;
  recipient: string;
  amount: string;
  parentHeight: number;
  mintedHeight: number;
}

/** A withdrawal in genesis JSON (the `strata.l2bridge.v1.Withdrawal` fields). */
export interface WithdrawalJson {
  index: number;
  sender: string;
  recipient: string;
  denom: string;
  amount: string;
  childHeight: number;
}

/** The bridge state in genesis JSON (`strata.l2bridge.v1.BridgeState`; bytes as base64). */
export interface BridgeStateJson {
  withdrawalRoot: string;
  withdrawalCount: number;
  depositCursor: number;
  depositAccumulator: string;
  totalMinted: string;
  totalBurned: string;
}

/** Genesis section of the child-side bridge module. */
export interface BridgeGenesis {
  params?: BridgeParamsJson;
  /** Minted deposits, nonces 1, 2, … in order. */
  minted?: MintedDepositJson[];
  /** Withdrawals, indices 0, 1, … in order. */
  withdrawals?: WithdrawalJson[];
  /** When given, must equal the state the records rebuild (an export's). */
  state?: BridgeStateJson;
}

function invalid(message: string): BridgeError {
  return new BridgeError(BridgeCode.invalidGenesis, message);
}

function height(value: unknown, min: number): boolean {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

function stateJson(c: RollupCommitment, minted: bigint, burned: bigint): BridgeStateJson {
  return {
    withdrawalRoot: b64(c.withdrawalRoot),
    withdrawalCount: Number(c.withdrawalCount),
    depositCursor: Number(c.depositCursor),
    depositAccumulator: b64(c.depositAccumulator),
    totalMinted: minted.toString(),
    totalBurned: burned.toString(),
  };
}

/**
 * Loads the bridge genesis: params, minted deposits (nonces from 1, the accumulator recomputed with
 * the bridge denom), withdrawals (indices from 0, the incremental tree rebuilt), and writes the
 * commitment record at `bridge/` ‖ 0x01 (also for an empty section: the parent proves it from
 * block 1) and the totals. A given `state` must equal what the records rebuild.
 * @throws BridgeError(invalidGenesis) naming the first bad record or state field.
 */
export function initBridgeGenesis(ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as BridgeGenesis;
  const params = parseBridgeParams(genesis.params);
  bridgeStore.setParams(ctx, params);
  let acc = ZERO_ACCUMULATOR;
  let minted = 0n;
  (genesis.minted ?? []).forEach((d, i) => {
    const where = `minted[${i}]`;
    // [REJECT] minted deposits count nonces up from 1 with valid fields
    if (d.nonce !== i + 1) throw invalid(`${where}: nonce ${d.nonce}, expected ${i + 1}`);
    if (!isBridgeAddress(d.sender) || !isBridgeAddress(d.recipient))
      throw invalid(`${where}: sender and recipient must be 20-byte account addresses`);
    const amount = parseBridgeAmount(d.amount ?? "");
    if (amount === undefined) throw invalid(`${where}: amount ${JSON.stringify(d.amount)} is not positive`);
    if (!height(d.parentHeight, 1) || !height(d.mintedHeight, 0))
      throw invalid(`${where}: parentHeight ≥ 1 and mintedHeight ≥ 0 must be integers`);
    acc = nextAccumulator(acc, depositToSsz({ ...d, denom: params.denom }));
    minted += amount;
    bridgeStore.setMinted(ctx, d);
  });
  const tree = emptyTree();
  let burned = 0n;
  (genesis.withdrawals ?? []).forEach((w, i) => {
    const where = `withdrawals[${i}]`;
    // [REJECT] withdrawals count indices up from 0 with valid fields
    if (w.index !== i) throw invalid(`${where}: index ${w.index}, expected ${i}`);
    if (!isBridgeAddress(w.sender) || !isBridgeAddress(w.recipient))
      throw invalid(`${where}: sender and recipient must be 20-byte account addresses`);
    if (typeof w.denom !== "string" || w.denom === "" || utf8Length(w.denom) > 128)
      throw invalid(`${where}: denom ${JSON.stringify(w.denom)} is not a denom`);
    const amount = parseBridgeAmount(w.amount ?? "");
    if (amount === undefined) throw invalid(`${where}: amount ${JSON.stringify(w.amount)} is not positive`);
    if (!height(w.childHeight, 0)) throw invalid(`${where}: childHeight must be an integer ≥ 0`);
    appendLeaf(tree, withdrawalLeaf(withdrawalToSsz(w)));
    burned += amount;
    bridgeStore.setWithdrawal(ctx, w);
  });
  const commitment: RollupCommitment = {
    withdrawalRoot: root(tree),
    withdrawalCount: BigInt(tree.count),
    depositCursor: BigInt((genesis.minted ?? []).length),
    depositAccumulator: acc,
  };
  if (genesis.state) {
    const rebuilt = stateJson(commitment, minted, burned);
    for (const [field, value] of Object.entries(rebuilt)) {
      const given = (genesis.state as unknown as Record<string, unknown>)[field];
      // [REJECT] a given state equals the one the records rebuild
      if (given !== value)
        throw invalid(
          `state.${field} is ${JSON.stringify(given)}, the records give ${JSON.stringify(value)}`,
        );
    }
  }
  bridgeStore.setTree(ctx, tree);
  // [dep-2] [wd-1] the commitment record exists from genesis on
  bridgeStore.setCommitment(ctx, commitment);
  bridgeStore.setTotalMinted(ctx, minted);
  bridgeStore.setTotalBurned(ctx, burned);
}

/** The bridge genesis section from state: params, every minted deposit and withdrawal, the state. */
export function exportBridgeGenesis(ctx: Context): {
  params: BridgeParams;
  minted: MintedDepositJson[];
  withdrawals: WithdrawalJson[];
  state: BridgeStateJson;
} {
  return {
    params: { ...bridgeStore.getParams(ctx), relayers: [...bridgeStore.getParams(ctx).relayers] },
    minted: [...bridgeStore.iterateMinted(ctx)].map((d) => ({
      nonce: d.nonce,
      sender: d.sender,
      recipient: d.recipient,
      amount: d.amount,
      parentHeight: d.parentHeight,
      mintedHeight: d.mintedHeight,
    })),
    withdrawals: [...bridgeStore.iterateWithdrawals(ctx)].map((w) => ({
      index: w.index,
      sender: w.sender,
      recipient: w.recipient,
      denom: w.denom,
      amount: w.amount,
      childHeight: w.childHeight,
    })),
    state: stateJson(
      bridgeStore.getCommitment(ctx),
      bridgeStore.totalMinted(ctx),
      bridgeStore.totalBurned(ctx),
    ),
  };
}
