import { SdkCode, SdkError } from "../../app/errors.js";
import {
  DEC_ONE,
  type Dec,
  decFromString,
  decToString,
  formatDuration,
  parseDurationNs,
} from "../staking/index.js";

/** Slashing parameters. */
export interface SlashingParams {
  /** Blocks in the liveness window. */
  signedBlocksWindow: bigint;
  /** Share of the window a validator must sign (decimal). */
  minSignedPerWindow: Dec;
  /** How long a validator jailed for downtime stays jailed, ns. */
  downtimeJailDurationNs: bigint;
  slashFractionDoubleSign: Dec;
  slashFractionDowntime: Dec;
}

/** The SDK's defaults: 100-block window, 50 % signed, 10 min jail, 5 % double-sign, 1 % downtime. */
export const DEFAULT_SLASHING_PARAMS: SlashingParams = {
  signedBlocksWindow: 100n,
  minSignedPerWindow: DEC_ONE / 2n,
  downtimeJailDurationNs: 600n * 1_000_000_000n,
  slashFractionDoubleSign: DEC_ONE / 20n,
  slashFractionDowntime: DEC_ONE / 100n,
};

/** Slashing params in genesis JSON: decimals as `"0.05"`, durations as `"600s"`. */
export interface SlashingParamsJson {
  signedBlocksWindow?: string;
  minSignedPerWindow?: string;
  downtimeJailDuration?: string;
  slashFractionDoubleSign?: string;
  slashFractionDowntime?: string;
}

/**
 * Defaults overlaid with the given JSON params, validated as the SDK's `Params.Validate`.
 * @throws SdkError(invalidRequest) naming the bad param.
 */
export function parseSlashingParams(json: SlashingParamsJson | undefined): SlashingParams {
  const p = { ...DEFAULT_SLASHING_PARAMS };
  const bad = (msg: string) => new SdkError(SdkCode.invalidRequest, `invalid slashing params: ${msg}`);
  if (json?.signedBlocksWindow !== undefined) {
    if (!/^[0-9]{1,18}$/.test(json.signedBlocksWindow)) throw bad("signed blocks window");
    p.signedBlocksWindow = BigInt(json.signedBlocksWindow);
  }
  if (json?.minSignedPerWindow !== undefined) p.minSignedPerWindow = decFromString(json.minSignedPerWindow);
  if (json?.downtimeJailDuration !== undefined)
    p.downtimeJailDurationNs = parseDurationNs(json.downtimeJailDuration);
  if (json?.slashFractionDoubleSign !== undefined)
    p.slashFractionDoubleSign = decFromString(json.slashFractionDoubleSign);
  if (json?.slashFractionDowntime !== undefined)
    p.slashFractionDowntime = decFromString(json.slashFractionDowntime);
  // [REJECT] the window must be positive; fractions within [0, 1]; jail duration positive
  if (p.signedBlocksWindow <= 0n) throw bad("signed blocks window must be positive");
  if (p.downtimeJailDurationNs <= 0n) throw bad("downtime jail duration must be positive");
  for (const [name, value] of [
    ["min signed per window", p.minSignedPerWindow],
    ["double sign slash fraction", p.slashFractionDoubleSign],
    ["downtime slash fraction", p.slashFractionDowntime],
  ] as const) {
    if (value < 0n || value > DEC_ONE) throw bad(`${name} must be between 0 and 1`);
  }
  return p;
}

/** The JSON (genesis) form of params. */
export function slashingParamsToJson(p: SlashingParams): Required<SlashingParamsJson> {
  return {
    signedBlocksWindow: p.signedBlocksWindow.toString(),
    minSignedPerWindow: decToString(p.minSignedPerWindow),
    downtimeJailDuration: formatDuration(p.downtimeJailDurationNs),
    slashFractionDoubleSign: decToString(p.slashFractionDoubleSign),
    slashFractionDowntime: decToString(p.slashFractionDowntime),
  };
}
