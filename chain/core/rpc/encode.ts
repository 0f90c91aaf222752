/**
 * Domain types → CometBFT 0.38 JSON. The rules (reference §1, `cosmjs comet38/adaptor/responses.ts`):
 * int64/uint64 as decimal strings, int32/uint32 (codes, index, round, part totals, block_id_flag)
 * as numbers, hashes and addresses as uppercase hex, raw bytes as base64, times as RFC3339 with
 * 9 fraction digits, event attributes as plain strings.
 */

import type {
  AbciEvent,
  Block,
  BlockHeader,
  BlockId,
  Commit,
  CommitSig,
  CommittedBlock,
  QueryResult,
  TxResult,
  ValidatorInfo,
} from "../types/index.js";
import { BlockIdFlag } from "../types/index.js";
import type { BlockResults, CheckTxResult, IndexedTx, NetInfo, NodeInfo, NodeStatus } from "./backend.js";
import { toBase64, toBase64OrNull, toHexUpper, toRfc3339Nano, ZERO_TIME } from "./codec.js";

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** CometBFT version reported in `node_info.version`; cosmjs picks its 0.38 client from the `0.38.` prefix. */
export const COMETBFT_VERSION = "0.38.17";
/** P2P protocol version of CometBFT 0.38. */
export const P2P_PROTOCOL = 8n;
/** Block protocol version of CometBFT 0.38. */
export const BLOCK_PROTOCOL = 11n;
/** Channel ids a CometBFT 0.38 node advertises (hex of the reactor channel bytes). */
export const NODE_CHANNELS = "40202122233038606100";

const SECP256K1_PUBKEY_BYTES = 33;

const EMPTY_BLOCK_ID: JsonObject = { hash: "", parts: { total: 0, hash: "" } };

/** `{type, value}` amino-JSON public key; 33-byte keys are secp256k1, the rest ed25519. */
export function encodePubKey(pubKey: Uint8Array): JsonObject {
  const type =
    pubKey.length === SECP256K1_PUBKEY_BYTES ? "tendermint/PubKeySecp256k1" : "tendermint/PubKeyEd25519";
  return { type, value: toBase64(pubKey) };
}

/**
 * True for the block id of "no block": block 1's `lastBlockId` and the empty commit's. The node
 * stores it as 32 zero bytes with 0 parts (SSZ is fixed-size); CometBFT has empty byte slices.
 */
function isNoBlock(id: BlockId): boolean {
  return id.hash.every((b) => b === 0) && id.partSetHeader.total === 0;
}

/**
 * Block id. "No block" (block 1's previous block) is printed as CometBFT prints it, with empty
 * hashes and 0 parts, which cosmjs reads as "none"; a zero hash with 0 parts would make it throw.
 */
export function encodeBlockId(id: BlockId): JsonObject {
  if (isNoBlock(id)) return EMPTY_BLOCK_ID;
  return {
    hash: toHexUpper(id.hash),
    parts: { total: id.partSetHeader.total, hash: toHexUpper(id.partSetHeader.hash) },
  };
}

/** Block header. */
export function encodeHeader(h: BlockHeader): JsonObject {
  return {
    version: { block: h.version.block.toString(), app: h.version.app.toString() },
    chain_id: h.chainId,
    height: String(h.height),
    time: toRfc3339Nano(h.timeNs),
    last_block_id: encodeBlockId(h.lastBlockId),
    last_commit_hash: toHexUpper(h.lastCommitHash),
    data_hash: toHexUpper(h.dataHash),
    validators_hash: toHexUpper(h.validatorsHash),
    next_validators_hash: toHexUpper(h.nextValidatorsHash),
    consensus_hash: toHexUpper(h.consensusHash),
    app_hash: toHexUpper(h.appHash),
    last_results_hash: toHexUpper(h.lastResultsHash),
    evidence_hash: toHexUpper(h.evidenceHash),
    proposer_address: toHexUpper(h.proposerAddress),
  };
}

function encodeCommitSig(sig: CommitSig): JsonObject {
  // CometBFT prints an absent vote with an empty address, Go's zero time and a null signature.
  if (sig.blockIdFlag === BlockIdFlag.absent) {
    return { block_id_flag: sig.blockIdFlag, validator_address: "", timestamp: ZERO_TIME, signature: null };
  }
  return {
    block_id_flag: sig.blockIdFlag,
    validator_address: toHexUpper(sig.validatorAddress),
    timestamp: toRfc3339Nano(sig.timestamp),
    signature: toBase64OrNull(sig.signature),
  };
}

/** A commit; the commit "before" height 1 (height 0 or no block id) is the empty commit. */
export function encodeCommit(c: Commit): JsonObject {
  if (c.height === 0 || isNoBlock(c.blockId)) {
    return { height: "0", round: 0, block_id: EMPTY_BLOCK_ID, signatures: [] };
  }
  return {
    height: String(c.height),
    round: c.round,
    block_id: encodeBlockId(c.blockId),
    signatures: c.signatures.map(encodeCommitSig),
  };
}

/** A full block (header, txs as base64, no evidence, last commit). */
export function encodeBlock(b: Block): JsonObject {
  return {
    header: encodeHeader(b.header),
    data: { txs: b.txs.map(toBase64) },
    evidence: { evidence: [] },
    last_commit: encodeCommit(b.lastCommit),
  };
}

/** `block` / `block_by_hash` result. */
export function encodeBlockResponse(cb: CommittedBlock): JsonObject {
  return { block_id: encodeBlockId(cb.blockId), block: encodeBlock(cb.block) };
}

/**
 * One entry of `blockchain.block_metas`. `block_size` is an estimate (sum of tx bytes): the
 * protobuf size CometBFT reports is not available from the domain types.
 */
export function encodeBlockMeta(cb: CommittedBlock): JsonObject {
  const size = cb.block.txs.reduce((n, tx) => n + tx.length, 0);
  return {
    block_id: encodeBlockId(cb.blockId),
    block_size: String(size),
    header: encodeHeader(cb.block.header),
    num_txs: String(cb.block.txs.length),
  };
}

/** ABCI events with plain-string attributes. */
export function encodeEvents(events: AbciEvent[]): JsonValue[] {
  return events.map((e) => ({
    type: e.type,
    attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
  }));
}

/** `ExecTxResult` JSON (`tx_result` of `tx`, `tx_search`, `block_results.txs_results`, events). */
export function encodeTxResult(r: TxResult): JsonObject {
  return {
    code: r.code,
    data: toBase64(r.data),
    log: r.log,
    info: r.info,
    gas_wanted: r.gasWanted.toString(),
    gas_used: r.gasUsed.toString(),
    events: encodeEvents(r.events),
    codespace: r.codespace,
  };
}

/** One tx of `tx` / `tx_search` (no proof: `prove` is ignored). */
export function encodeTxResponse(tx: IndexedTx): JsonObject {
  return {
    hash: toHexUpper(tx.hash),
    height: String(tx.height),
    index: tx.index,
    tx_result: encodeTxResult(tx.result),
    tx: toBase64(tx.tx),
  };
}

/** `broadcast_tx_sync` / `broadcast_tx_async` result (`data` empty: cosmjs decodes it as base64). */
export function encodeBroadcastResult(r: CheckTxResult): JsonObject {
  return { code: r.code, data: "", log: r.log, codespace: r.codespace, hash: toHexUpper(r.hash) };
}

/** `check_tx` of `broadcast_tx_commit`: a CheckTx response with only code, log and codespace known. */
export function encodeCheckTx(r: CheckTxResult): JsonObject {
  return {
    code: r.code,
    data: "",
    log: r.log,
    info: "",
    gas_wanted: "0",
    gas_used: "0",
    events: [],
    codespace: r.codespace,
  };
}

/** `block_results` result (no validator or consensus-param updates are modelled). */
export function encodeBlockResults(r: BlockResults): JsonObject {
  return {
    height: String(r.height),
    txs_results: r.txResults.map(encodeTxResult),
    finalize_block_events: encodeEvents(r.finalizeBlockEvents),
    validator_updates: [],
    consensus_param_updates: null,
    app_hash: toBase64(r.appHash),
  };
}

/** `result_finalize_block` of a NewBlock event. */
export function encodeFinalizeBlock(r: BlockResults): JsonObject {
  return {
    events: encodeEvents(r.finalizeBlockEvents),
    tx_results: r.txResults.map(encodeTxResult),
    validator_updates: [],
    consensus_param_updates: null,
    app_hash: toBase64(r.appHash),
  };
}

/** A validator of `validators`. */
export function encodeValidator(v: ValidatorInfo): JsonObject {
  return {
    address: toHexUpper(v.address),
    pub_key: encodePubKey(v.pubKey),
    voting_power: v.votingPower.toString(),
    proposer_priority: v.proposerPriority.toString(),
  };
}

/** CometBFT `DefaultNodeInfo` JSON (`status.node_info`, `net_info.peers[].node_info`). */
export function encodeNodeInfo(n: NodeInfo): JsonObject {
  return {
    protocol_version: {
      p2p: n.protocolVersion.p2p.toString(),
      block: n.protocolVersion.block.toString(),
      app: n.protocolVersion.app.toString(),
    },
    id: n.id,
    listen_addr: n.listenAddr,
    network: n.network,
    version: n.version,
    channels: n.channels,
    moniker: n.moniker,
    other: { tx_index: n.txIndex, rpc_address: n.rpcAddress },
  };
}

/** `status` result. */
export function encodeStatus(s: NodeStatus): JsonObject {
  return {
    node_info: encodeNodeInfo(s.nodeInfo),
    sync_info: {
      latest_block_hash: toHexUpper(s.latestBlockHash),
      latest_app_hash: toHexUpper(s.latestAppHash),
      latest_block_height: String(s.latestBlockHeight),
      latest_block_time: toRfc3339Nano(s.latestBlockTimeNs),
      earliest_block_hash: toHexUpper(s.earliestBlockHash),
      earliest_app_hash: toHexUpper(s.earliestAppHash),
      earliest_block_height: String(s.earliestBlockHeight),
      earliest_block_time: toRfc3339Nano(s.earliestBlockTimeNs),
      catching_up: s.catchingUp,
    },
    validator_info: {
      address: toHexUpper(s.validator.address),
      pub_key: encodePubKey(s.validator.pubKey),
      voting_power: s.validator.votingPower.toString(),
    },
  };
}

/**
 * `net_info` result (CometBFT `ResultNetInfo`). Of a peer's `connection_status` only `Duration`
 * is reported: the links keep no flow-rate monitors or per-channel queues to report.
 */
export function encodeNetInfo(n: NetInfo): JsonObject {
  return {
    listening: n.listening,
    listeners: n.listeners,
    n_peers: String(n.peers.length),
    peers: n.peers.map((p) => ({
      node_info: encodeNodeInfo(p.nodeInfo),
      is_outbound: p.isOutbound,
      connection_status: { Duration: p.connectedNs.toString() },
      remote_ip: p.remoteIp,
    })),
  };
}

/** `abci_query` result (`key`/`value` base64, null when empty; `height` a string, never "0"). */
export function encodeQueryResult(q: QueryResult): JsonObject {
  return {
    response: {
      code: q.code,
      log: q.log,
      info: q.info,
      index: "0",
      key: toBase64OrNull(q.key),
      value: toBase64OrNull(q.value),
      proofOps: q.proofOps
        ? { ops: q.proofOps.map((op) => ({ type: op.type, key: toBase64(op.key), data: toBase64(op.data) })) }
        : null,
      height: String(q.height),
      codespace: q.codespace,
    },
  };
}
