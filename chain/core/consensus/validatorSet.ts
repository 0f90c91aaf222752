import { addressFromPubKey } from "../crypto/ed25519.js";
import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import {
  argmaxPriority,
  centrePriorities,
  incrementPriorities,
  MAX_TOTAL_VOTING_POWER,
  newValidatorPriority,
  PRIORITY_WINDOW_SIZE_FACTOR,
  type PriorityEntry,
  rescalePriorities,
} from "./proposerSelection.js";
import { MAX_VALIDATORS, type ValidatorInput, ValidatorListSsz } from "./types.js";

/** A validator of a {@link ValidatorSet}. */
export interface Validator {
  /** First 20 bytes of sha256(pubKey). */
  readonly address: Uint8Array;
  /** ed25519 public key (32 bytes). */
  readonly pubKey: Uint8Array;
  /** Voting power (> 0). */
  readonly votingPower: bigint;
  /** Proposer priority A(i) (int64). */
  readonly proposerPriority: bigint;
}

/** A validator and its index in the set. */
export interface IndexedValidator {
  /** Position in {@link ValidatorSet.validators} (the vote's validatorIndex). */
  readonly index: number;
  /** The validator. */
  readonly validator: Validator;
}

function invalidSet(message: string, detail?: Record<string, unknown>): ConsensusError {
  return new ConsensusError(ConsensusErrorCode.invalidValidatorSet, message, detail);
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

// CometBFT `ValidatorsByVotingPower`: power descending, then address ascending. Vote indices are
// positions in this order, so every node must sort identically.
function byPowerThenAddress(a: PriorityEntry, b: PriorityEntry): number {
  if (a.votingPower !== b.votingPower) return a.votingPower > b.votingPower ? -1 : 1;
  return Buffer.compare(a.address, b.address);
}

interface MutableValidator extends PriorityEntry {
  readonly pubKey: Uint8Array;
}

/**
 * The validator set of one height, immutable. Validators are ordered by power (descending) then
 * address; `proposer` is the proposer of round 0 at the height the set is for, i.e. the result of
 * the set's last priority increment (CometBFT `ValidatorSet.Proposer`).
 *
 * Height to height the host derives the next set as CometBFT's state execution does:
 * `next = current.withChanges(updates).incrementProposerPriority(1)` (or without `withChanges`
 * when nothing changed); which block's updates apply at which height is the staking module's rule.
 */
export class ValidatorSet {
  /** Validators in set order. */
  readonly validators: readonly Validator[];
  /** Proposer of round 0 at this set's height. */
  readonly proposer: Validator;
  /** Sum of all voting power. */
  readonly totalVotingPower: bigint;

  private readonly byAddress: Map<string, number>;
  // proposerForRound cache: proposers of rounds 0..k and the set after k single increments.
  private readonly roundProposers: Validator[];
  private lastRoundSet: ValidatorSet;
  private cachedHash: Uint8Array | undefined;

  private constructor(validators: readonly MutableValidator[], proposerAddress: Uint8Array) {
    const frozen = validators.map((v) =>
      Object.freeze({
        address: v.address,
        pubKey: v.pubKey,
        votingPower: v.votingPower,
        proposerPriority: v.proposerPriority,
      }),
    );
    this.validators = Object.freeze(frozen);
    this.byAddress = new Map(frozen.map((v, i) => [hex(v.address), i]));
    this.totalVotingPower = frozen.reduce((sum, v) => sum + v.votingPower, 0n);
    const proposerIndex = this.byAddress.get(hex(proposerAddress));
    if (proposerIndex === undefined) throw invalidSet("the proposer is not in the validator set");
    this.proposer = frozen[proposerIndex]!;
    this.roundProposers = [this.proposer];
    this.lastRoundSet = this;
  }

  /**
   * A genesis set (CometBFT `NewValidatorSet`): every validator starts at priority 0 after
   * centring, then priorities are incremented once, which picks the first proposer.
   * @throws ConsensusError `invalidValidatorSet` for an empty list, duplicate keys, bad keys or
   *   power out of range.
   */
  static create(inputs: readonly ValidatorInput[]): ValidatorSet {
    if (inputs.length === 0) throw invalidSet("a validator set cannot be empty");
    const entries = applyChanges([], inputs, false);
    const total = entries.reduce((s, v) => s + v.votingPower, 0n);
    const proposer = incrementPriorities(entries, total, 1);
    return new ValidatorSet(entries, entries[proposer]!.address);
  }

  /**
   * Rebuilds a stored set exactly (validators with their priorities and the recorded proposer),
   * for the host's state store and the WAL.
   * @throws ConsensusError `invalidValidatorSet` when the data is inconsistent.
   */
  static restore(validators: readonly Validator[], proposerAddress: Uint8Array): ValidatorSet {
    if (validators.length === 0 || validators.length > MAX_VALIDATORS)
      throw invalidSet("bad validator count");
    const entries: MutableValidator[] = validators.map((v) => {
      checkPubKey(v.pubKey);
      if (Buffer.compare(addressFromPubKey(v.pubKey), v.address) !== 0) {
        throw invalidSet("validator address does not match its public key", { address: hex(v.address) });
      }
      if (v.votingPower <= 0n) throw invalidSet("stored validator with non-positive power");
      return {
        address: v.address,
        pubKey: v.pubKey,
        votingPower: v.votingPower,
        proposerPriority: v.proposerPriority,
      };
    });
    entries.sort(byPowerThenAddress);
    assertUniqueAndBounded(entries);
    return new ValidatorSet(entries, proposerAddress);
  }

  /** Number of validators. */
  get size(): number {
    return this.validators.length;
  }

  /** The validator at `index`, or undefined. */
  getByIndex(index: number): Validator | undefined {
    return this.validators[index];
  }

  /** The validator with this address and its index, or undefined. */
  getByAddress(address: Uint8Array): IndexedValidator | undefined {
    const index = this.byAddress.get(hex(address));
    return index === undefined ? undefined : { index, validator: this.validators[index]! };
  }

  /**
   * A copy with priorities incremented `times` times (CometBFT `CopyIncrementProposerPriority`);
   * its `proposer` is the validator picked last.
   * @throws RangeError when `times` < 1.
   */
  incrementProposerPriority(times: number): ValidatorSet {
    const entries = this.mutableCopy();
    const proposer = incrementPriorities(entries, this.totalVotingPower, times);
    return new ValidatorSet(entries, entries[proposer]!.address);
  }

  /**
   * Proposer of `round` at this set's height: round 0 is {@link proposer}; round r > 0 is the
   * proposer after r further single increments, each one a CometBFT `IncrementProposerPriority(1)`
   * (rescale, centre, one step), which is what a CometBFT node computes as it moves through the
   * rounds one by one.
   *
   * CometBFT's round-r proposer depends on the path: a node that jumps from round 0 to r calls
   * `IncrementProposerPriority(r)` once, and the rescale between steps can make the two differ
   * after validators joined with far-apart priorities. Fixing the walk-through version makes
   * proposer(h, r) a pure function every node of ours agrees on.
   * @throws RangeError when `round` is negative or not an integer.
   */
  proposerForRound(round: number): Validator {
    if (!Number.isInteger(round) || round < 0) throw new RangeError("round must be a non-negative integer");
    while (this.roundProposers.length <= round) {
      this.lastRoundSet = this.lastRoundSet.incrementProposerPriority(1);
      this.roundProposers.push(this.lastRoundSet.proposer);
    }
    return this.roundProposers[round]!;
  }

  /**
   * The set after a change set (CometBFT `UpdateWithChangeSet`): power 0 removes a validator, a
   * known key changes power, a new key joins at priority −1.125·P; priorities are then rescaled
   * and centred. The proposer stays the same validator when it is still in the set (else the
   * highest priority); call {@link incrementProposerPriority} to move to the next height.
   * @throws ConsensusError `invalidValidatorSet` for duplicates, unknown removals, an empty result
   *   or a total power above `MAX_TOTAL_VOTING_POWER`.
   */
  withChanges(changes: readonly ValidatorInput[]): ValidatorSet {
    if (changes.length === 0) return this;
    const entries = applyChanges(this.mutableCopy(), changes, true);
    const keep = entries.find((e) => Buffer.compare(e.address, this.proposer.address) === 0);
    const proposer = keep ?? entries[argmaxPriority(entries)]!;
    return new ValidatorSet(entries, proposer.address);
  }

  /**
   * SSZ hash-tree root of the set as it goes into headers: the list of (pubKey, votingPower) in set
   * order. Priorities are not part of it.
   */
  hash(): Uint8Array {
    this.cachedHash ??= ValidatorListSsz.hashTreeRoot(
      this.validators.map((v) => ({ pubKey: v.pubKey, votingPower: v.votingPower })),
    );
    return this.cachedHash;
  }

  private mutableCopy(): MutableValidator[] {
    return this.validators.map((v) => ({
      address: v.address,
      pubKey: v.pubKey,
      votingPower: v.votingPower,
      proposerPriority: v.proposerPriority,
    }));
  }
}

function checkPubKey(pubKey: Uint8Array): void {
  if (!(pubKey instanceof Uint8Array) || pubKey.length !== 32)
    throw invalidSet("ed25519 public keys are 32 bytes");
}

function assertUniqueAndBounded(entries: readonly MutableValidator[]): void {
  const seen = new Set<string>();
  let total = 0n;
  for (const e of entries) {
    const key = hex(e.address);
    if (seen.has(key)) throw invalidSet("duplicate validator", { address: key });
    seen.add(key);
    total += e.votingPower;
  }
  if (total > MAX_TOTAL_VOTING_POWER) throw invalidSet("total voting power above the maximum");
}

// CometBFT `updateWithChangeSet`: validate, compute new priorities against the total after updates
// and before removals, merge, remove, rescale and centre, sort by power.
function applyChanges(
  existing: MutableValidator[],
  changes: readonly ValidatorInput[],
  allowRemovals: boolean,
): MutableValidator[] {
  const byAddress = new Map(existing.map((v) => [hex(v.address), v]));
  const seen = new Set<string>();
  const updates: MutableValidator[] = [];
  const removals: string[] = [];
  for (const change of changes) {
    checkPubKey(change.pubKey);
    const address = addressFromPubKey(change.pubKey);
    const key = hex(address);
    // [REJECT] one change per validator.
    if (seen.has(key)) throw invalidSet("duplicate entry in the change set", { address: key });
    seen.add(key);
    // [REJECT] power is in [0, MaxTotalVotingPower].
    if (change.votingPower < 0n) throw invalidSet("voting power cannot be negative", { address: key });
    if (change.votingPower > MAX_TOTAL_VOTING_POWER)
      throw invalidSet("voting power too high", { address: key });
    const known = byAddress.get(key);
    if (known !== undefined && Buffer.compare(known.pubKey, change.pubKey) !== 0) {
      throw invalidSet("address collision with a different public key", { address: key });
    }
    if (change.votingPower === 0n) {
      // [REJECT] removals only in change sets, and only of members.
      if (!allowRemovals) throw invalidSet("a genesis validator needs positive power", { address: key });
      if (known === undefined)
        throw invalidSet("cannot remove a validator that is not in the set", { address: key });
      removals.push(key);
    } else {
      updates.push({ address, pubKey: change.pubKey, votingPower: change.votingPower, proposerPriority: 0n });
    }
  }
  const removedPower = removals.reduce((s, k) => s + byAddress.get(k)!.votingPower, 0n);
  const oldTotal = existing.reduce((s, v) => s + v.votingPower, 0n);
  let totalAfterUpdates = oldTotal;
  for (const u of updates)
    totalAfterUpdates += u.votingPower - (byAddress.get(hex(u.address))?.votingPower ?? 0n);
  if (totalAfterUpdates - removedPower > MAX_TOTAL_VOTING_POWER)
    throw invalidSet("total voting power too high");
  for (const u of updates) {
    const known = byAddress.get(hex(u.address));
    u.proposerPriority =
      known === undefined ? newValidatorPriority(totalAfterUpdates) : known.proposerPriority;
    byAddress.set(hex(u.address), u);
  }
  for (const k of removals) byAddress.delete(k);
  const merged = [...byAddress.values()];
  // [REJECT] the result must not be empty.
  if (merged.length === 0) throw invalidSet("the change set would empty the validator set");
  if (merged.length > MAX_VALIDATORS) throw invalidSet(`more than ${MAX_VALIDATORS} validators`);
  const total = merged.reduce((s, v) => s + v.votingPower, 0n);
  rescalePriorities(merged, PRIORITY_WINDOW_SIZE_FACTOR * total);
  centrePriorities(merged);
  merged.sort(byPowerThenAddress);
  return merged;
}
