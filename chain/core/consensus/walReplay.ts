import { blockIdEquals } from "./blockId.js";
import { ConsensusError, ConsensusErrorCode, isConsensusError } from "./errors.js";
import type { ConsensusEffect, ConsensusEvent } from "./machineTypes.js";
import type { Signer } from "./signer.js";
import type { ConsensusMachine } from "./stateMachine.js";
import type { Proposal, UnsignedProposal, UnsignedVote, Vote } from "./types.js";
import type { SignedMessage, WalEntry } from "./walCodec.js";

/** What to replay after a restart. */
export interface ReplayPlan<B> {
  /** Events to feed, from the `start` of the height being run. Empty: start the height fresh. */
  readonly events: ConsensusEvent<B>[];
  /** Messages this validator signed at that height, in order. */
  readonly signed: SignedMessage[];
}

/**
 * Picks the WAL entries to replay for `nextHeight` (the host's last stored block + 1): everything
 * from the last `start` of that height on. Entries of other heights are ignored (the block store
 * has them, or they never started).
 */
export function planReplay<B>(entries: readonly WalEntry<B>[], nextHeight: number): ReplayPlan<B> {
  let from = -1;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.kind === "event" && e.event.type === "start" && e.event.height === nextHeight) {
      from = i;
      break;
    }
  }
  if (from < 0) return { events: [], signed: [] };
  const events: ConsensusEvent<B>[] = [];
  const signed: SignedMessage[] = [];
  for (const e of entries.slice(from)) {
    if (e.kind === "event") events.push(e.event);
    else signed.push(e.message);
  }
  return { events, signed };
}

function mismatch(what: string, detail: Record<string, unknown>): ConsensusError {
  return new ConsensusError(
    ConsensusErrorCode.replayMismatch,
    `replay wants to sign a different ${what} than the WAL recorded`,
    detail,
  );
}

/**
 * Wraps the validator's (guarded) signer so that, for every (height, round, message type) the WAL
 * recorded a signed message for, the recorded message itself is returned: the restarted machine
 * re-emits byte-identical votes and proposals even though the replayed events carry their original
 * times. Other requests go to `inner`.
 * @throws ConsensusError `replayMismatch` (from the signing methods) when the replay asks for a
 *   different block than recorded: the machine or the host is not deterministic.
 */
export function createReplaySigner(inner: Signer, recorded: readonly SignedMessage[]): Signer {
  const votes = new Map<string, Vote>();
  const proposals = new Map<string, Proposal>();
  for (const m of recorded) {
    if (m.type === "vote") votes.set(`${m.vote.height}/${m.vote.round}/${m.vote.type}`, m.vote);
    else proposals.set(`${m.proposal.height}/${m.proposal.round}`, m.proposal);
  }
  return {
    pubKey: inner.pubKey,
    address: inner.address,
    signVote(chainId: string, vote: UnsignedVote): Vote {
      const key = `${vote.height}/${vote.round}/${vote.type}`;
      const found = votes.get(key);
      if (found === undefined) return inner.signVote(chainId, vote);
      if (!blockIdEquals(found.blockId, vote.blockId) || found.validatorIndex !== vote.validatorIndex) {
        throw mismatch("vote", { height: vote.height, round: vote.round, type: vote.type });
      }
      return found;
    },
    signProposal(chainId: string, proposal: UnsignedProposal): Proposal {
      const found = proposals.get(`${proposal.height}/${proposal.round}`);
      if (found === undefined) return inner.signProposal(chainId, proposal);
      if (!blockIdEquals(found.blockId, proposal.blockId) || found.polRound !== proposal.polRound) {
        throw mismatch("proposal", { height: proposal.height, round: proposal.round });
      }
      return found;
    },
  };
}

/** Result of {@link replayEvents}. */
export interface ReplayResult<B> {
  /** Every effect the replay produced, in order (see {@link replayEvents} for what to do). */
  readonly effects: ConsensusEffect<B>[];
  /** Recorded events the machine rejected again (invalid messages, stale answers). */
  readonly rejected: number;
}

/**
 * Feeds recorded events to a fresh machine (built with a {@link createReplaySigner}) to rebuild
 * its state: round, step, lock, valid value, message log. Do not record these events again.
 *
 * The host then performs the returned effects, all of which are safe to repeat: re-broadcast the
 * signed messages (identical bytes), arm the timeouts (stale ones are ignored), re-run block
 * requests (answers for requests already answered are ignored), and skip `decide` for a height it
 * has already stored.
 * @throws ConsensusError `replayMismatch` when the replay diverges from the recorded signatures.
 */
export function replayEvents<B>(
  machine: ConsensusMachine<B>,
  events: readonly ConsensusEvent<B>[],
): ReplayResult<B> {
  const effects: ConsensusEffect<B>[] = [];
  let rejected = 0;
  for (const event of events) {
    try {
      effects.push(...machine.handle(event));
    } catch (err) {
      if (!isConsensusError(err) || err.reason === ConsensusErrorCode.replayMismatch) throw err;
      rejected++;
    }
  }
  return { effects, rejected };
}
