import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the nodes module (codespace `nodes`). Never renumber. */
export enum NodesCode {
  /** A message field that breaks a format rule (roles, pubkey, endpoint, models list, capacity, amounts). */
  invalidRequest = 2,
  /** A node is registered for the operator and has not unbonded. */
  alreadyRegistered = 3,
  /** No node is registered for the operator. */
  notFound = 4,
  /** The node's status does not allow the operation (update or unbond a leaving node, unjail a free one). */
  invalidStatus = 5,
  /** Unjail before `jailed_until_height`. */
  stillJailed = 6,
  /** Stake below params `min_stake` (register, unjail). */
  stakeTooLow = 7,
  /** A served model that does not exist or is DEPRECATED. */
  invalidModel = 8,
  /** A genesis section or params that break a rule. */
  invalidGenesis = 9,
}

const DESCRIPTIONS: Record<NodesCode, string> = {
  [NodesCode.invalidRequest]: "invalid request",
  [NodesCode.alreadyRegistered]: "node already registered",
  [NodesCode.notFound]: "node not found",
  [NodesCode.invalidStatus]: "invalid node status",
  [NodesCode.stillJailed]: "node still jailed",
  [NodesCode.stakeTooLow]: "stake below minimum",
  [NodesCode.invalidModel]: "invalid served model",
  [NodesCode.invalidGenesis]: "invalid nodes genesis",
};

/** An error in codespace `nodes`; the message ends with the code's description. */
export class NodesError extends StrataError {
  constructor(code: NodesCode, message = "", detail?: Record<string, unknown>) {
    super("nodes", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
