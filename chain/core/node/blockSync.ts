import { decodeBlock } from "../block/index.js";
import { decodeCommit, encodeCommit } from "../consensus/index.js";
import { errorMessage } from "../errors/index.js";
import type { Logger } from "../log/index.js";
import { ChannelId, type P2P } from "../p2p/index.js";
import type { Block, Commit } from "../types/index.js";
import { lengthPrefixed, readU64, splitLengthPrefixed, u64 } from "./framing.js";

// Block-sync request kinds (first byte of a request on ChannelId.blockSync):
//   STATUS: 0x00                 -> u64be latest height
//   BLOCK:  0x01 ‖ u64be height  -> u32be|block (SSZ) ‖ u32be|commit (SSZ)
const SYNC_STATUS = 0;
const SYNC_BLOCK = 1;

/** What block sync serves from (the node's stored blocks and their commits). */
export interface BlockSyncSource {
  latestHeight(): number;
  blockWithCommit(height: number): Promise<{ encoded: Uint8Array; commit: Commit } | undefined>;
}

/**
 * Answers peers' block-sync requests from `source`: any node with p2p serves its blocks, so full
 * nodes can follow a validator whatever drives it (solo producer or BFT).
 * @throws P2PError `invalidConfig` when the channel already has a request handler.
 */
export function serveBlockSync(p2p: Pick<P2P, "handleRequests">, source: BlockSyncSource): void {
  p2p.handleRequests(ChannelId.blockSync, async ({ payload }) => {
    if (payload.length === 1 && payload[0] === SYNC_STATUS) return u64(source.latestHeight());
    // [REJECT] unknown request kinds
    if (payload.length !== 9 || payload[0] !== SYNC_BLOCK) throw new Error("bad block-sync request");
    const height = readU64(payload.subarray(1));
    const found = await source.blockWithCommit(height);
    if (!found) throw new Error(`no block at height ${height}`);
    return lengthPrefixed(found.encoded, encodeCommit(found.commit));
  });
}

/** Where fetched blocks go: the consumer verifies them and applies them in order. */
export interface BlockSyncTarget {
  latestHeight(): number;
  /**
   * Verifies and applies the block following the tip: `stale` when the tip moved meanwhile,
   * `invalid` when the block or its commit does not verify.
   */
  applySynced(block: Block, commit: Commit): Promise<"applied" | "stale" | "invalid">;
}

/**
 * The fetching side of block sync: every `intervalMs` it asks each peer for its height and, while
 * one is ahead, fetches the next block with its commit and hands it to the target. A peer that
 * answers garbage or an invalid block is scored down.
 */
export class BlockSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly p2p: Pick<P2P, "peers" | "request" | "misbehaved">,
    private readonly target: BlockSyncTarget,
    private readonly opts: { intervalMs: number },
    private readonly logger: Logger,
  ) {}

  /** Starts polling peers at once. */
  start(): void {
    this.schedule(0);
  }

  /** Stops polling and waits for a round in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.syncOnce()
        .catch((err) => this.logger.warn("block sync round failed", { err: errorMessage(err) }))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.opts.intervalMs);
        });
    }, delayMs);
  }

  private async syncOnce(): Promise<void> {
    for (const peer of this.p2p.peers()) {
      if (this.stopped) return;
      let peerHeight: number;
      try {
        peerHeight = readU64(
          await this.p2p.request(peer.id, ChannelId.blockSync, Uint8Array.of(SYNC_STATUS), 2000),
        );
      } catch {
        continue;
      }
      // Every block a peer stored is final (it holds a +2/3 commit), its tip included.
      while (!this.stopped && peerHeight > this.target.latestHeight()) {
        const h = this.target.latestHeight() + 1;
        const bytes = await this.p2p.request(
          peer.id,
          ChannelId.blockSync,
          Buffer.concat([Uint8Array.of(SYNC_BLOCK), u64(h)]),
          5000,
        );
        let block: Block;
        let commit: Commit;
        try {
          const [b, c] = splitLengthPrefixed(bytes, 2);
          block = decodeBlock(b!);
          commit = decodeCommit(c!);
        } catch (err) {
          this.p2p.misbehaved(peer.id, `malformed block-sync response: ${errorMessage(err)}`, "high");
          break;
        }
        const outcome = await this.target.applySynced(block, commit);
        if (outcome === "stale") continue;
        if (outcome === "invalid") {
          this.p2p.misbehaved(peer.id, `invalid block ${h} from block sync`, "high");
          break;
        }
      }
    }
  }
}
