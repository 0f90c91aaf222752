import { SdkCode, SdkError } from "../../app/errors.js";
import { DEC_ONE, type Dec, decFromString, decToString } from "../staking/index.js";

/** Distribution parameters. */
export interface DistributionParams {
  /** Share of collected fees kept for the community pool (decimal). */
  communityTax: Dec;
  /** Whether delegators may set a withdraw address. */
  withdrawAddrEnabled: boolean;
  /** Bond-denom tokens minted into the fee collector every block (0 for none). */
  blockReward: bigint;
}

/** Defaults: the SDK's community tax (2 %), withdraw addresses enabled, no block reward. */
export const DEFAULT_DISTRIBUTION_PARAMS: DistributionParams = {
  communityTax: DEC_ONE / 50n,
  withdrawAddrEnabled: true,
  blockReward: 0n,
};

/** Distribution params in genesis JSON (decimals as `"0.02"`, amounts as decimal strings). */
export interface DistributionParamsJson {
  communityTax?: string;
  withdrawAddrEnabled?: boolean;
  blockReward?: string;
}

/**
 * Defaults overlaid with the given JSON params, validated.
 * @throws SdkError(invalidRequest) naming the bad param.
 */
export function parseDistributionParams(json: DistributionParamsJson | undefined): DistributionParams {
  const p = { ...DEFAULT_DISTRIBUTION_PARAMS };
  if (json?.communityTax !== undefined) p.communityTax = decFromString(json.communityTax);
  if (json?.withdrawAddrEnabled !== undefined) p.withdrawAddrEnabled = json.withdrawAddrEnabled;
  if (json?.blockReward !== undefined) {
    // [REJECT] the block reward is a non-negative integer amount
    if (!/^[0-9]{1,78}$/.test(json.blockReward))
      throw new SdkError(
        SdkCode.invalidRequest,
        `invalid distribution params: block reward ${json.blockReward}`,
      );
    p.blockReward = BigInt(json.blockReward);
  }
  // [REJECT] community tax within [0, 1]
  if (p.communityTax < 0n || p.communityTax > DEC_ONE)
    throw new SdkError(
      SdkCode.invalidRequest,
      "invalid distribution params: community tax must be between 0 and 1",
    );
  return p;
}

/** The JSON (genesis) form of params. */
export function distributionParamsToJson(p: DistributionParams): Required<DistributionParamsJson> {
  return {
    communityTax: decToString(p.communityTax),
    withdrawAddrEnabled: p.withdrawAddrEnabled,
    blockReward: p.blockReward.toString(),
  };
}
