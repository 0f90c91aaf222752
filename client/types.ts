/**
 * Plain L2 records as the query extensions return them (every field present, u64 as numbers),
 * and the enums they use. They are the generated protobufjs types of `proto/gen/strata.js`.
 */
import { strata } from "../proto/gen/strata.js";

/** A model version (`name@version`). */
export type ModelVersion = strata.models.v1.ModelVersion;
/** A registered node. */
export type Node = strata.nodes.v1.Node;
/** Hardware a node reports. */
export type Hardware = strata.nodes.v1.IHardware;
/** Parameters of the nodes module. */
export type NodesParams = strata.nodes.v1.Params;
/** A session. */
export type Session = strata.sessions.v1.Session;
/** Parameters of the sessions module. */
export type SessionsParams = strata.sessions.v1.Params;
/** A task record. */
export type Task = strata.tasks.v1.Task;
/** An executor's signed receipt. */
export type Receipt = strata.tasks.v1.Receipt;
/** An executor's reveal. */
export type Reveal = strata.tasks.v1.Reveal;
/** Parameters of the tasks module. */
export type TasksParams = strata.tasks.v1.Params;
/** Scoring state of a task. */
export type TaskScoring = strata.scores.v1.TaskScoring;
/** Parameters of the scores module. */
export type ScoresParams = strata.scores.v1.Params;
/** How a task settled. */
export type Settlement = strata.settlement.v1.Settlement;
/** Parameters of the settlement module. */
export type SettlementParams = strata.settlement.v1.Params;

/** Model visibility enum (`PUBLIC` / `PRIVATE`). */
export const Visibility = strata.models.v1.Visibility;
/** Model status enum. */
export const ModelStatus = strata.models.v1.ModelStatus;
/** Node role enum (`ROUTER` / `EXECUTOR` / `GUARD`). */
export const Role = strata.nodes.v1.Role;
/** Node status enum. */
export const NodeStatus = strata.nodes.v1.NodeStatus;
/** Session status enum. */
export const SessionStatus = strata.sessions.v1.SessionStatus;
/** Task status enum. */
export const TaskStatus = strata.tasks.v1.TaskStatus;
/** Guard scoring method enum. */
export const Method = strata.scores.v1.Method;
/** Task verdict enum. */
export const Verdict = strata.scores.v1.Verdict;
/** Payment role enum. */
export const PaymentRole = strata.settlement.v1.PaymentRole;

/**
 * The short name of an enum value: `enumName(Verdict, 1)` is `"ACCEPTED"` (the shared prefix of
 * the value names is dropped); an unknown number is returned as its decimal text.
 */
export function enumName(values: Record<string, number | string>, value: number): string {
  const names = Object.keys(values).filter((k) => typeof values[k] === "number");
  const name = names.find((k) => values[k] === value);
  if (!name) return String(value);
  // Every value of a proto enum starts with the same `TYPE_` prefix, ending where `UNSPECIFIED` starts.
  const unspecified = names.find((k) => k.endsWith("_UNSPECIFIED"));
  const prefix = unspecified ? unspecified.slice(0, -"UNSPECIFIED".length) : "";
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/**
 * The value of an enum from its short or full name, case-insensitive (`"verified"` or
 * `"MODEL_STATUS_VERIFIED"`), or undefined.
 */
export function enumValue(values: Record<string, number | string>, name: string): number | undefined {
  for (const k of Object.keys(values)) {
    const v = values[k];
    if (typeof v !== "number") continue;
    if (k.toLowerCase() === name.toLowerCase() || enumName(values, v).toLowerCase() === name.toLowerCase())
      return v;
  }
  return undefined;
}

/** A child chain registered on L1 (`rollup` module). */
export type Rollup = strata.rollup.v1.Rollup;
/** An accepted batch as L1 stores it (`header` is SSZ `BatchHeader` bytes). */
export type BatchRecord = strata.rollup.v1.BatchRecord;
/** A validator of a registered child chain. */
export type ChildValidator = strata.rollup.v1.ChildValidator;
/** Parameters of the L1 `rollup` module. */
export type RollupParams = strata.rollup.v1.Params;
/** A deposit locked on L1 for a child chain. */
export type BridgeDeposit = strata.bridge.v1.Deposit;
/** A withdrawal claimed on L1. */
export type BridgeClaim = strata.bridge.v1.Claim;
/** L1's escrow totals for a child chain (decimal strings). */
export type BridgeEscrow = strata.bridge.v1.QueryEscrowResponse;
/** A withdrawal burned on L2. */
export type L2Withdrawal = strata.l2bridge.v1.Withdrawal;
/** A deposit minted on L2. */
export type MintedDeposit = strata.l2bridge.v1.MintedDeposit;
/** L2's bridge commitment record and totals. */
export type L2BridgeState = strata.l2bridge.v1.BridgeState;
/** Parameters of the L2 `bridge` module. */
export type L2BridgeParams = strata.l2bridge.v1.Params;
/** A withdrawal's Merkle proof for a list length (`WithdrawalProof` query). */
export type WithdrawalProof = strata.l2bridge.v1.QueryWithdrawalProofResponse;
