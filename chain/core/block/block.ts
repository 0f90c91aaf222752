import { strata } from "../../../proto/gen/strata.js";
import {
  type DuplicateVoteEvidence,
  DuplicateVoteEvidenceSsz,
  ValidatorListSsz,
} from "../consensus/types.js";
import { merkleRoot, sha256 } from "../crypto/index.js";
import type { BlockResults } from "../rpc/backend.js";
import type {
  AbciEvent,
  Block,
  BlockHeader,
  BlockId,
  Commit,
  TxResult,
  ValidatorInfo,
} from "../types/index.js";
import { BlockSsz, HeaderSsz } from "./ssz.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** The empty block id (height 1 has no previous block). */
export function emptyBlockId(): BlockId {
  return { hash: new Uint8Array(32), partSetHeader: { total: 0, hash: new Uint8Array(32) } };
}

/** True when `id` is the empty block id (zero hash), i.e. nil. */
export function isEmptyBlockId(id: BlockId): boolean {
  return id.hash.every((b) => b === 0);
}

function headerToSsz(h: BlockHeader) {
  return {
    versionBlock: h.version.block,
    versionApp: h.version.app,
    chainId: enc.encode(h.chainId),
    height: BigInt(h.height),
    timeNs: h.timeNs,
    lastBlockId: h.lastBlockId,
    lastCommitHash: h.lastCommitHash,
    dataHash: h.dataHash,
    validatorsHash: h.validatorsHash,
    nextValidatorsHash: h.nextValidatorsHash,
    consensusHash: h.consensusHash,
    appHash: h.appHash,
    lastResultsHash: h.lastResultsHash,
    evidenceHash: h.evidenceHash,
    proposerAddress: h.proposerAddress,
  };
}

function headerFromSsz(s: ReturnType<typeof HeaderSsz.deserialize>): BlockHeader {
  return {
    version: { block: s.versionBlock, app: s.versionApp },
    chainId: dec.decode(s.chainId),
    height: Number(s.height),
    timeNs: s.timeNs,
    lastBlockId: s.lastBlockId,
    lastCommitHash: s.lastCommitHash,
    dataHash: s.dataHash,
    validatorsHash: s.validatorsHash,
    nextValidatorsHash: s.nextValidatorsHash,
    consensusHash: s.consensusHash,
    appHash: s.appHash,
    lastResultsHash: s.lastResultsHash,
    evidenceHash: s.evidenceHash,
    proposerAddress: s.proposerAddress,
  };
}

/** The block hash: SSZ hash-tree root of the header. */
export function headerHash(header: BlockHeader): Uint8Array {
  return HeaderSsz.hashTreeRoot(headerToSsz(header));
}

/** SSZ bytes of a block. */
export function encodeBlock(block: Block): Uint8Array {
  return BlockSsz.serialize({
    header: headerToSsz(block.header),
    txs: block.txs,
    lastCommit: block.lastCommit,
    evidence: block.evidence,
  });
}

/**
 * Decodes SSZ block bytes.
 * @throws Error from the SSZ decoder on malformed bytes.
 */
export function decodeBlock(bytes: Uint8Array): Block {
  const s = BlockSsz.deserialize(bytes);
  return {
    header: headerFromSsz(s.header),
    txs: s.txs,
    lastCommit: s.lastCommit,
    evidence: s.evidence,
  };
}

/** The block id of a block: header hash, and one part whose hash is sha256 of the SSZ bytes. */
export function blockIdOf(block: Block, encoded = encodeBlock(block)): BlockId {
  return { hash: headerHash(block.header), partSetHeader: { total: 1, hash: sha256(encoded) } };
}

/** `dataHash`: RFC 6962 Merkle root of the transactions. */
export function dataHash(txs: readonly Uint8Array[]): Uint8Array {
  return merkleRoot(txs);
}

/** `evidenceHash`: RFC 6962 Merkle root of the SSZ-encoded evidence items. */
export function evidenceHash(evidence: readonly DuplicateVoteEvidence[]): Uint8Array {
  return merkleRoot(evidence.map((e) => DuplicateVoteEvidenceSsz.serialize(e)));
}

/** `lastCommitHash`: SSZ root of the commit. */
export function commitHash(commit: Commit): Uint8Array {
  return BlockSsz.fields.lastCommit.hashTreeRoot(commit);
}

/** `validatorsHash`: root of the (pubkey, power) list in set order. */
export function validatorsHash(
  validators: readonly Pick<ValidatorInfo, "pubKey" | "votingPower">[],
): Uint8Array {
  return ValidatorListSsz.hashTreeRoot(
    validators.map((v) => ({ pubKey: v.pubKey, votingPower: v.votingPower })),
  );
}

/**
 * `lastResultsHash`: RFC 6962 Merkle root over each result's deterministic part (code, gas
 * wanted, gas used, data), as CometBFT hashes only those fields: logs and events may differ.
 */
export function resultsHash(results: readonly TxResult[]): Uint8Array {
  return merkleRoot(
    results.map((r) => {
      const head = Buffer.alloc(4 + 8 + 8);
      head.writeUInt32BE(r.code, 0);
      head.writeBigUInt64BE(BigInt.asUintN(64, r.gasWanted), 4);
      head.writeBigUInt64BE(BigInt.asUintN(64, r.gasUsed), 12);
      return Buffer.concat([head, r.data]);
    }),
  );
}

const P = strata.core.v1;

function eventsToProto(events: readonly AbciEvent[]) {
  return events.map((e) => ({ type: e.type, attributes: e.attributes }));
}

function eventsFromProto(events: strata.core.v1.IEvent[] | null | undefined): AbciEvent[] {
  return (events ?? []).map((e) => ({
    type: e.type ?? "",
    attributes: (e.attributes ?? []).map((a) => ({
      key: a.key ?? "",
      value: a.value ?? "",
      index: a.index ?? false,
    })),
  }));
}

function txResultToProto(r: TxResult): strata.core.v1.ITxResult {
  return {
    code: r.code,
    data: r.data,
    log: r.log,
    info: r.info,
    gasWanted: Number(r.gasWanted),
    gasUsed: Number(r.gasUsed),
    events: eventsToProto(r.events),
    codespace: r.codespace,
  };
}

function txResultFromProto(p: strata.core.v1.ITxResult): TxResult {
  return {
    code: p.code ?? 0,
    data: p.data ? new Uint8Array(p.data) : new Uint8Array(),
    log: p.log ?? "",
    info: p.info ?? "",
    gasWanted: BigInt(p.gasWanted ?? 0),
    gasUsed: BigInt(p.gasUsed ?? 0),
    events: eventsFromProto(p.events),
    codespace: p.codespace ?? "",
  };
}

/** Protobuf form of a block's results (without the app hash, which the state store keeps). */
export function encodeBlockResults(r: Omit<BlockResults, "appHash">): Uint8Array {
  return P.BlockResults.encode({
    height: r.height,
    txResults: r.txResults.map(txResultToProto),
    finalizeBlockEvents: eventsToProto(r.finalizeBlockEvents),
  }).finish();
}

/** Decodes {@link encodeBlockResults} bytes. */
export function decodeBlockResults(bytes: Uint8Array): Omit<BlockResults, "appHash"> {
  const p = P.BlockResults.decode(bytes);
  return {
    height: Number(p.height),
    txResults: p.txResults.map(txResultFromProto),
    finalizeBlockEvents: eventsFromProto(p.finalizeBlockEvents),
  };
}
