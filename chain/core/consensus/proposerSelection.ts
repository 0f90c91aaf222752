/**
 * CometBFT's weighted round-robin proposer selection (`spec/consensus/proposer-selection.md`,
 * `types/validator_set.go`), on int64 priorities kept as `bigint` and clipped to int64 exactly as
 * CometBFT's `safeAddClip` / `safeSubClip` do.
 *
 * One call of {@link incrementPriorities}(times):
 * 1. rescale: if max(A) − min(A) > 2·P, divide every A by ceil(diff / 2P) (truncating, as Go);
 * 2. centre: subtract floor(sum(A) / n) (Go's `big.Int.Div` is Euclidean, i.e. floor for n > 0);
 * 3. `times` times: A(i) += VP(i) for all i; the proposer is argmax A, ties to the lower address;
 *    A(proposer) −= P.
 */

/** Priorities stay within int64, like CometBFT's. */
export const INT64_MAX = (1n << 63n) - 1n;
/** Lower int64 bound. */
export const INT64_MIN = -(1n << 63n);
/** Largest total voting power (CometBFT `MaxTotalVotingPower` = MaxInt64 / 8). */
export const MAX_TOTAL_VOTING_POWER = INT64_MAX / 8n;
/** Priority window, in units of total power (CometBFT `PriorityWindowSizeFactor`). */
export const PRIORITY_WINDOW_SIZE_FACTOR = 2n;

/** The mutable view of a validator the priority arithmetic works on. */
export interface PriorityEntry {
  /** 20-byte address (tie-break key). */
  readonly address: Uint8Array;
  /** Voting power (> 0). */
  readonly votingPower: bigint;
  /** Current priority A(i). */
  proposerPriority: bigint;
}

/** Clamps to int64, as CometBFT's safe add/sub clip. */
export function clipInt64(value: bigint): bigint {
  if (value > INT64_MAX) return INT64_MAX;
  if (value < INT64_MIN) return INT64_MIN;
  return value;
}

/**
 * True when `a` wins over `b` as proposer: higher priority, or equal priority and the lower
 * address (CometBFT `Validator.CompareProposerPriority`).
 */
export function hasPriorityOver(a: PriorityEntry, b: PriorityEntry): boolean {
  if (a.proposerPriority !== b.proposerPriority) return a.proposerPriority > b.proposerPriority;
  return Buffer.compare(a.address, b.address) < 0;
}

/** Index of the entry with the highest priority (ties to the lower address). */
export function argmaxPriority(entries: readonly PriorityEntry[]): number {
  let best = 0;
  for (let i = 1; i < entries.length; i++) {
    if (hasPriorityOver(entries[i]!, entries[best]!)) best = i;
  }
  return best;
}

/** Rescales priorities so max − min ≤ `diffMax` (CometBFT `RescalePriorities`). Mutates. */
export function rescalePriorities(entries: PriorityEntry[], diffMax: bigint): void {
  // CometBFT treats a non-positive window as "nothing to do" (only possible for empty sets).
  if (diffMax <= 0n || entries.length === 0) return;
  let max = INT64_MIN;
  let min = INT64_MAX;
  for (const e of entries) {
    if (e.proposerPriority > max) max = e.proposerPriority;
    if (e.proposerPriority < min) min = e.proposerPriority;
  }
  const diff = max - min;
  if (diff > diffMax) {
    const ratio = (diff + diffMax - 1n) / diffMax;
    // BigInt division truncates toward zero, like Go's int64 division.
    for (const e of entries) e.proposerPriority /= ratio;
  }
}

// Floor division for a positive divisor (BigInt `/` truncates toward zero).
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b < 0n ? q - 1n : q;
}

/** Subtracts the average priority from every entry (CometBFT `shiftByAvgProposerPriority`). Mutates. */
export function centrePriorities(entries: PriorityEntry[]): void {
  if (entries.length === 0) return;
  let sum = 0n;
  for (const e of entries) sum += e.proposerPriority;
  // Go's big.Int.Div is Euclidean division: for a positive divisor that is the floor.
  const avg = floorDiv(sum, BigInt(entries.length));
  for (const e of entries) e.proposerPriority = clipInt64(e.proposerPriority - avg);
}

/**
 * One CometBFT `IncrementProposerPriority(times)`: rescale, centre, then `times` rounds of
 * "add power, pick argmax, subtract total". Mutates `entries`.
 * @returns index of the last proposer picked.
 * @throws RangeError when `entries` is empty or `times` < 1.
 */
export function incrementPriorities(
  entries: PriorityEntry[],
  totalVotingPower: bigint,
  times: number,
): number {
  if (entries.length === 0) throw new RangeError("empty validator set");
  if (!Number.isInteger(times) || times < 1) throw new RangeError("times must be a positive integer");
  rescalePriorities(entries, PRIORITY_WINDOW_SIZE_FACTOR * totalVotingPower);
  centrePriorities(entries);
  let proposer = 0;
  for (let t = 0; t < times; t++) {
    for (const e of entries) e.proposerPriority = clipInt64(e.proposerPriority + e.votingPower);
    proposer = argmaxPriority(entries);
    const chosen = entries[proposer]!;
    chosen.proposerPriority = clipInt64(chosen.proposerPriority - totalVotingPower);
  }
  return proposer;
}

/**
 * Priority of a validator joining a set (CometBFT `computeNewPriorities`): −1.125·P computed as
 * −(P + P>>3), where P is the total power after the updates and before the removals, so a
 * validator cannot reset a negative priority by leaving and re-joining.
 */
export function newValidatorPriority(totalAfterUpdatesBeforeRemovals: bigint): bigint {
  return -(totalAfterUpdatesBeforeRemovals + (totalAfterUpdatesBeforeRemovals >> 3n));
}
