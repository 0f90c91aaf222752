import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the child-side bridge module (codespace `bridge`). Never renumber. */
export enum BridgeCode {
  /** A message field that breaks a format rule (addresses, amounts, nonces, list sizes). */
  invalidRequest = 2,
  /** The signer of `MsgMintDeposits` is not in params `relayers`. */
  unauthorizedRelayer = 3,
  /** A deposit nonce at or below the cursor: it was minted already. */
  alreadyMinted = 4,
  /** A deposit nonce above cursor + 1: a deposit would be skipped. */
  nonceGap = 5,
  /** A deposit whose denom is not the bridge denom. */
  wrongDenom = 6,
  /** A genesis section or params that break a rule. */
  invalidGenesis = 7,
  /** The withdrawal list holds 2^32 − 1 withdrawals. */
  listFull = 8,
}

const DESCRIPTIONS: Record<BridgeCode, string> = {
  [BridgeCode.invalidRequest]: "invalid request",
  [BridgeCode.unauthorizedRelayer]: "not a bridge relayer",
  [BridgeCode.alreadyMinted]: "deposit already minted",
  [BridgeCode.nonceGap]: "deposit nonce out of order",
  [BridgeCode.wrongDenom]: "deposit denom is not the bridge denom",
  [BridgeCode.invalidGenesis]: "invalid bridge genesis",
  [BridgeCode.listFull]: "withdrawal list full",
};

/** An error in codespace `bridge`; the message ends with the code's description. */
export class BridgeError extends StrataError {
  constructor(code: BridgeCode, message = "", detail?: Record<string, unknown>) {
    super("bridge", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
