import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the parent-side bridge module (codespace `bridge`). Never renumber. */
export enum BridgeCode {
  /** A message field that breaks a format rule (addresses, chain id, amount, withdrawal, proof shape). */
  invalidRequest = 2,
  /** The chain id names no registered child chain. */
  notRegistered = 3,
  /** The batch named by a claim has not been accepted. */
  batchNotAccepted = 4,
  /** A claim before the batch's acceptance height plus the challenge window. */
  notClaimableYet = 5,
  /** The withdrawal index is not below the batch header's withdrawal count. */
  indexBeyondCount = 6,
  /** The withdrawal index was claimed before. */
  alreadyClaimed = 7,
  /** The proof does not rebuild the batch header's withdrawal root (a tampered withdrawal fails here). */
  proofMismatch = 8,
  /** The withdrawal's denom is not the bridge denom. */
  wrongDenom = 9,
  /** The recipient is a module account bank blocks: paying it would break that module's accounting. */
  recipientBlocked = 10,
  /** A genesis section that breaks a rule. */
  invalidGenesis = 11,
}

const DESCRIPTIONS: Record<BridgeCode, string> = {
  [BridgeCode.invalidRequest]: "invalid request",
  [BridgeCode.notRegistered]: "chain not registered",
  [BridgeCode.batchNotAccepted]: "batch not accepted",
  [BridgeCode.notClaimableYet]: "challenge window not over",
  [BridgeCode.indexBeyondCount]: "withdrawal not in the batch",
  [BridgeCode.alreadyClaimed]: "already claimed",
  [BridgeCode.proofMismatch]: "invalid withdrawal proof",
  [BridgeCode.wrongDenom]: "withdrawal denom is not the bridge denom",
  [BridgeCode.recipientBlocked]: "recipient is a blocked module account",
  [BridgeCode.invalidGenesis]: "invalid bridge genesis",
};

/** An error in codespace `bridge`; the message ends with the code's description. */
export class BridgeError extends StrataError {
  constructor(code: BridgeCode, message = "", detail?: Record<string, unknown>) {
    super("bridge", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
