import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { enumFromJson, enumToJson, isDigest, parseAmount, TREASURY_ACCOUNT } from "../../shared/index.js";
import { SettlementCode, SettlementError } from "./errors.js";
import type { AccountKeeper } from "./expectedKeepers.js";
import { parseSettlementParams, type SettlementParams, type SettlementParamsJson } from "./params.js";
import { type Settlement, settlementStore } from "./store.js";

const { PaymentRole } = strata.settlement.v1;

/** A settlement in genesis JSON: the protobuf fields (camelCase), payment roles by name. */
export interface SettlementJson extends Omit<strata.settlement.v1.ISettlement, "payments"> {
  payments?: (Omit<strata.settlement.v1.IPayment, "role"> & { role?: string | number })[];
}

/** Genesis section of the settlement module. */
export interface SettlementGenesis {
  params?: SettlementParamsJson;
  settlements?: SettlementJson[];
}

function settlementFromJson(json: SettlementJson, index: number): strata.settlement.v1.ISettlement {
  const where = `settlements[${index}]`;
  // [REJECT] a genesis settlement names a 64-hex task, amounts, known roles, and pays its charge exactly
  if (!isDigest(json.taskId ?? ""))
    throw new SettlementError(SettlementCode.invalidGenesis, `${where}: bad task id`);
  const charge = parseAmount(json.charge ?? "");
  if (charge === undefined) throw new SettlementError(SettlementCode.invalidGenesis, `${where}: bad charge`);
  let sum = 0n;
  const payments = (json.payments ?? []).map((p, i) => {
    const role = enumFromJson(PaymentRole, p.role);
    const amount = parseAmount(p.amount ?? "");
    if (!role || amount === undefined) {
      throw new SettlementError(SettlementCode.invalidGenesis, `${where}.payments[${i}]: bad role or amount`);
    }
    sum += amount;
    return { ...p, role };
  });
  if (sum !== charge) {
    throw new SettlementError(
      SettlementCode.invalidGenesis,
      `${where}: payments sum to ${sum}, charge ${charge}`,
    );
  }
  return { ...json, payments };
}

function settlementToJson(s: Settlement): SettlementJson {
  return {
    taskId: s.taskId,
    sessionId: s.sessionId,
    charge: s.charge,
    refunded: s.refunded,
    inputTokens: s.inputTokens,
    outputTokens: s.outputTokens,
    priceInputPer_1k: s.priceInputPer_1k,
    priceOutputPer_1k: s.priceOutputPer_1k,
    payments: s.payments.map((p) => ({
      recipient: p.recipient,
      role: enumToJson(PaymentRole, p.role),
      amount: p.amount,
      reason: p.reason,
    })),
    slashes: s.slashes.map((x) => ({ node: x.node, amount: x.amount, reason: x.reason, jailed: x.jailed })),
    height: s.height,
  };
}

/**
 * Loads the settlement genesis: params (defaults for missing fields; shares must sum to 10,000
 * basis points) and settlement records. Creates the treasury module account, so that payments
 * to it never create a plain account at its address.
 * @throws SettlementError(invalidGenesis) for bad params or a malformed or duplicate record.
 */
export function initSettlementGenesis(accounts: AccountKeeper, ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as SettlementGenesis;
  settlementStore.setParams(ctx, parseSettlementParams(genesis.params));
  accounts.moduleAccount(ctx, TREASURY_ACCOUNT);
  (genesis.settlements ?? []).forEach((json, i) => {
    const s = settlementFromJson(json, i);
    if (settlementStore.hasSettlement(ctx, s.taskId!)) {
      throw new SettlementError(
        SettlementCode.invalidGenesis,
        `settlements[${i}]: duplicate task ${s.taskId}`,
      );
    }
    settlementStore.setSettlement(ctx, s);
  });
}

/** The settlement genesis section from state: params and every record in task-id order. */
export function exportSettlementGenesis(ctx: Context): {
  params: SettlementParams;
  settlements: SettlementJson[];
} {
  return {
    params: settlementStore.getParams(ctx),
    settlements: [...settlementStore.iterateSettlements(ctx)].map(settlementToJson),
  };
}
