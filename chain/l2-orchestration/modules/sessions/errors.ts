import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the sessions module (codespace `sessions`). Never renumber. */
export enum SessionsCode {
  /** A message field that breaks a format rule (digest, amounts, counts, routers list). */
  invalidRequest = 2,
  /** No session with that id. */
  notFound = 3,
  /** The session's model version does not exist. */
  modelNotFound = 4,
  /** The model version is PENDING or DEPRECATED: new sessions need a VERIFIED one. */
  modelNotVerified = 5,
  /** Redundancy above `max_redundancy` or above the active executors serving the model. */
  redundancyTooHigh = 6,
  /** `max_price_per_1k` below one of the model's prices. */
  priceTooLow = 7,
  /** Duration above `max_duration_blocks`. */
  durationTooLong = 8,
  /** A listed router is not an active router. */
  notActiveRouter = 9,
  /** A private session (`l3_chain_id` set) that names no registered L3 chain ([l3r-8]). */
  privateNotSupported = 10,
  /** Deposit below one task's price (or zero). */
  depositTooLow = 11,
  /** The session is not OPEN. */
  notOpen = 12,
  /** The signer does not own the session. */
  notOwner = 13,
  /** Close with tasks not yet settled. */
  openTasks = 14,
  /** A reservation beyond the session's free balance ("work beyond the session's deposit"). */
  insufficientDeposit = 15,
  /** A genesis section or params that break a rule. */
  invalidGenesis = 16,
  /** Another OPEN session already uses the same API key hash. */
  duplicateApiKey = 17,
}

const DESCRIPTIONS: Record<SessionsCode, string> = {
  [SessionsCode.invalidRequest]: "invalid request",
  [SessionsCode.notFound]: "session not found",
  [SessionsCode.modelNotFound]: "model not found",
  [SessionsCode.modelNotVerified]: "model not verified",
  [SessionsCode.redundancyTooHigh]: "redundancy too high",
  [SessionsCode.priceTooLow]: "max price below the model's prices",
  [SessionsCode.durationTooLong]: "duration too long",
  [SessionsCode.notActiveRouter]: "not an active router",
  [SessionsCode.privateNotSupported]: "unknown L3 chain for a private session",
  [SessionsCode.depositTooLow]: "deposit below one task's price",
  [SessionsCode.notOpen]: "session not open",
  [SessionsCode.notOwner]: "not the session owner",
  [SessionsCode.openTasks]: "tasks not yet settled",
  [SessionsCode.insufficientDeposit]: "work beyond the session's deposit",
  [SessionsCode.invalidGenesis]: "invalid sessions genesis",
  [SessionsCode.duplicateApiKey]: "API key already used by an open session",
};

/** An error in codespace `sessions`; the message ends with the code's description. */
export class SessionsError extends StrataError {
  constructor(code: SessionsCode, message = "", detail?: Record<string, unknown>) {
    super("sessions", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
