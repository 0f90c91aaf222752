import { bftTime, TIME_IOTA_NS, type ValidatorSet } from "../consensus/index.js";
import type { Ed25519KeyPair } from "../crypto/index.js";
import { errorMessage } from "../errors/index.js";
import type { Logger } from "../log/index.js";
import type { Block, BlockId, Commit, CommittedBlock } from "../types/index.js";
import { NodeError, NodeErrorCode } from "./genesis.js";
import { type ChainTip, sealBlock, soloCommit } from "./producer.js";
import type { ProductionGate } from "./productionGate.js";

/** What the solo producer needs from the chain node (the producer owns this interface). */
export interface SoloProducerHost {
  readonly chainId: string;
  chainTip(): Readonly<ChainTip>;
  validatorSetAt(height: number): ValidatorSet;
  proposeBlock(timeNs: bigint, lastCommit: Commit | undefined, proposer: Uint8Array): Block;
  applyBlock(
    block: Block,
    sealed: { encoded: Uint8Array; blockId: BlockId },
    commit: Commit,
  ): Promise<CommittedBlock>;
}

/**
 * True when `address` is the whole validator set: its one precommit is then a +2/3 commit and
 * there is nobody to run rounds with, so a block needs no consensus.
 */
export function isSoleValidator(set: ValidatorSet, address: Uint8Array): boolean {
  return set.size === 1 && Buffer.compare(set.validators[0]!.address, address) === 0;
}

/**
 * Proposes, executes and commits the next block as the chain's only validator: a block from the
 * mempool, sealed, with this validator's signed precommit as its commit (the same sign bytes the
 * BFT engine uses, so the commit verifies like any other).
 *
 * Times follow BFT time exactly as a one-validator BFT chain would, so full nodes (and a BFT
 * driver taking over) accept solo blocks: block h carries the timestamp of the commit of h−1 (its
 * weighted median with one signer), and the commit of h is stamped `max(now, time(h) + 1 ms)`.
 * Block 1 carries `max(now, genesis time + 1 ms)`.
 * @throws NodeError(invalidConfig) when `key` is not the only validator of the next height.
 */
export async function produceSoloBlock(
  host: SoloProducerHost,
  key: Ed25519KeyPair,
  now: bigint,
): Promise<CommittedBlock> {
  const tip = host.chainTip();
  const height = tip.height + 1;
  // [REJECT] a solo block at a height whose set holds anyone else: it would need their votes.
  if (!isSoleValidator(host.validatorSetAt(height), key.address)) {
    throw new NodeError(
      NodeErrorCode.invalidConfig,
      `height ${height} has other validators than this node: blocks need BFT consensus`,
    );
  }
  const timeNs =
    height > 1 && tip.lastCommit
      ? bftTime(tip.lastCommit, host.validatorSetAt(height - 1))
      : later(now, tip.lastTimeNs + TIME_IOTA_NS);
  const block = host.proposeBlock(timeNs, tip.lastCommit, key.address);
  const sealed = sealBlock(block);
  const voteTime = later(now, timeNs + TIME_IOTA_NS);
  const commit = soloCommit(host.chainId, sealed.blockId, height, voteTime, key, key);
  return host.applyBlock(block, sealed, commit);
}

function later(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/** Options of {@link SoloProducer}. */
export interface SoloProducerOptions {
  validatorKey: Ed25519KeyPair;
  /** Target time from the start of one block to the start of the next, ms. */
  blockIntervalMs: number;
  /**
   * Called once, instead of producing, when the validator set of the next height is no longer
   * this key alone (a validator joined through staking): consensus must take over there.
   */
  onHandover?: (height: number) => void;
  /** Called once when producing a block failed (the loop has halted; the node must stop). */
  onFatal?: (err: unknown) => void;
  /**
   * Asked before each height starts (a child chain's `rollup.maxUnpostedBlocks`): the loop waits
   * while it is closed. It changes only when a block is made, never what it holds.
   */
  gate?: ProductionGate;
}

/**
 * The single-validator driver: a timer loop that produces a block every `blockIntervalMs` while
 * this node is the whole validator set, and hands over (once) when the schedule says otherwise.
 */
export class SoloProducer {
  private timer: NodeJS.Timeout | undefined;
  private producing: Promise<void> | undefined;
  private stopped = true;
  private readonly abort = new AbortController();

  constructor(
    private readonly host: SoloProducerHost,
    private readonly opts: SoloProducerOptions,
    private readonly deps: { logger: Logger; clock: () => bigint },
  ) {}

  /** Starts the loop; the first block comes after one interval. */
  start(): void {
    this.stopped = false;
    this.schedule(this.opts.blockIntervalMs);
  }

  /** Stops the loop and waits for a block in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.abort.abort(new Error("producer stopped"));
    await this.producing;
  }

  /** True while the loop runs (false once stopped, halted or handed over). */
  running(): boolean {
    return !this.stopped;
  }

  /** Produces one block now (tests and benchmarks; the loop calls it on its timer). */
  produceBlock(): Promise<CommittedBlock> {
    return produceSoloBlock(this.host, this.opts.validatorKey, this.deps.clock());
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const height = this.host.chainTip().height + 1;
      if (!isSoleValidator(this.host.validatorSetAt(height), this.opts.validatorKey.address)) {
        this.stopped = true;
        this.deps.logger.info("validator set changed: handing over to BFT consensus", { height });
        this.opts.onHandover?.(height);
        return;
      }
      const started = performance.now();
      this.producing = this.gateOpen(height)
        .then(async (open) => {
          if (open && !this.stopped) await this.produceBlock();
        })
        .catch((err) => {
          // A failure to persist is fatal for consistency: stop producing rather than diverge.
          this.deps.logger.error("block production failed; halting", { err: errorMessage(err) });
          this.stopped = true;
          const onFatal = this.opts.onFatal;
          if (onFatal) setImmediate(() => onFatal(err));
        })
        .finally(() => {
          this.producing = undefined;
          this.schedule(Math.max(0, this.opts.blockIntervalMs - (performance.now() - started)));
        });
    }, delayMs);
  }

  // False when the producer stopped while the gate was closed.
  private async gateOpen(height: number): Promise<boolean> {
    if (!this.opts.gate) return true;
    try {
      await this.opts.gate.waitOpen(height, this.abort.signal);
      return true;
    } catch (err) {
      if (this.abort.signal.aborted) return false;
      throw err;
    }
  }
}
