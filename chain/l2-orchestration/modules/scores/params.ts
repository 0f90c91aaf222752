import type { strata } from "../../../../proto/gen/strata.js";
import { type Decoded, SCALE } from "../../shared/index.js";
import { ScoresCode, ScoresError } from "./errors.js";

/** Scores parameters (RULES.md, scores, "Default params"). */
export type ScoresParams = Decoded<strata.scores.v1.IParams>;

/** Defaults: 3 guards per task, quorum 2, 50 blocks to score, fraud below 0.5, 200 scores per message. */
export const DEFAULT_SCORES_PARAMS: Readonly<ScoresParams> = Object.freeze({
  guardsPerTask: 3,
  quorum: 2,
  scoreBlocks: 50,
  fraudThreshold: 500_000,
  maxScoresPerMsg: 200,
});

/** Scores params in genesis JSON: any subset, the rest defaults. */
export type ScoresParamsJson = Partial<ScoresParams>;

/**
 * Defaults overlaid with the given params, validated.
 * @throws ScoresError(invalidGenesis) naming the bad param.
 */
export function parseScoresParams(json: ScoresParamsJson | undefined): ScoresParams {
  const d = DEFAULT_SCORES_PARAMS;
  const p: ScoresParams = {
    guardsPerTask: json?.guardsPerTask ?? d.guardsPerTask,
    quorum: json?.quorum ?? d.quorum,
    scoreBlocks: json?.scoreBlocks ?? d.scoreBlocks,
    fraudThreshold: json?.fraudThreshold ?? d.fraudThreshold,
    maxScoresPerMsg: json?.maxScoresPerMsg ?? d.maxScoresPerMsg,
  };
  const bad = (msg: string) => new ScoresError(ScoresCode.invalidGenesis, `params.${msg}`);
  for (const name of ["guardsPerTask", "quorum", "scoreBlocks", "maxScoresPerMsg"] as const) {
    // [REJECT] counts and windows are positive integers
    if (!Number.isSafeInteger(p[name]) || p[name] < 1) throw bad(`${name} must be a positive integer`);
  }
  for (const name of ["guardsPerTask", "quorum", "maxScoresPerMsg"] as const) {
    if (p[name] > 0xffffffff) throw bad(`${name} exceeds u32`);
  }
  // [REJECT] the quorum is at most the guards drawn
  if (p.quorum > p.guardsPerTask) throw bad(`quorum ${p.quorum} exceeds guardsPerTask ${p.guardsPerTask}`);
  // [REJECT] the fraud threshold is a score: within [0, SCALE]
  if (!Number.isSafeInteger(p.fraudThreshold) || p.fraudThreshold < 0 || BigInt(p.fraudThreshold) > SCALE) {
    throw bad(`fraudThreshold must be within [0, ${SCALE}]`);
  }
  return p;
}
