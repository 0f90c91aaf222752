/**
 * `strata l2 verify`: rebuilds a child chain from its parent's data alone (ROLLUP.md, "Rebuild")
 * and checks every root. Pure over {@link L1Source}, so tests run it on a copy of the parent's data.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { blockIdOf } from "../chain/core/block/index.js";
import {
  bftTime,
  decodeCommit,
  verifyCommit,
  verifyDuplicateVoteEvidence,
} from "../chain/core/consensus/index.js";
import { errorMessage, isStrataError } from "../chain/core/errors/index.js";
import { type Logger, nullLogger } from "../chain/core/log/index.js";
import {
  ChainNode,
  type GenesisDoc,
  genesisTimeNs,
  genesisValidators,
  type MakeNodeApp,
  validateGenesis,
} from "../chain/core/node/index.js";
import {
  type AcceptedBatch,
  BatchCode,
  type BatchHeader,
  type ChildValidator,
  decodeBatchHeader,
  RollupCommitmentSsz,
  verifyBatchItem,
} from "../chain/core/rollup/index.js";
import type { Block, Commit } from "../chain/core/types/index.js";
import { strata } from "../proto/gen/strata.js";
import { BatcherError, BatcherErrorCode } from "./errors.js";

/** An accepted batch as the parent's rollup module stores it. */
export interface L1BatchRecord {
  number: number;
  /** SSZ `BatchHeader` bytes. */
  header: Uint8Array;
  /** Parent height of the tx that carried the batch's data. */
  parentHeight: number;
}

/** One parent transaction: its bytes and its result code (0: accepted). */
export interface L1Tx {
  tx: Uint8Array;
  code: number;
}

/** Everything the rebuild reads: the parent's data, nothing of the child. */
export interface L1Source {
  /** The registered `genesis.json` bytes, or null when the chain is not registered. */
  genesis(chainId: string): Promise<Uint8Array | null>;
  /** The chain's last accepted batch number and its deposit count. */
  rollup(chainId: string): Promise<{ lastNumber: number; depositCount: number } | null>;
  /** Accepted batches from `fromNumber` (inclusive), in order, at most `limit`. */
  batches(chainId: string, fromNumber: number, limit: number): Promise<L1BatchRecord[]>;
  /** The txs of parent block `height` with their result codes. */
  blockTxs(height: number): Promise<L1Tx[]>;
  /** The parent's deposit accumulator after deposit `nonce` (1 ≤ nonce ≤ count). */
  depositAccumulator(chainId: string, nonce: number): Promise<Uint8Array | null>;
}

/** The first difference the rebuild found. */
export interface VerifyMismatch {
  /** Child height concerned (for state fields: the height after which the state differs). */
  height: number;
  /** What differs: a batch rule's code name, or a state field (`stateRoot`, `withdrawalRoot`, …). */
  field: string;
  expected: string;
  got: string;
  message: string;
}

/** What {@link verifyFromL1} found. */
export interface VerifyReport {
  ok: boolean;
  chainId: string;
  /** sha256 of the registered genesis bytes, hex. */
  genesisSha256: string;
  /** The parent's last accepted batch. */
  lastNumber: number;
  /** Blocks checked and executed (1..verifiedTo). */
  verifiedTo: number;
  /** The rebuilt state root after `verifiedTo`, hex. */
  stateRoot: string;
  /** Child txs executed. */
  txs: number;
  mismatch: VerifyMismatch | null;
}

/** Options of {@link verifyFromL1}. */
export interface VerifyOptions {
  chainId: string;
  /** Last child height to rebuild (default: the parent's last accepted batch). */
  to?: number;
  /** The child layer's application (the same module set the child's nodes run). */
  makeApp: MakeNodeApp;
  logger?: Logger;
  /** Called after each verified block (progress). */
  onBlock?: (height: number) => void;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const SUBMIT_BATCH = "/strata.rollup.v1.MsgSubmitBatch";

/** The first mismatch of a replay ({@link replayBatches}), as a throwable. */
export class VerifyMismatchError extends Error {
  constructor(readonly m: VerifyMismatch) {
    super(m.message);
  }
}

function mismatch(
  height: number,
  field: string,
  expected: string,
  got: string,
  message?: string,
): VerifyMismatchError {
  return new VerifyMismatchError({
    height,
    field,
    expected,
    got,
    message: message ?? `height ${height}: ${field} is ${got}, expected ${expected}`,
  });
}

/**
 * The accepted `MsgSubmitBatch` items of `chainId` in a parent block's txs, by batch number
 * (refused txs are skipped: their data was never accepted).
 */
export function batchItemsInBlock(
  txs: readonly L1Tx[],
  chainId: string,
): Map<number, strata.rollup.v1.IBatchItem> {
  const out = new Map<number, strata.rollup.v1.IBatchItem>();
  for (const { tx, code } of txs) {
    if (code !== 0) continue;
    let body: TxBody;
    try {
      body = TxBody.decode(TxRaw.decode(tx).bodyBytes);
    } catch {
      continue;
    }
    for (const any of body.messages) {
      if (any.typeUrl !== SUBMIT_BATCH) continue;
      let msg: strata.rollup.v1.MsgSubmitBatch;
      try {
        msg = strata.rollup.v1.MsgSubmitBatch.decode(any.value);
      } catch {
        continue;
      }
      if (msg.chainId !== chainId) continue;
      for (const item of msg.items) {
        try {
          const n = Number(decodeBatchHeader(item.header ?? new Uint8Array()).number);
          if (!out.has(n)) out.set(n, item);
        } catch {
          // an undecodable header cannot be an accepted batch's
        }
      }
    }
  }
  return out;
}

/** The registered genesis of a child chain, read and checked by {@link registeredGenesis}. */
export interface RegisteredGenesis {
  /** The exact bytes the parent holds. */
  bytes: Uint8Array;
  /** sha256 of {@link bytes}, hex. */
  sha256: string;
  text: string;
  genesis: GenesisDoc;
  /** The parent's last accepted batch and deposit count when it was read. */
  rollup: { lastNumber: number; depositCount: number };
}

/**
 * Reads the child chain's registration from the parent: its genesis bytes (validated, of this
 * chain id) and its rollup progress.
 * @throws BatcherError(NotRegistered) when the chain is not registered; the source's errors.
 * @returns a mismatch at height 0 when the registered genesis is unreadable or of another chain.
 */
export async function registeredGenesis(
  src: L1Source,
  chainId: string,
): Promise<
  | { ok: RegisteredGenesis; mismatch?: undefined }
  | {
      ok?: undefined;
      mismatch: VerifyMismatch;
      sha256: string;
      rollup: { lastNumber: number; depositCount: number };
    }
> {
  const bytes = await src.genesis(chainId);
  const rollup = await src.rollup(chainId);
  if (!bytes || !rollup)
    throw new BatcherError(
      BatcherErrorCode.NotRegistered,
      `chain ${chainId} is not registered on the parent`,
    );
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const text = Buffer.from(bytes).toString("utf8");
  let genesis: GenesisDoc;
  try {
    genesis = validateGenesis(JSON.parse(text) as GenesisDoc);
  } catch (err) {
    return {
      mismatch: mismatch(0, "genesis", "a genesis document", "unreadable", errorMessage(err)).m,
      sha256,
      rollup,
    };
  }
  if (genesis.chainId !== chainId)
    return { mismatch: mismatch(0, "genesis.chainId", chainId, genesis.chainId).m, sha256, rollup };
  return { ok: { bytes, sha256, text, genesis, rollup } };
}

/**
 * Where a replay stands: the last batch it checked, that batch's accepted header, and the set the
 * parent holds for the next batch. Starts empty ({@link startCursor}); a follower keeps it between
 * polls.
 */
export interface ReplayCursor {
  verified: number;
  prev: AcceptedBatch | undefined;
  held: ChildValidator[];
  txs: number;
}

/** The cursor before batch 1: the genesis validator set. */
export function startCursor(genesis: GenesisDoc): ReplayCursor {
  return {
    verified: 0,
    prev: undefined,
    held: genesisValidators(genesis).map((v) => ({ pubKey: v.pubKey, power: v.votingPower })),
    txs: 0,
  };
}

/** Options of {@link replayBatches}. */
export interface ReplayOptions {
  chainId: string;
  genesis: GenesisDoc;
  /** Last batch to replay (≤ `rollup.lastNumber`). */
  to: number;
  /** The parent's progress (its deposit count feeds [batch-10]; `lastNumber` bounds the final check). */
  rollup: { lastNumber: number; depositCount: number };
  /** Called after each block applied (not for blocks the node already held). */
  onBlock?: (height: number) => void;
  /**
   * Applies a checked block (default `node.applyBlock`). A running node passes its driver's
   * block-sync path, so blocks from the parent never race consensus or block sync; the stored
   * block is checked after.
   */
  apply?: (block: Block, commit: Commit) => Promise<unknown>;
}

/**
 * The one replay loop of the rebuild (`strata l2 verify`, on a scratch node) and of a node synced
 * from the parent (`strata l2 sync-from-l1`, on its home's node). For each batch n after the
 * cursor, in order, it checks the item with the parent's own rules (`verifyBatchItem`: chaining,
 * the commit against the set the parent held, the tx root, the commitment proof, every header
 * field, deposits) and that the stored header is the item's. When `node` already holds block n (a
 * resumed home) it checks that the stored block is the batch's block and goes on; otherwise it
 * checks that the state after n − 1 has the block's `appHash` and the commitment record the batch
 * names, that the validator set is the block's and that a validator would accept the block, then
 * applies it. Advances `cursor` after each batch, so nothing past the first mismatch is applied.
 * When `to` is below the parent's last batch, the state after `to` is also checked against batch
 * `to + 1`'s header.
 * @throws VerifyMismatchError naming the first mismatch (height and field); the source's errors.
 */
export async function replayBatches(
  src: L1Source,
  node: ChainNode,
  cursor: ReplayCursor,
  opts: ReplayOptions,
): Promise<void> {
  const { chainId, genesis, rollup } = opts;
  const itemsAt = new Map<number, Map<number, strata.rollup.v1.IBatchItem>>();
  const accumulators = new Map<number, Uint8Array>();
  let records: L1BatchRecord[] = [];
  let next = 0;
  const recordOf = async (n: number): Promise<L1BatchRecord | undefined> => {
    if (next >= records.length || records[next]!.number !== n) {
      records = await src.batches(chainId, n, 100);
      next = 0;
    }
    const r = records[next];
    if (r?.number !== n) return undefined;
    next++;
    return r;
  };
  const to = Math.min(opts.to, rollup.lastNumber);
  for (let n = cursor.verified + 1; n <= to; n++) {
    const record = await recordOf(n);
    if (!record) throw mismatch(n, "batch", `an accepted batch ${n}`, "none");
    let items = itemsAt.get(record.parentHeight);
    if (!items) {
      items = batchItemsInBlock(await src.blockTxs(record.parentHeight), chainId);
      itemsAt.clear();
      itemsAt.set(record.parentHeight, items);
    }
    const item = items.get(n);
    if (!item)
      throw mismatch(
        n,
        "data",
        `batch ${n}'s item in an accepted tx of parent block ${record.parentHeight}`,
        "none",
        `height ${n}: no accepted MsgSubmitBatch in parent block ${record.parentHeight} carries batch ${n}`,
      );
    if (Buffer.compare(item.header ?? new Uint8Array(), record.header) !== 0)
      throw mismatch(
        n,
        "header",
        hex(record.header),
        hex(item.header ?? new Uint8Array()),
        `height ${n}: the item's header is not the header the parent stored`,
      );
    // [batch-10] needs the parent's accumulator at the header's cursor.
    const submitted: BatchHeader = decodeBatchHeader(record.header);
    const depositCursor = Number(submitted.depositCursor);
    if (depositCursor > 0 && !accumulators.has(depositCursor)) {
      const acc = await src.depositAccumulator(chainId, depositCursor);
      if (acc) accumulators.set(depositCursor, acc);
    }
    let verified: ReturnType<typeof verifyBatchItem>;
    try {
      verified = verifyBatchItem(
        {
          chainId,
          prev: cursor.prev,
          validators: cursor.held,
          deposits: {
            count: rollup.depositCount,
            accumulatorAt: (nonce) => accumulators.get(nonce) ?? new Uint8Array(32).fill(0xff),
          },
        },
        item,
      );
    } catch (err) {
      if (!isStrataError(err)) throw err;
      throw mismatch(
        n,
        BatchCode[err.code] ?? `rollup:${err.code}`,
        "a batch the parent's rules accept",
        "refused",
        `height ${n}: ${err.message}`,
      );
    }
    const block = verified.block;
    const encoded = item.block ?? new Uint8Array();
    const blockId = blockIdOf(block, encoded);
    if (n <= node.chainTip().height) {
      // A resumed home: its block n must be the batch's.
      const stored = await node.blockWithCommit(n);
      const got = stored ? hex(stored.block.blockId.hash) : "none";
      if (got !== hex(blockId.hash))
        throw mismatch(
          n,
          "storedBlock",
          hex(blockId.hash),
          got,
          `height ${n}: the home's block ${got} is not batch ${n}'s block ${hex(blockId.hash)}`,
        );
    } else {
      const tip = node.chainTip();
      // The state rebuilt after n − 1 is the one block n commits to.
      if (Buffer.compare(tip.appHash, block.header.appHash) !== 0)
        throw mismatch(
          n - 1,
          "stateRoot",
          hex(block.header.appHash),
          hex(tip.appHash),
          `height ${n - 1}: the rebuilt state root ${hex(tip.appHash)} is not batch ${n}'s stateRoot ${hex(block.header.appHash)}`,
        );
      checkCommitment(n - 1, await readCommitment(node), verified.header);
      const set = node.validatorSetAt(n);
      if (Buffer.compare(set.hash(), block.header.validatorsHash) !== 0)
        throw mismatch(n, "validatorsHash", hex(block.header.validatorsHash), hex(set.hash()));
      // The rest of the header and the block's own contents, as a validator checks a proposal.
      const invalid = blockInvalidReason(node, genesis, block);
      if (invalid)
        throw mismatch(n, "block", "a block a validator would accept", "invalid", `height ${n}: ${invalid}`);
      const commit = decodeCommit(item.commit ?? new Uint8Array());
      if (opts.apply) {
        await opts.apply(block, commit);
        // Applied here, or the same height already came another way (block sync): either way the
        // stored block must be the batch's.
        const stored = await node.blockWithCommit(n);
        const got = stored ? hex(stored.block.blockId.hash) : "none";
        if (got !== hex(blockId.hash))
          throw mismatch(
            n,
            "storedBlock",
            hex(blockId.hash),
            got,
            `height ${n}: the node did not store batch ${n}'s block`,
          );
      } else {
        await node.applyBlock(block, { encoded, blockId }, commit);
      }
      opts.onBlock?.(n);
    }
    cursor.txs += block.txs.length;
    cursor.verified = n;
    cursor.prev = { header: verified.header, root: verified.headerRoot };
    cursor.held = verified.nextValidators;
  }
  // The root after the last verified block, against the next accepted batch when there is one.
  const after = to < rollup.lastNumber && node.chainTip().height === to ? await recordOf(to + 1) : undefined;
  if (after) {
    const h = decodeBatchHeader(after.header);
    const root = node.chainTip().appHash;
    if (Buffer.compare(root, h.stateRoot) !== 0) throw mismatch(to, "stateRoot", hex(h.stateRoot), hex(root));
    checkCommitment(to, await readCommitment(node), h);
  }
}

/**
 * Rebuilds the child chain `opts.chainId` from the parent's data alone: its genesis from the
 * registration, then {@link replayBatches} on a fresh child node (`ChainNode`, the code every
 * child node runs) over a scratch database that is removed after. Stops at the first mismatch.
 * @throws BatcherError(NotRegistered) when the chain is not registered; the source's errors when
 *   the parent cannot be read.
 */
export async function verifyFromL1(src: L1Source, opts: VerifyOptions): Promise<VerifyReport> {
  const { chainId } = opts;
  const logger = opts.logger ?? nullLogger;
  const reg = await registeredGenesis(src, chainId);
  const rollup = reg.ok ? reg.ok.rollup : reg.rollup;
  const report: VerifyReport = {
    ok: false,
    chainId,
    genesisSha256: reg.ok ? reg.ok.sha256 : reg.sha256,
    lastNumber: rollup.lastNumber,
    verifiedTo: 0,
    stateRoot: "",
    txs: 0,
    mismatch: null,
  };
  if (!reg.ok) {
    report.mismatch = reg.mismatch;
    return report;
  }
  const { genesis, text: genesisText } = reg.ok;
  const scratch = await mkdtemp(join(tmpdir(), "strata-verify-"));
  let node: ChainNode | undefined;
  const cursor = startCursor(genesis);
  try {
    node = await ChainNode.open(
      { home: scratch, genesis, genesisText, makeApp: opts.makeApp, mempool: { maxTxs: 1, maxBytes: 1 } },
      { logger: logger.child({ module: "rebuild" }), clock: () => 0n },
    );
    await replayBatches(src, node, cursor, {
      chainId,
      genesis,
      to: opts.to ?? rollup.lastNumber,
      rollup,
      ...(opts.onBlock ? { onBlock: opts.onBlock } : {}),
    });
    report.ok = true;
  } catch (err) {
    if (!(err instanceof VerifyMismatchError)) throw err;
    report.mismatch = err.m;
  } finally {
    report.verifiedTo = cursor.verified;
    report.txs = cursor.txs;
    if (node) report.stateRoot = hex(node.chainTip().appHash);
    await node?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
  return report;
}

/**
 * Why a validator would refuse `block` after the rebuilt tip (the BFT driver's checks): header
 * fields against the tip (`checkProposal`), evidence, the last commit and its BFT time.
 */
function blockInvalidReason(node: ChainNode, genesis: GenesisDoc, block: Block): string | undefined {
  const reason = node.checkProposal(block);
  if (reason) return reason;
  for (const e of block.evidence) {
    try {
      verifyDuplicateVoteEvidence(e, genesis.chainId, node.validatorSetAt(e.voteA.height));
    } catch (err) {
      return `evidence: ${errorMessage(err)}`;
    }
  }
  const h = block.header.height;
  if (h > 1) {
    const lastSet = node.validatorSetAt(h - 1);
    const last = node.chainTip().lastBlock;
    if (!last) return "no previous block";
    try {
      verifyCommit(genesis.chainId, lastSet, last.blockId, h - 1, block.lastCommit);
    } catch (err) {
      return `last commit: ${errorMessage(err)}`;
    }
    if (block.header.timeNs !== bftTime(block.lastCommit, lastSet))
      return "time is not the BFT time of the last commit";
  } else if (block.header.timeNs < genesisTimeNs(genesis)) {
    return "time before genesis";
  }
  return undefined;
}

/** The rebuilt state's commitment record (the child's `bridge` store, key 0x01), or undefined. */
async function readCommitment(node: ChainNode): Promise<Uint8Array | undefined> {
  const r = await node.abciQuery("/store/bridge/key", Uint8Array.of(0x01), 0, false);
  return r.code === 0 && r.value.length > 0 ? r.value : undefined;
}

function checkCommitment(height: number, value: Uint8Array | undefined, header: BatchHeader): void {
  if (!value) throw mismatch(height, "commitment", "a commitment record", "none");
  const c = RollupCommitmentSsz.deserialize(value);
  const pairs: [string, Uint8Array | bigint, Uint8Array | bigint][] = [
    ["withdrawalRoot", header.withdrawalRoot, c.withdrawalRoot],
    ["withdrawalCount", header.withdrawalCount, c.withdrawalCount],
    ["depositCursor", header.depositCursor, c.depositCursor],
    ["depositAccumulator", header.depositAccumulator, c.depositAccumulator],
  ];
  for (const [field, want, got] of pairs) {
    const same = typeof want === "bigint" ? want === got : Buffer.compare(want, got as Uint8Array) === 0;
    if (!same) {
      const s = (v: Uint8Array | bigint) => (typeof v === "bigint" ? v.toString() : hex(v));
      throw mismatch(height, field, s(want), s(got));
    }
  }
}

/** {@link L1Source} over a parent node: the rollup and bridge queries and the blocks' txs and results. */
export function l1SourceOverClient(client: {
  query: import("../client/index.js").StrataQueryClient;
  comet: import("@cosmjs/tendermint-rpc").CometClient;
}): L1Source {
  const q = client.query;
  return {
    genesis: (chainId) => q.rollup.genesis(chainId),
    async rollup(chainId) {
      const r = await q.rollup.rollup(chainId);
      return r ? { lastNumber: Number(r.lastNumber), depositCount: Number(r.depositCount) } : null;
    },
    async batches(chainId, fromNumber, limit) {
      const r = await q.rollup.batches(chainId, { fromNumber, page: { limit } });
      return r.batches.map((b) => ({
        number: Number(b.number),
        header: Uint8Array.from(b.header),
        parentHeight: Number(b.parentHeight),
      }));
    },
    async blockTxs(height) {
      const [block, results] = await Promise.all([
        client.comet.block(height),
        client.comet.blockResults(height),
      ]);
      return block.block.txs.map((tx, i) => ({ tx, code: results.results[i]?.code ?? 1 }));
    },
    async depositAccumulator(chainId, nonce) {
      const d = await q.bridge.deposit(chainId, nonce);
      return d ? Uint8Array.from(d.accumulator) : null;
    },
  };
}
