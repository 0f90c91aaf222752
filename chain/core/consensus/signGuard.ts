import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import { proposalSignBytes, voteSignBytes } from "./signBytes.js";
import type { Signer } from "./signer.js";
import { type Proposal, type UnsignedProposal, type UnsignedVote, type Vote, VoteType } from "./types.js";

/** Signing steps in order within a round (CometBFT privval steps). */
export enum SignStep {
  /** A proposal. */
  propose = 1,
  /** A prevote. */
  prevote = 2,
  /** A precommit. */
  precommit = 3,
}

/**
 * The last message a validator signed (CometBFT `FilePVLastSignState`): enough to refuse any
 * conflicting or earlier signature, and to re-produce the identical one.
 */
export interface LastSignState {
  /** Height signed at. */
  readonly height: number;
  /** Round signed at. */
  readonly round: number;
  /** Step signed at. */
  readonly step: SignStep;
  /** Exact sign bytes signed. */
  readonly signBytes: Uint8Array;
  /** The signature produced. */
  readonly signature: Uint8Array;
  /** The timestamp inside the signed message. */
  readonly timestamp: bigint;
  /** Sign bytes of the same message with timestamp 0: equal content up to the timestamp. */
  readonly contentBytes: Uint8Array;
}

/**
 * Durable storage of the last sign state. `save` must not return before the state is durable
 * (fsync): the signature is released only after it.
 */
export interface SignStateStore {
  /** The stored state, or undefined before the first signature. */
  load(): LastSignState | undefined;
  /**
   * Stores the state durably.
   * @throws on I/O failure; the guard then does not release the signature.
   */
  save(state: LastSignState): void;
}

/** A {@link SignStateStore} in memory (tests; a restart loses it). */
export class MemorySignStateStore implements SignStateStore {
  private state: LastSignState | undefined;

  /** Starts empty, or with `initial`. */
  constructor(initial?: LastSignState) {
    this.state = initial;
  }

  load(): LastSignState | undefined {
    return this.state;
  }

  save(state: LastSignState): void {
    this.state = state;
  }
}

/** Options of {@link createSignGuard}. */
export interface SignGuardOptions {
  /**
   * Called before a new signature is persisted and released. The host passes the WAL's `sync` so
   * the inputs that led to a signature are durable before the signature exists.
   */
  beforeSign?: () => void;
}

function compareHrs(a: { height: number; round: number; step: SignStep }, b: LastSignState): number {
  if (a.height !== b.height) return a.height < b.height ? -1 : 1;
  if (a.round !== b.round) return a.round < b.round ? -1 : 1;
  if (a.step !== b.step) return a.step < b.step ? -1 : 1;
  return 0;
}

function refuse(message: string, detail: Record<string, unknown>): ConsensusError {
  return new ConsensusError(ConsensusErrorCode.signRefused, message, detail);
}

/**
 * Wraps a signer (which must sign exactly the message it is given) with double-sign protection (CometBFT `FilePV` last-sign-state rules):
 * - a request for an earlier (height, round, step) than the last signed one is refused;
 * - a request for the same (height, round, step) returns the stored signature when the sign bytes
 *   are identical, or when only the timestamp differs (the message is returned with the stored
 *   timestamp, so it is byte-identical to the one signed before); anything else is refused;
 * - a later request runs `beforeSign`, signs, saves the new state durably, then returns.
 *
 * Together with a WAL replay this guarantees that after a crash the validator re-emits what it
 * signed before and never signs a conflicting message.
 */
export function createSignGuard(inner: Signer, store: SignStateStore, opts: SignGuardOptions = {}): Signer {
  let last = store.load();

  function guard<T extends { timestamp: bigint; signature: Uint8Array }>(
    hrs: { height: number; round: number; step: SignStep },
    signBytes: Uint8Array,
    contentBytes: Uint8Array,
    withStored: (timestamp: bigint, signature: Uint8Array) => T,
    signFresh: () => T,
  ): T {
    if (last !== undefined) {
      const order = compareHrs(hrs, last);
      const detail = { ...hrs, last: { height: last.height, round: last.round, step: last.step } };
      // [REJECT] never sign for an earlier height/round/step than already signed.
      if (order < 0) throw refuse("height/round/step regression", detail);
      if (order === 0) {
        if (
          Buffer.compare(signBytes, last.signBytes) === 0 ||
          Buffer.compare(contentBytes, last.contentBytes) === 0
        ) {
          return withStored(last.timestamp, last.signature);
        }
        // [REJECT] a different message for an already signed height/round/step is a double sign.
        throw refuse("conflicting data for an already signed height/round/step", detail);
      }
    }
    opts.beforeSign?.();
    const signed = signFresh();
    const next: LastSignState = {
      ...hrs,
      signBytes,
      signature: signed.signature,
      timestamp: signed.timestamp,
      contentBytes,
    };
    store.save(next);
    last = next;
    return signed;
  }

  return {
    pubKey: inner.pubKey,
    address: inner.address,
    signVote(chainId: string, vote: UnsignedVote): Vote {
      const step = vote.type === VoteType.prevote ? SignStep.prevote : SignStep.precommit;
      return guard(
        { height: vote.height, round: vote.round, step },
        voteSignBytes(chainId, vote),
        voteSignBytes(chainId, { ...vote, timestamp: 0n }),
        (timestamp, signature) => ({ ...vote, timestamp, signature }),
        () => inner.signVote(chainId, vote),
      );
    },
    signProposal(chainId: string, proposal: UnsignedProposal): Proposal {
      return guard(
        { height: proposal.height, round: proposal.round, step: SignStep.propose },
        proposalSignBytes(chainId, proposal),
        proposalSignBytes(chainId, { ...proposal, timestamp: 0n }),
        (timestamp, signature) => ({ ...proposal, timestamp, signature }),
        () => inner.signProposal(chainId, proposal),
      );
    },
  };
}
