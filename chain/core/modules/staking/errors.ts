import { StrataError } from "../../errors/index.js";

/**
 * Error codes of the staking module (codespace `staking`), numbered as the Cosmos SDK's
 * `x/staking/types/errors.go` so clients see familiar codes. Never renumber.
 */
export enum StakingCode {
  emptyValidatorAddr = 2,
  noValidatorFound = 3,
  validatorOwnerExists = 4,
  validatorPubKeyExists = 5,
  validatorPubKeyTypeNotSupported = 6,
  validatorJailed = 7,
  badRemoveValidator = 8,
  commissionNegative = 9,
  commissionHuge = 10,
  commissionGTMaxRate = 11,
  commissionUpdateTime = 12,
  commissionChangeRateNegative = 13,
  commissionChangeRateGTMaxRate = 14,
  commissionGTMaxChangeRate = 15,
  selfDelegationBelowMinimum = 16,
  minSelfDelegationDecreased = 17,
  emptyDelegatorAddr = 18,
  noDelegation = 19,
  badDelegatorAddr = 20,
  noDelegatorForAddress = 21,
  insufficientShares = 22,
  delegationValidatorEmpty = 23,
  notEnoughDelegationShares = 24,
  notMature = 25,
  noUnbondingDelegation = 26,
  maxUnbondingDelegationEntries = 27,
  noRedelegation = 28,
  selfRedelegation = 29,
  tinyRedelegationAmount = 30,
  badRedelegationDst = 31,
  transitiveRedelegation = 32,
  maxRedelegationEntries = 33,
  delegatorShareExRateInvalid = 34,
  noHistoricalInfo = 38,
  emptyValidatorPubKey = 39,
  commissionLTMinRate = 40,
  badRedelegationSrc = 44,
}

// The SDK's registered description of each code; wrapped messages end with it.
const DESCRIPTIONS: Record<StakingCode, string> = {
  [StakingCode.emptyValidatorAddr]: "empty validator address",
  [StakingCode.noValidatorFound]: "validator does not exist",
  [StakingCode.validatorOwnerExists]:
    "validator already exist for this operator address; must use new validator operator address",
  [StakingCode.validatorPubKeyExists]:
    "validator already exist for this pubkey; must use new validator pubkey",
  [StakingCode.validatorPubKeyTypeNotSupported]: "validator pubkey type is not supported",
  [StakingCode.validatorJailed]: "validator for this address is currently jailed",
  [StakingCode.badRemoveValidator]: "failed to remove validator",
  [StakingCode.commissionNegative]: "commission must be positive",
  [StakingCode.commissionHuge]: "commission cannot be more than 100%",
  [StakingCode.commissionGTMaxRate]: "commission cannot be more than the max rate",
  [StakingCode.commissionUpdateTime]: "commission cannot be changed more than once in 24h",
  [StakingCode.commissionChangeRateNegative]: "commission change rate must be positive",
  [StakingCode.commissionChangeRateGTMaxRate]: "commission change rate cannot be more than the max rate",
  [StakingCode.commissionGTMaxChangeRate]: "commission cannot be changed more than max change rate",
  [StakingCode.selfDelegationBelowMinimum]:
    "validator's self delegation must be greater than their minimum self delegation",
  [StakingCode.minSelfDelegationDecreased]: "minimum self delegation cannot be decrease",
  [StakingCode.emptyDelegatorAddr]: "empty delegator address",
  [StakingCode.noDelegation]: "no delegation for (address, validator) tuple",
  [StakingCode.badDelegatorAddr]: "delegator does not exist with address",
  [StakingCode.noDelegatorForAddress]: "delegator does not contain delegation",
  [StakingCode.insufficientShares]: "insufficient delegation shares",
  [StakingCode.delegationValidatorEmpty]: "cannot delegate to an empty validator",
  [StakingCode.notEnoughDelegationShares]: "not enough delegation shares",
  [StakingCode.notMature]: "entry not mature",
  [StakingCode.noUnbondingDelegation]: "no unbonding delegation found",
  [StakingCode.maxUnbondingDelegationEntries]:
    "too many unbonding delegation entries for (delegator, validator) tuple",
  [StakingCode.noRedelegation]: "no redelegation found",
  [StakingCode.selfRedelegation]: "cannot redelegate to the same validator",
  [StakingCode.tinyRedelegationAmount]: "too few tokens to redelegate (truncates to zero tokens)",
  [StakingCode.badRedelegationDst]: "redelegation destination validator not found",
  [StakingCode.transitiveRedelegation]:
    "redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation",
  [StakingCode.maxRedelegationEntries]:
    "too many redelegation entries for (delegator, src-validator, dst-validator) tuple",
  [StakingCode.delegatorShareExRateInvalid]: "cannot delegate to validators with invalid (zero) ex-rate",
  [StakingCode.noHistoricalInfo]: "no historical info found",
  [StakingCode.emptyValidatorPubKey]: "empty validator public key",
  [StakingCode.commissionLTMinRate]: "commission cannot be less than min rate",
  [StakingCode.badRedelegationSrc]: "redelegation source validator not found",
};

/** An error in codespace `staking`; the message ends with the code's standard description. */
export class StakingError extends StrataError {
  constructor(code: StakingCode, message = "", detail?: Record<string, unknown>) {
    super("staking", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
