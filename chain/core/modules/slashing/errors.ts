import { StrataError } from "../../errors/index.js";

/**
 * Error codes of the slashing module (codespace `slashing`), numbered as the Cosmos SDK's
 * `x/slashing/types/errors.go`. Never renumber.
 */
export enum SlashingCode {
  noValidatorForAddress = 2,
  badValidatorAddr = 3,
  validatorJailed = 4,
  validatorNotJailed = 5,
  missingSelfDelegation = 6,
  selfDelegationTooLowToUnjail = 7,
  noSigningInfoFound = 8,
  validatorTombstoned = 9,
}

const DESCRIPTIONS: Record<SlashingCode, string> = {
  [SlashingCode.noValidatorForAddress]: "address is not associated with any known validator",
  [SlashingCode.badValidatorAddr]: "validator does not exist for that address",
  [SlashingCode.validatorJailed]: "validator still jailed; cannot be unjailed",
  [SlashingCode.validatorNotJailed]: "validator not jailed; cannot be unjailed",
  [SlashingCode.missingSelfDelegation]: "validator has no self-delegation; cannot be unjailed",
  [SlashingCode.selfDelegationTooLowToUnjail]:
    "validator's self delegation less than minimum; cannot be unjailed",
  [SlashingCode.noSigningInfoFound]: "no validator signing info found",
  [SlashingCode.validatorTombstoned]: "validator already tombstoned",
};

/** An error in codespace `slashing`; the message ends with the code's standard description. */
export class SlashingError extends StrataError {
  constructor(code: SlashingCode, message = "", detail?: Record<string, unknown>) {
    super("slashing", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
