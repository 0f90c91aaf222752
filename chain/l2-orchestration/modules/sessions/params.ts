import { SessionsCode, SessionsError } from "./errors.js";

/** Sessions parameters (RULES.md, sessions, "Default params"). */
export interface SessionsParams {
  /** Longest session, in blocks. */
  maxDurationBlocks: number;
  /** Highest redundancy k. */
  maxRedundancy: number;
}

/** The defaults of RULES.md: 1,000,000 blocks, redundancy 8. */
export const DEFAULT_SESSIONS_PARAMS: SessionsParams = { maxDurationBlocks: 1_000_000, maxRedundancy: 8 };

/** Sessions params in genesis JSON (the `strata.sessions.v1.Params` fields). */
export interface SessionsParamsJson {
  maxDurationBlocks?: number;
  maxRedundancy?: number;
}

/**
 * Defaults overlaid with the given JSON params, validated.
 * @throws SessionsError(invalidGenesis) naming the bad param.
 */
export function parseSessionsParams(json: SessionsParamsJson | undefined): SessionsParams {
  const p = { ...DEFAULT_SESSIONS_PARAMS, ...json };
  for (const [name, value] of Object.entries(p)) {
    // [REJECT] both params are positive integers (a zero would refuse every session)
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1)
      throw new SessionsError(SessionsCode.invalidGenesis, `param ${name} must be a positive integer`);
  }
  // [REJECT] max_redundancy fits the proto's uint32
  if (p.maxRedundancy > 0xffffffff)
    throw new SessionsError(SessionsCode.invalidGenesis, "param maxRedundancy too large");
  return { maxDurationBlocks: p.maxDurationBlocks, maxRedundancy: p.maxRedundancy };
}
