import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the membership module (codespace `membership`). Never renumber. */
export enum MembershipCode {
  /** A message field that breaks a format rule. */
  invalidRequest = 2,
  /** The signer is not an admin ([mem-2]). */
  notAdmin = 3,
  /** No proposal with that id. */
  proposalNotFound = 4,
  /** The proposal is not PENDING. */
  notPending = 5,
  /** The admin already approved the proposal. */
  alreadyApproved = 6,
  /** The address is already a party or a custodian. */
  alreadyParty = 7,
  /** The address is not a party. */
  notParty = 8,
  /** The change would leave no admin or a threshold above the admins. */
  adminRule = 9,
  /** A genesis section or params that break a rule. */
  invalidGenesis = 10,
}

const DESCRIPTIONS: Record<MembershipCode, string> = {
  [MembershipCode.invalidRequest]: "invalid request",
  [MembershipCode.notAdmin]: "not an admin",
  [MembershipCode.proposalNotFound]: "proposal not found",
  [MembershipCode.notPending]: "proposal not pending",
  [MembershipCode.alreadyApproved]: "already approved",
  [MembershipCode.alreadyParty]: "already a party",
  [MembershipCode.notParty]: "not a party",
  [MembershipCode.adminRule]: "admin rule broken",
  [MembershipCode.invalidGenesis]: "invalid membership genesis",
};

/** An error in codespace `membership`; the message ends with the code's description. */
export class MembershipError extends StrataError {
  constructor(code: MembershipCode, message = "", detail?: Record<string, unknown>) {
    super("membership", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
