import { strata } from "../../../../proto/gen/strata.js";
import { SettlementCode, SettlementError } from "./errors.js";
import { BPS, type SettlementParams } from "./params.js";

const { PaymentRole } = strata.settlement.v1;

/** One payment of a charge, before it is written as a `Payment` record. */
export interface SplitPayment {
  recipient: string;
  role: strata.settlement.v1.PaymentRole;
  amount: bigint;
  reason: string;
}

/** Who shares a charge. */
export interface SplitInput {
  charge: bigint;
  params: Pick<
    SettlementParams,
    "executorsBps" | "routerBps" | "guardsBps" | "modelOwnerBps" | "treasuryBps"
  >;
  /** Paid executors in receipt order with their weights (final scores; equal weights when unverified). */
  executors: { address: string; weight: bigint }[];
  router: string;
  modelOwner: string;
  /** Guards whose scores made the verdict, in score order; empty: their share goes to the treasury. */
  guards: string[];
  treasury: string;
}

/** "80%", "2.5%", "0.01%": a basis-point share for people. */
export function bpsPercent(bps: number): string {
  const whole = Math.floor(bps / 100);
  const frac = (bps % 100).toString().padStart(2, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}%` : `${whole}%`;
}

function share(charge: bigint, bps: number): bigint {
  return (charge * BigInt(bps)) / BigInt(BPS);
}

/**
 * Splits a charge by role (RULES.md, settlement, "Split"), in integer arithmetic:
 * executors `E = charge · executors_bps / 10000` weighted `floor(E · s_i / Σs)` (equal weights when
 * every weight is 0), router and model owner their shares, guards `G` split equally (to the
 * treasury when no guard scored), and the treasury its share plus every remainder, so the
 * payments sum exactly to `charge`. Zero payments are left out. Order: executors, router, guards,
 * model owner, treasury.
 * @throws SettlementError(invariant) if the payments do not sum to the charge (a bug).
 */
export function splitCharge(input: SplitInput): SplitPayment[] {
  const { charge, params } = input;
  const out: SplitPayment[] = [];
  const pay = (recipient: string, role: strata.settlement.v1.PaymentRole, amount: bigint, reason: string) => {
    if (amount > 0n) out.push({ recipient, role, amount, reason });
  };
  const executorPct = bpsPercent(params.executorsBps);
  const e = share(charge, params.executorsBps);
  let total = 0n;
  for (const x of input.executors) total += x.weight;
  const equal = total === 0n;
  const denominator = equal ? BigInt(input.executors.length) : total;
  for (const x of input.executors) {
    const weight = equal ? 1n : x.weight;
    const reason = equal
      ? `executor share ${executorPct} x 1/${denominator} (equal weights)`
      : `executor share ${executorPct} x score ${weight}/${denominator}`;
    pay(x.address, PaymentRole.PAYMENT_ROLE_EXECUTOR, (e * weight) / denominator, reason);
  }
  pay(
    input.router,
    PaymentRole.PAYMENT_ROLE_ROUTER,
    share(charge, params.routerBps),
    `router share ${bpsPercent(params.routerBps)}`,
  );
  const g = share(charge, params.guardsBps);
  const guardsPct = bpsPercent(params.guardsBps);
  if (input.guards.length === 0) {
    pay(input.treasury, PaymentRole.PAYMENT_ROLE_TREASURY, g, `guard share ${guardsPct}: no guard scored`);
  } else {
    const each = g / BigInt(input.guards.length);
    for (const guard of input.guards) {
      pay(
        guard,
        PaymentRole.PAYMENT_ROLE_GUARD,
        each,
        `guard share ${guardsPct} / ${input.guards.length} guards`,
      );
    }
  }
  pay(
    input.modelOwner,
    PaymentRole.PAYMENT_ROLE_MODEL_OWNER,
    share(charge, params.modelOwnerBps),
    `model owner share ${bpsPercent(params.modelOwnerBps)}`,
  );
  const t = share(charge, params.treasuryBps);
  pay(
    input.treasury,
    PaymentRole.PAYMENT_ROLE_TREASURY,
    t,
    `treasury share ${bpsPercent(params.treasuryBps)}`,
  );
  let paid = 0n;
  for (const p of out) paid += p.amount;
  pay(input.treasury, PaymentRole.PAYMENT_ROLE_TREASURY, charge - paid, "remainder");
  paid = 0n;
  for (const p of out) {
    if (p.amount < 0n)
      throw new SettlementError(SettlementCode.invariant, `negative payment to ${p.recipient}`);
    paid += p.amount;
  }
  if (paid !== charge)
    throw new SettlementError(SettlementCode.invariant, `payments sum to ${paid}, charge ${charge}`);
  return out;
}
