import { StrataError } from "../../errors/index.js";

/**
 * Error codes of the distribution module (codespace `distribution`), numbered as the Cosmos SDK's
 * `x/distribution/types/errors.go`. Never renumber.
 */
export enum DistributionCode {
  emptyDelegatorAddr = 2,
  emptyWithdrawAddr = 3,
  emptyValidatorAddr = 4,
  emptyDelegationDistInfo = 5,
  noValidatorDistInfo = 6,
  noValidatorCommission = 7,
  setWithdrawAddrDisabled = 8,
  noValidatorExists = 12,
  noDelegationExists = 13,
}

const DESCRIPTIONS: Record<DistributionCode, string> = {
  [DistributionCode.emptyDelegatorAddr]: "delegator address is empty",
  [DistributionCode.emptyWithdrawAddr]: "withdraw address is empty",
  [DistributionCode.emptyValidatorAddr]: "validator address is empty",
  [DistributionCode.emptyDelegationDistInfo]: "no delegation distribution info",
  [DistributionCode.noValidatorDistInfo]: "no validator distribution info",
  [DistributionCode.noValidatorCommission]: "no validator commission to withdraw",
  [DistributionCode.setWithdrawAddrDisabled]: "set withdraw address disabled",
  [DistributionCode.noValidatorExists]: "validator does not exist",
  [DistributionCode.noDelegationExists]: "delegation does not exist",
};

/** An error in codespace `distribution`; the message ends with the code's standard description. */
export class DistributionError extends StrataError {
  constructor(code: DistributionCode, message = "", detail?: Record<string, unknown>) {
    super("distribution", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
