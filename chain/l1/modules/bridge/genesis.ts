import type { Context } from "../../../core/app/context.js";
import {
  depositToSsz,
  isBridgeAddress,
  nextAccumulator,
  parseBridgeAmount,
  ZERO_ACCUMULATOR,
} from "../../../core/rollup/deposits.js";
import { BridgeCode, BridgeError } from "./errors.js";
import type { BridgeDeps } from "./keeper.js";
import { BRIDGE_MODULE, bridgeStore } from "./store.js";

/** A deposit in genesis JSON (the `strata.bridge.v1.Deposit` fields; the accumulator as base64). */
export interface DepositJson {
  chainId: string;
  nonce: number;
  sender: string;
  recipient: string;
  denom: string;
  amount: string;
  parentHeight: number;
  accumulator: string;
}

/** A claim in genesis JSON (the `strata.bridge.v1.Claim` fields). */
export interface ClaimJson {
  chainId: string;
  index: number;
  recipient: string;
  amount: string;
  denom: string;
  batchNumber: number;
  parentHeight: number;
}

/** Genesis section of the parent-side bridge module. */
export interface BridgeGenesis {
  /** Each chain's deposits with nonces 1, 2, … in order (chains may interleave). */
  deposits?: DepositJson[];
  claims?: ClaimJson[];
}

function invalid(message: string): BridgeError {
  return new BridgeError(BridgeCode.invalidGenesis, message);
}

function isHeight(value: unknown, min: number): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min;
}

/**
 * Loads the bridge genesis: deposits (per chain, nonces from 1, each accumulator recomputed and
 * compared) and claims, for registered chains only (the rollup module's genesis runs first). An
 * empty section writes nothing. The `bridge` module account must hold exactly Σ deposits − Σ
 * claims ("Conservation").
 * @throws BridgeError(invalidGenesis) naming the first bad record.
 */
export function initBridgeGenesis(deps: BridgeDeps, ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as BridgeGenesis;
  let escrow = 0n;
  const next = new Map<string, { nonce: number; acc: Uint8Array }>();
  (genesis.deposits ?? []).forEach((d, i) => {
    const where = `deposits[${i}]`;
    // [REJECT] a deposit's chain is registered
    if (typeof d.chainId !== "string" || !deps.rollup.isRegistered(ctx, d.chainId))
      throw invalid(`${where}: chain ${JSON.stringify(d.chainId)} is not registered`);
    const last = next.get(d.chainId) ?? { nonce: 0, acc: ZERO_ACCUMULATOR };
    // [REJECT] each chain's nonces count up from 1
    if (d.nonce !== last.nonce + 1)
      throw invalid(`${where}: nonce ${d.nonce} of ${d.chainId}, expected ${last.nonce + 1}`);
    if (!isBridgeAddress(d.sender) || !isBridgeAddress(d.recipient))
      throw invalid(`${where}: sender and recipient must be 20-byte account addresses`);
    // [REJECT] the bond denom, a positive amount, a parent height
    if (d.denom !== deps.denom)
      throw invalid(`${where}: denom ${JSON.stringify(d.denom)} is not ${deps.denom}`);
    const amount = parseBridgeAmount(d.amount ?? "");
    if (amount === undefined) throw invalid(`${where}: amount ${JSON.stringify(d.amount)} is not positive`);
    if (!isHeight(d.parentHeight, 0)) throw invalid(`${where}: parentHeight must be an integer ≥ 0`);
    // [REJECT] the accumulator is acc[nonce] of the deposits before it
    const acc = nextAccumulator(last.acc, depositToSsz(d));
    if (d.accumulator !== Buffer.from(acc).toString("base64"))
      throw invalid(`${where}: accumulator differs from acc[${d.nonce}] of the deposits before it`);
    bridgeStore.addDeposit(ctx, { ...d, accumulator: acc });
    next.set(d.chainId, { nonce: d.nonce, acc });
    escrow += amount;
  });
  (genesis.claims ?? []).forEach((c, i) => {
    const where = `claims[${i}]`;
    // [REJECT] a claim's chain is registered, its batch accepted, its index in that batch and claimed once
    if (typeof c.chainId !== "string" || !deps.rollup.isRegistered(ctx, c.chainId))
      throw invalid(`${where}: chain ${JSON.stringify(c.chainId)} is not registered`);
    if (!isHeight(c.index, 0)) throw invalid(`${where}: index must be an integer ≥ 0`);
    if (!isHeight(c.batchNumber, 1)) throw invalid(`${where}: batchNumber must be an integer ≥ 1`);
    const batch = deps.rollup.getBatch(ctx, c.chainId, c.batchNumber);
    if (!batch) throw invalid(`${where}: batch ${c.batchNumber} of ${c.chainId} is not accepted`);
    if (c.index >= Number(batch.header.withdrawalCount))
      throw invalid(`${where}: withdrawal ${c.index} is not in batch ${c.batchNumber}`);
    if (bridgeStore.getClaim(ctx, c.chainId, c.index))
      throw invalid(`${where}: withdrawal ${c.index} of ${c.chainId} is claimed twice`);
    if (!isBridgeAddress(c.recipient)) throw invalid(`${where}: recipient must be a 20-byte account address`);
    if (c.denom !== deps.denom)
      throw invalid(`${where}: denom ${JSON.stringify(c.denom)} is not ${deps.denom}`);
    const amount = parseBridgeAmount(c.amount ?? "");
    if (amount === undefined) throw invalid(`${where}: amount ${JSON.stringify(c.amount)} is not positive`);
    if (!isHeight(c.parentHeight, 0)) throw invalid(`${where}: parentHeight must be an integer ≥ 0`);
    bridgeStore.addClaim(ctx, c);
    escrow -= amount;
  });
  for (const chainId of bridgeStore.chains(ctx)) {
    // [REJECT] no chain has more claimed than deposited
    if (bridgeStore.claimed(ctx, chainId) > bridgeStore.deposited(ctx, chainId))
      throw invalid(`${chainId}: claims exceed deposits`);
  }
  const held = deps.bank.getBalance(ctx, deps.accounts.moduleAddress(BRIDGE_MODULE), deps.denom);
  // [REJECT] Conservation: the bridge module account holds Σ deposits − Σ claims
  if (held !== escrow)
    throw invalid(
      `the ${BRIDGE_MODULE} module account holds ${held}${deps.denom}, deposits minus claims are ${escrow}${deps.denom}`,
    );
}

/** The bridge genesis section from state: every deposit and claim in key order (chain, then nonce / index). */
export function exportBridgeGenesis(ctx: Context): { deposits: DepositJson[]; claims: ClaimJson[] } {
  return {
    deposits: [...bridgeStore.allDeposits(ctx)].map((d) => ({
      chainId: d.chainId,
      nonce: d.nonce,
      sender: d.sender,
      recipient: d.recipient,
      denom: d.denom,
      amount: d.amount,
      parentHeight: d.parentHeight,
      accumulator: Buffer.from(d.accumulator).toString("base64"),
    })),
    claims: [...bridgeStore.allClaims(ctx)].map((c) => ({
      chainId: c.chainId,
      index: c.index,
      recipient: c.recipient,
      amount: c.amount,
      denom: c.denom,
      batchNumber: c.batchNumber,
      parentHeight: c.parentHeight,
    })),
  };
}
