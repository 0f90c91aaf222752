import { addressFromPubKey } from "../crypto/ed25519.js";
import {
  decodeCommit,
  decodeProposal,
  decodeVote,
  encodeCommit,
  encodeProposal,
  encodeVote,
} from "./codec.js";
import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import type { ConsensusEvent, TimeoutStep } from "./machineTypes.js";
import type { BlockId, Proposal, Vote } from "./types.js";
import { ValidatorSet } from "./validatorSet.js";

/** Turns the host's blocks into bytes and back (deterministically) for the WAL. */
export interface BlockCodec<B> {
  /** Block bytes. */
  encode(block: B): Uint8Array;
  /**
   * Block from bytes.
   * @throws when the bytes are not a block.
   */
  decode(bytes: Uint8Array): B;
}

/** A message this validator signed and released, recorded after the event that produced it. */
export type SignedMessage =
  | { readonly type: "proposal"; readonly proposal: Proposal }
  | { readonly type: "vote"; readonly vote: Vote };

/** One WAL record: an input of the machine, or one of its own signed outputs. */
export type WalEntry<B> =
  | { readonly kind: "event"; readonly event: ConsensusEvent<B> }
  | { readonly kind: "signed"; readonly message: SignedMessage };

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "hex"));

interface ValidatorSetJson {
  validators: { pubKey: string; power: string; priority: string }[];
  proposer: string;
}

function valSetToJson(set: ValidatorSet): ValidatorSetJson {
  return {
    validators: set.validators.map((v) => ({
      pubKey: hex(v.pubKey),
      power: v.votingPower.toString(),
      priority: v.proposerPriority.toString(),
    })),
    proposer: hex(set.proposer.address),
  };
}

function valSetFromJson(json: ValidatorSetJson): ValidatorSet {
  return ValidatorSet.restore(
    json.validators.map((v) => {
      const pubKey = unhex(v.pubKey);
      return {
        pubKey,
        address: addressFromPubKey(pubKey),
        votingPower: BigInt(v.power),
        proposerPriority: BigInt(v.priority),
      };
    }),
    unhex(json.proposer),
  );
}

function blockIdToJson(id: BlockId): { hash: string; total: number; parts: string } {
  return { hash: hex(id.hash), total: id.partSetHeader.total, parts: hex(id.partSetHeader.hash) };
}

function blockIdFromJson(json: { hash: string; total: number; parts: string }): BlockId {
  return { hash: unhex(json.hash), partSetHeader: { total: json.total, hash: unhex(json.parts) } };
}

function eventToJson<B>(event: ConsensusEvent<B>, blocks: BlockCodec<B>): Record<string, unknown> {
  const now = event.now.toString();
  switch (event.type) {
    case "start":
      return {
        type: event.type,
        height: event.height,
        validatorSet: valSetToJson(event.validatorSet),
        lastCommit: event.lastCommit && hex(encodeCommit(event.lastCommit)),
        lastValidatorSet: event.lastValidatorSet && valSetToJson(event.lastValidatorSet),
        now,
      };
    case "proposal":
      return {
        type: event.type,
        proposal: hex(encodeProposal(event.proposal)),
        block: hex(blocks.encode(event.block)),
        now,
      };
    case "vote":
      return { type: event.type, vote: hex(encodeVote(event.vote)), now };
    case "timeout":
      return { type: event.type, height: event.height, round: event.round, step: event.step, now };
    case "blockCreated":
      return {
        type: event.type,
        height: event.height,
        round: event.round,
        block: hex(blocks.encode(event.block)),
        now,
      };
    case "blockValidated":
      return {
        type: event.type,
        height: event.height,
        blockId: blockIdToJson(event.blockId),
        valid: event.valid,
        now,
      };
  }
}

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, checked field by field below.
function eventFromJson<B>(j: any, blocks: BlockCodec<B>): ConsensusEvent<B> {
  const now = BigInt(j.now);
  switch (j.type) {
    case "start":
      return {
        type: "start",
        height: j.height,
        validatorSet: valSetFromJson(j.validatorSet),
        ...(j.lastCommit !== undefined && { lastCommit: decodeCommit(unhex(j.lastCommit)) }),
        ...(j.lastValidatorSet !== undefined && { lastValidatorSet: valSetFromJson(j.lastValidatorSet) }),
        now,
      };
    case "proposal":
      return {
        type: "proposal",
        proposal: decodeProposal(unhex(j.proposal)),
        block: blocks.decode(unhex(j.block)),
        now,
      };
    case "vote":
      return { type: "vote", vote: decodeVote(unhex(j.vote)), now };
    case "timeout":
      return { type: "timeout", height: j.height, round: j.round, step: j.step as TimeoutStep, now };
    case "blockCreated":
      return {
        type: "blockCreated",
        height: j.height,
        round: j.round,
        block: blocks.decode(unhex(j.block)),
        now,
      };
    case "blockValidated":
      return {
        type: "blockValidated",
        height: j.height,
        blockId: blockIdFromJson(j.blockId),
        valid: j.valid === true,
        now,
      };
    default:
      throw new Error(`unknown event type ${String(j.type)}`);
  }
}

/** Serialises a WAL entry (UTF-8 JSON; consensus objects inside as SSZ hex, blocks via `blocks`). */
export function encodeWalEntry<B>(entry: WalEntry<B>, blocks: BlockCodec<B>): Uint8Array {
  const json =
    entry.kind === "event"
      ? { kind: "event", event: eventToJson(entry.event, blocks) }
      : entry.message.type === "vote"
        ? { kind: "signed", vote: hex(encodeVote(entry.message.vote)) }
        : { kind: "signed", proposal: hex(encodeProposal(entry.message.proposal)) };
  return new Uint8Array(Buffer.from(JSON.stringify(json), "utf8"));
}

/**
 * Parses a WAL entry.
 * @throws ConsensusError `walCorrupted` when the record is not an entry (the checksum passed, so
 *   this means a format or codec mismatch, not a torn write).
 */
export function decodeWalEntry<B>(bytes: Uint8Array, blocks: BlockCodec<B>): WalEntry<B> {
  try {
    const json = JSON.parse(Buffer.from(bytes).toString("utf8"));
    if (json.kind === "event") return { kind: "event", event: eventFromJson(json.event, blocks) };
    if (json.kind === "signed" && typeof json.vote === "string") {
      return { kind: "signed", message: { type: "vote", vote: decodeVote(unhex(json.vote)) } };
    }
    if (json.kind === "signed" && typeof json.proposal === "string") {
      return {
        kind: "signed",
        message: { type: "proposal", proposal: decodeProposal(unhex(json.proposal)) },
      };
    }
    throw new Error("unknown entry kind");
  } catch (err) {
    throw new ConsensusError(ConsensusErrorCode.walCorrupted, "unreadable WAL entry", {
      error: err instanceof Error ? err.message : String(err),
    });
  }
}
