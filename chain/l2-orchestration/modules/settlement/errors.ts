import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the settlement module (codespace `settlement`). Never renumber. */
export enum SettlementCode {
  /** Params or genesis that break a rule. */
  invalidGenesis = 2,
  /**
   * A settlement that would break an invariant (charge above the reservation, payments not
   * summing to the charge, unknown model). It signals a bug; the block (or tx) fails.
   */
  invariant = 3,
}

const DESCRIPTIONS: Record<SettlementCode, string> = {
  [SettlementCode.invalidGenesis]: "invalid settlement genesis",
  [SettlementCode.invariant]: "settlement invariant broken",
};

/** An error in codespace `settlement`; the message ends with the code's description. */
export class SettlementError extends StrataError {
  constructor(code: SettlementCode, message = "", detail?: Record<string, unknown>) {
    super("settlement", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
