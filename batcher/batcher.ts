import { decodeBlock } from "../chain/core/block/index.js";
import { errorMessage } from "../chain/core/errors/index.js";
import type { Logger } from "../chain/core/log/index.js";
import {
  type BatchHeader,
  buildBatchItem,
  type ChildValidator,
  childValidatorSet,
} from "../chain/core/rollup/index.js";
import type { strata } from "../proto/gen/strata.js";
import type { ChildChain } from "./childChain.js";
import { BatcherError, BatcherErrorCode } from "./errors.js";
import type { ChildBridge, ParentChain, PostedBatch } from "./parentChain.js";
import { submitBatchBytes } from "./parentChain.js";

/** Default bound on one batch transaction's `MsgSubmitBatch` bytes when packing several blocks. */
export const DEFAULT_MAX_BATCH_BYTES = 900 * 1024;
/**
 * Largest `MsgSubmitBatch` a single block may make: the parent's tx limit (`MAX_TX_BYTES`, 1 MiB)
 * less room for the tx's signature, fee and signer info.
 */
export const DEFAULT_MAX_TX_MSG_BYTES = 1024 * 1024 - 4096;

/** Options of {@link Batcher}. */
export interface BatcherOptions {
  /** The child chain id as registered on the parent. */
  chainId: string;
  /** The submitter's parent address (signs `MsgSubmitBatch`). */
  submitter: string;
  /** Most items per batch; the parent's `max_items_per_batch` caps it (default: the parent's). */
  maxItemsPerBatch?: number;
  /**
   * Most `MsgSubmitBatch` bytes per tx when packing (default {@link DEFAULT_MAX_BATCH_BYTES}); one
   * block always goes alone when it fits {@link DEFAULT_MAX_TX_MSG_BYTES}.
   */
  maxBatchBytes?: number;
  /** How often the child is asked for new blocks while caught up, ms (default 200). */
  pollMs?: number;
  /** First retry delay after a failure, ms (default 250); doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  /** Longest retry delay, ms (default 10,000). */
  maxBackoffMs?: number;
  /** How often deposits are looked for on the parent, ms (default 500); 0 turns the relay off. */
  relayPollMs?: number;
  /** Most deposits per `MsgMintDeposits` (default 50). */
  maxDepositsPerMint?: number;
  /**
   * The child is an L3 anchored on L2 (ROLLUP.md [anchor-1]): its blocks carry a proof that the
   * commitment key is absent. Default false.
   */
  noCommitment?: boolean;
}

/** Services of {@link Batcher}. */
export interface BatcherDeps {
  child: ChildChain;
  parent: ParentChain;
  /** The relayer side; without it deposits are not relayed. */
  childBridge?: ChildBridge;
  logger: Logger;
  /** Observers (metrics). */
  events?: Partial<BatcherEvents>;
}

/** What the batcher reports as it works. */
export interface BatcherEvents {
  posted(batch: PostedBatch & { from: number; to: number }): void;
  failed(stage: "post" | "relay", err: unknown): void;
  relayed(count: number, cursor: number): void;
}

/** Live figures of a running batcher (health and metrics). */
export interface BatcherStats {
  chainId: string;
  /** Last child height accepted on the parent, as the batcher knows it. */
  postedHeight: number;
  /** Latest child height seen. */
  childHeight: number;
  /** Batch transactions accepted since start. */
  batches: number;
  /** Child blocks posted since start. */
  blocksPosted: number;
  /** Failures since start (posting and relaying). */
  failures: number;
  /** Consecutive posting failures (0 when the last attempt worked). */
  consecutiveFailures: number;
  lastError: string | null;
  /** The child's deposit cursor, as last seen by the relay. */
  depositCursor: number;
  depositsRelayed: number;
  /** Total `MsgSubmitBatch` bytes and gas of the accepted batch txs since start. */
  bytesPosted: number;
  gasUsed: bigint;
}

/** Where posting stands: the parent's last accepted header and the set it holds next. */
interface PostingState {
  lastNumber: number;
  prevHeader: BatchHeader | undefined;
  held: ChildValidator[];
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * The batcher (ROLLUP.md, "Batcher and production gate"): posts every child block to the parent,
 * in order, and relays the parent's deposits to the child.
 *
 * Posting: it reads where the parent stands (`last_number`, that batch's header, the validator set
 * the parent holds next), then builds items for the next child blocks with `buildBatchItem` and
 * sends them in one `MsgSubmitBatch`: one block when caught up, up to `maxItemsPerBatch` blocks and
 * `maxBatchBytes` bytes when behind. After a success it continues from the batch it posted; after
 * any failure it waits (exponential back-off) and reads the parent again, so a restart, a parent
 * outage, a timed-out tx that did commit, or another batcher never causes a gap or a duplicate:
 * the parent's `last_number` is the only truth.
 *
 * Relaying: it reads the child's deposit cursor and sends the parent's deposits from cursor + 1 in
 * nonce order in `MsgMintDeposits` (at most one in flight; a failure is retried after back-off
 * from the child's cursor again).
 */
export class Batcher {
  private readonly abort = new AbortController();
  private loops: Promise<void>[] = [];
  private state: PostingState | undefined;
  private readonly s: BatcherStats;

  constructor(
    private readonly opts: BatcherOptions,
    private readonly deps: BatcherDeps,
  ) {
    this.s = {
      chainId: opts.chainId,
      postedHeight: 0,
      childHeight: 0,
      batches: 0,
      blocksPosted: 0,
      failures: 0,
      consecutiveFailures: 0,
      lastError: null,
      depositCursor: 0,
      depositsRelayed: 0,
      bytesPosted: 0,
      gasUsed: 0n,
    };
  }

  /** Live figures. */
  stats(): Readonly<BatcherStats> {
    return this.s;
  }

  /** Starts the posting loop (and the relay loop when a child bridge is given). */
  start(): void {
    this.loops.push(this.postLoop());
    if (this.deps.childBridge && (this.opts.relayPollMs ?? 500) > 0) this.loops.push(this.relayLoop());
  }

  /** Stops both loops and waits for the work in flight (a tx being confirmed) to end. */
  async stop(): Promise<void> {
    this.abort.abort();
    await Promise.all(this.loops);
  }

  /**
   * Reads the parent's position: last accepted number, its header and the set held next.
   * @throws BatcherError(NotRegistered) when the chain is not registered.
   */
  async resume(): Promise<PostingState> {
    const { chainId } = this.opts;
    const r = await this.deps.parent.rollup(chainId);
    if (!r)
      throw new BatcherError(
        BatcherErrorCode.NotRegistered,
        `chain ${chainId} is not registered on the parent`,
      );
    let prevHeader: BatchHeader | undefined;
    if (r.lastNumber > 0) {
      const h = await this.deps.parent.batchHeader(chainId, r.lastNumber);
      if (!h)
        throw new BatcherError(
          BatcherErrorCode.BadAnswer,
          `the parent names batch ${r.lastNumber} of ${chainId} as its last but does not return it`,
        );
      prevHeader = h;
    }
    this.s.postedHeight = r.lastNumber;
    return { lastNumber: r.lastNumber, prevHeader, held: r.validators };
  }

  /**
   * One posting round: posts the next batch if the child has blocks the parent lacks. Returns the
   * number of blocks posted (0 when caught up).
   * @throws whatever failed; the caller backs off and resumes from the parent.
   */
  async postOnce(): Promise<number> {
    this.state ??= await this.resume();
    const state = this.state;
    const tip = await this.deps.child.latestHeight();
    this.s.childHeight = Math.max(this.s.childHeight, tip);
    if (tip <= state.lastNumber) return 0;
    const maxItems = await this.maxItems();
    const maxBytes = this.opts.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    const items: strata.rollup.v1.IBatchItem[] = [];
    let prevHeader = state.prevHeader;
    let held = state.held;
    const empty = submitBatchBytes(this.opts.submitter, this.opts.chainId, []);
    let bytes = empty;
    const last = Math.min(tip, state.lastNumber + maxItems);
    for (let h = state.lastNumber + 1; h <= last; h++) {
      if (this.abort.signal.aborted) break;
      const data = await this.deps.child.block(h);
      const header = decodeBlock(data.block).header;
      const heldHash = childValidatorSet(held).hash();
      const nextValidators =
        Buffer.compare(header.nextValidatorsHash, heldHash) !== 0
          ? await this.deps.child.validators(h + 1)
          : undefined;
      const built = buildBatchItem({
        block: data.block,
        commit: data.commit,
        commitmentProof: data.commitmentProof,
        prevHeader,
        heldValidators: held,
        ...(nextValidators ? { nextValidators } : {}),
        ...(this.opts.noCommitment ? { noCommitment: true } : {}),
      });
      // Field tag + length prefix + item: what the item adds to the message.
      const itemBytes = submitBatchBytes(this.opts.submitter, this.opts.chainId, [built.item]) - empty;
      if (items.length === 0 && bytes + itemBytes > DEFAULT_MAX_TX_MSG_BYTES)
        throw new BatcherError(
          BatcherErrorCode.BlockTooLarge,
          `child block ${h} needs ${bytes + itemBytes} bytes in MsgSubmitBatch, over the parent's transaction limit: it can never be posted (the child's consensus block.maxBytes must stay well under 1 MiB)`,
          { height: h, bytes: bytes + itemBytes },
        );
      if (items.length > 0 && bytes + itemBytes > maxBytes) break;
      items.push(built.item);
      bytes += itemBytes;
      prevHeader = built.header;
      held = built.nextHeld;
    }
    if (items.length === 0) return 0;
    const from = state.lastNumber + 1;
    const to = state.lastNumber + items.length;
    this.deps.logger.debug("posting batch", { from, to, bytes });
    const posted = await this.deps.parent.submitBatch(this.opts.chainId, items);
    this.state = { lastNumber: to, prevHeader, held };
    this.s.postedHeight = to;
    this.s.batches++;
    this.s.blocksPosted += items.length;
    this.s.bytesPosted += posted.msgBytes;
    this.s.gasUsed += posted.gasUsed;
    this.deps.logger.info("batch posted", {
      from,
      to,
      parentHeight: posted.height,
      bytes: posted.msgBytes,
      gasUsed: posted.gasUsed.toString(),
    });
    this.deps.events?.posted?.({ ...posted, from, to });
    return items.length;
  }

  private maxItemsCache: number | undefined;

  private async maxItems(): Promise<number> {
    this.maxItemsCache ??= await this.deps.parent.maxItemsPerBatch();
    const mine = this.opts.maxItemsPerBatch;
    return Math.max(1, mine !== undefined ? Math.min(mine, this.maxItemsCache) : this.maxItemsCache);
  }

  private async postLoop(): Promise<void> {
    const signal = this.abort.signal;
    const base = this.opts.backoffMs ?? 250;
    const cap = this.opts.maxBackoffMs ?? 10_000;
    let delay = base;
    while (!signal.aborted) {
      try {
        const n = await this.postOnce();
        this.s.consecutiveFailures = 0;
        delay = base;
        // Behind: post the next batch at once; caught up: wait for the child.
        if (n === 0) await sleep(this.opts.pollMs ?? 200, signal);
      } catch (err) {
        if (signal.aborted) return;
        this.s.failures++;
        this.s.consecutiveFailures++;
        this.s.lastError = errorMessage(err);
        // Whatever happened (a refusal, a timeout whose tx may have committed, an outage), the
        // parent's last_number is read again before the next batch.
        this.state = undefined;
        this.maxItemsCache = undefined;
        this.deps.logger.warn("posting failed; retrying", {
          err: this.s.lastError,
          retryInMs: delay,
          consecutive: this.s.consecutiveFailures,
        });
        this.deps.events?.failed?.("post", err);
        await sleep(delay, signal);
        delay = Math.min(cap, delay * 2);
      }
    }
  }

  /**
   * One relay round: mints the parent's deposits after the child's cursor (up to
   * `maxDepositsPerMint`). Returns how many were sent.
   */
  async relayOnce(): Promise<number> {
    const bridge = this.deps.childBridge;
    if (!bridge) return 0;
    const cursor = await bridge.cursor();
    this.s.depositCursor = cursor;
    const limit = this.opts.maxDepositsPerMint ?? 50;
    const found = await this.deps.parent.deposits(this.opts.chainId, cursor + 1, limit);
    // Strictly consecutive from cursor + 1: a hole would be refused by the child anyway.
    const batch: strata.l2bridge.v1.IDepositIn[] = [];
    for (const d of found) {
      if (Number(d.nonce) !== cursor + 1 + batch.length) break;
      batch.push({
        nonce: d.nonce ?? 0,
        sender: d.sender ?? "",
        recipient: d.recipient ?? "",
        amount: d.amount ?? "0",
        parentHeight: d.parentHeight ?? 0,
        denom: d.denom ?? "",
      });
    }
    if (batch.length === 0) return 0;
    await bridge.mint(batch);
    const to = cursor + batch.length;
    this.s.depositCursor = to;
    this.s.depositsRelayed += batch.length;
    this.deps.logger.info("deposits relayed", { from: cursor + 1, to });
    this.deps.events?.relayed?.(batch.length, to);
    return batch.length;
  }

  private async relayLoop(): Promise<void> {
    const signal = this.abort.signal;
    const base = this.opts.backoffMs ?? 250;
    const cap = this.opts.maxBackoffMs ?? 10_000;
    let delay = base;
    while (!signal.aborted) {
      try {
        const n = await this.relayOnce();
        delay = base;
        if (n === 0) await sleep(this.opts.relayPollMs ?? 500, signal);
      } catch (err) {
        if (signal.aborted) return;
        this.s.failures++;
        this.s.lastError = errorMessage(err);
        this.deps.logger.warn("deposit relay failed; retrying", { err: this.s.lastError, retryInMs: delay });
        this.deps.events?.failed?.("relay", err);
        await sleep(delay, signal);
        delay = Math.min(cap, delay * 2);
      }
    }
  }
}
