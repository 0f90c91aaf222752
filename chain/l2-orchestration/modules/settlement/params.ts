import type { strata } from "../../../../proto/gen/strata.js";
import { type Decoded, SCALE } from "../../shared/index.js";
import { SettlementCode, SettlementError } from "./errors.js";

/** Settlement parameters (RULES.md, settlement, "Default params"). */
export type SettlementParams = Decoded<strata.settlement.v1.IParams>;

/** Basis points in a whole charge. */
export const BPS = 10_000;

/** Defaults: 80 % executors, 5 % each router, guards, model owner and treasury; 10 % fraud slash, 1 % missed reveal. */
export const DEFAULT_SETTLEMENT_PARAMS: Readonly<SettlementParams> = Object.freeze({
  executorsBps: 8000,
  routerBps: 500,
  guardsBps: 500,
  modelOwnerBps: 500,
  treasuryBps: 500,
  fraudSlash: 100_000,
  missedRevealSlash: 10_000,
});

/** Settlement params in genesis JSON: any subset, the rest defaults. */
export type SettlementParamsJson = Partial<SettlementParams>;

const SHARES = ["executorsBps", "routerBps", "guardsBps", "modelOwnerBps", "treasuryBps"] as const;

/**
 * Defaults overlaid with the given params, validated.
 * @throws SettlementError(invalidGenesis) naming the bad param.
 */
export function parseSettlementParams(json: SettlementParamsJson | undefined): SettlementParams {
  const d = DEFAULT_SETTLEMENT_PARAMS;
  const p: SettlementParams = {
    executorsBps: json?.executorsBps ?? d.executorsBps,
    routerBps: json?.routerBps ?? d.routerBps,
    guardsBps: json?.guardsBps ?? d.guardsBps,
    modelOwnerBps: json?.modelOwnerBps ?? d.modelOwnerBps,
    treasuryBps: json?.treasuryBps ?? d.treasuryBps,
    fraudSlash: json?.fraudSlash ?? d.fraudSlash,
    missedRevealSlash: json?.missedRevealSlash ?? d.missedRevealSlash,
  };
  const bad = (msg: string) => new SettlementError(SettlementCode.invalidGenesis, `params.${msg}`);
  let sum = 0;
  for (const name of SHARES) {
    // [REJECT] each share is an integer number of basis points in [0, 10000]
    if (!Number.isInteger(p[name]) || p[name] < 0 || p[name] > BPS)
      throw bad(`${name} must be within [0, ${BPS}]`);
    sum += p[name];
  }
  // [REJECT] the shares sum to 10,000 basis points
  if (sum !== BPS) throw bad(`shares sum to ${sum} basis points, not ${BPS}`);
  for (const name of ["fraudSlash", "missedRevealSlash"] as const) {
    // [REJECT] slash fractions within [0, SCALE]
    if (!Number.isSafeInteger(p[name]) || p[name] < 0 || BigInt(p[name]) > SCALE) {
      throw bad(`${name} must be within [0, ${SCALE}]`);
    }
  }
  return p;
}
