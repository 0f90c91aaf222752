import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import { BlockIdFlag, type Commit } from "./types.js";
import type { ValidatorSet } from "./validatorSet.js";

/** Minimum step between a block's time and the votes on it (CometBFT `timeIota`, 1 ms), in ns. */
export const TIME_IOTA_NS = 1_000_000n;

/**
 * BFT time (`cometbft:spec/consensus/bft-time.md`, `types.MedianTime`): the voting-power-weighted
 * median of the timestamps of the non-absent entries of `lastCommit`, weighted by the powers in
 * `lastValSet` (the set that signed it). This is the time block h+1 must carry when `lastCommit`
 * is the commit of block h. Faulty validators with less than 1/3 of the power cannot move it
 * outside the range of honest timestamps.
 *
 * Algorithm (CometBFT `WeightedMedian`): sort entries by time; walk them subtracting weights from
 * `floor(total/2)` and return the first whose weight is ≥ what is left.
 * @throws ConsensusError `invalidCommit` when no entry of the commit belongs to the set.
 */
export function bftTime(lastCommit: Commit, lastValSet: ValidatorSet): bigint {
  const weighted: { time: bigint; weight: bigint }[] = [];
  let total = 0n;
  for (const sig of lastCommit.signatures) {
    if (sig.blockIdFlag === BlockIdFlag.absent) continue;
    const found = lastValSet.getByAddress(sig.validatorAddress);
    if (found === undefined) continue;
    weighted.push({ time: sig.timestamp, weight: found.validator.votingPower });
    total += found.validator.votingPower;
  }
  if (weighted.length === 0) {
    throw new ConsensusError(
      ConsensusErrorCode.invalidCommit,
      "commit has no signer from the validator set",
      {
        height: lastCommit.height,
      },
    );
  }
  weighted.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  let median = total / 2n;
  for (const w of weighted) {
    if (median <= w.weight) return w.time;
    median -= w.weight;
  }
  // Unreachable: the weights sum to `total` > `total / 2`.
  return weighted[weighted.length - 1]!.time;
}
