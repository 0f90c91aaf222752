import { FileWal } from "./fileWal.js";
import type { ConsensusEffect, ConsensusEvent } from "./machineTypes.js";
import type { ConsensusMachine } from "./stateMachine.js";
import { type BlockCodec, decodeWalEntry, encodeWalEntry, type WalEntry } from "./walCodec.js";

/** Height of a proposal or vote event; undefined for other entries. */
export function messageHeightOf<B>(entry: WalEntry<B>): number | undefined {
  if (entry.kind !== "event") return undefined;
  if (entry.event.type === "vote") return entry.event.vote.height;
  if (entry.event.type === "proposal") return entry.event.proposal.height;
  return undefined;
}

/**
 * The entries a WAL keeps when `start(height)` is recorded: the start itself, then the proposals
 * and votes of `height` recorded earlier (the machine buffered them while the previous height
 * finished and processes them right after the start, so replay must see them there, in order).
 */
export function entriesKeptAtStart<B>(
  earlier: readonly WalEntry<B>[],
  start: WalEntry<B>,
  height: number,
): WalEntry<B>[] {
  return [start, ...earlier.filter((e) => messageHeightOf(e) === height)];
}

/**
 * The consensus WAL: machine inputs and this validator's signed outputs, in order, in a
 * {@link FileWal}. Holds only the current height: recording `start(h)` compacts the file to that
 * record plus the height-h messages that arrived before it (the host starts height h only after
 * block h−1 is stored, so nothing else is needed).
 */
export class ConsensusWal<B> {
  /** Entries found when the log was opened (what {@link planReplay} reads). */
  readonly recovered: readonly WalEntry<B>[];
  private readonly file: FileWal;
  private readonly blocks: BlockCodec<B>;
  // Height of the last recorded start, and the messages recorded since for later heights.
  private height = 0;
  private ahead: { readonly height: number; readonly bytes: Uint8Array }[] = [];

  private constructor(file: FileWal, blocks: BlockCodec<B>) {
    this.file = file;
    this.blocks = blocks;
    this.recovered = file.recovered.map((r) => decodeWalEntry(r, blocks));
    for (const [i, e] of this.recovered.entries()) this.track(e, file.recovered[i]!);
  }

  /**
   * Opens (or creates) the WAL at `path`, dropping a torn last record.
   * @throws ConsensusError `walCorrupted` for damage before the last record or unreadable entries.
   */
  static open<B>(path: string, blocks: BlockCodec<B>): ConsensusWal<B> {
    return new ConsensusWal(FileWal.open(path), blocks);
  }

  /** Bytes of a torn record cut off at open. */
  get truncatedBytes(): number {
    return this.file.truncatedBytes;
  }

  /**
   * Appends an input event (not yet fsynced). A `start(h)` instead rewrites the log to the start
   * and the height-h messages recorded before it ({@link entriesKeptAtStart}).
   */
  recordEvent(event: ConsensusEvent<B>): void {
    const entry: WalEntry<B> = { kind: "event", event };
    const bytes = encodeWalEntry(entry, this.blocks);
    if (event.type === "start") {
      this.file.compact([bytes, ...this.ahead.filter((a) => a.height === event.height).map((a) => a.bytes)]);
    } else {
      this.file.append(bytes);
    }
    this.track(entry, bytes);
  }

  private track(entry: WalEntry<B>, bytes: Uint8Array): void {
    if (entry.kind === "event" && entry.event.type === "start") {
      this.height = entry.event.height;
      this.ahead = [];
      return;
    }
    const h = messageHeightOf(entry);
    if (h !== undefined && h > this.height) this.ahead.push({ height: h, bytes });
  }

  /**
   * Appends the signed messages among `effects` and fsyncs if there were any.
   * @returns true when something was recorded.
   */
  recordSigned(effects: readonly ConsensusEffect<B>[]): boolean {
    let any = false;
    for (const e of effects) {
      if (e.type === "broadcastVote") {
        this.file.append(
          encodeWalEntry({ kind: "signed", message: { type: "vote", vote: e.vote } }, this.blocks),
        );
        any = true;
      } else if (e.type === "broadcastProposal") {
        const entry: WalEntry<B> = { kind: "signed", message: { type: "proposal", proposal: e.proposal } };
        this.file.append(encodeWalEntry(entry, this.blocks));
        any = true;
      }
    }
    if (any) this.file.sync();
    return any;
  }

  /** fsyncs everything appended so far (the sign guard's `beforeSign` hook). */
  sync(): void {
    this.file.sync();
  }

  /** Closes the file. */
  close(): void {
    this.file.close();
  }
}

/**
 * The host's one way to feed the machine when it runs with a WAL:
 * 1. record the event (so a replay sees it);
 * 2. let the machine handle it (the sign guard fsyncs the WAL before any new signature);
 * 3. record the signed messages among the effects and fsync;
 * 4. return the effects, which the host may now perform (broadcasts included).
 * @throws whatever `machine.handle` throws (the event stays recorded; a replay skips it again).
 */
export function handleDurably<B>(
  machine: ConsensusMachine<B>,
  wal: ConsensusWal<B>,
  event: ConsensusEvent<B>,
): ConsensusEffect<B>[] {
  wal.recordEvent(event);
  const effects = machine.handle(event);
  wal.recordSigned(effects);
  return effects;
}
