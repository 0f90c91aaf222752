/**
 * Durable L3 records of private tasks: a sealed task (ciphertext only, never the plaintext) is
 * appended and fsynced to the router's private journal before the answer completes, then recorded
 * on the L3 by a loop that retries with back-off until the L3 holds it. A task the L3 may already
 * hold (replayed at start, a lost answer, a `duplicate task` refusal) is reconciled by querying
 * it, so each record lands exactly once. Uses the task journal's mechanism ({@link openAppendLog}),
 * in its own file.
 */
import type { Logger } from "../../../chain/core/log/index.js";
import { TxRefusedError } from "../../../client/index.js";
import { strata } from "../../../proto/gen/strata.js";
import { openAppendLog } from "../journal.js";
import { MAX_TASKS_PER_RECORD, type SealedPrivateTask } from "./privateTasks.js";

/** The private journal's file name in the router home. */
export const PRIVATE_JOURNAL_FILE = "l3-journal.jsonl";

/** A sealed private task as journaled: the L3 entry (protobuf, base64) and its digest. */
export interface PrivateJournalTask {
  taskId: string;
  /** `strata.l3.v1.TaskEntry` bytes, base64 (ciphertext records only). */
  entry: string;
  /** taskDigest (hex): what L2 was told. */
  digest: string;
  /** Wall-clock milliseconds when it was answered. */
  at: number;
}

/** One private journal line. */
export type PrivateJournalEntry =
  | { type: "l3task"; task: PrivateJournalTask }
  | { type: "l3recorded"; taskId: string; height: number }
  | { type: "l3dropped"; taskId: string; reason: string };

/** A private task rebuilt from the journal. */
export interface PrivateJournaled {
  task: PrivateJournalTask;
  state: "pending" | "recorded" | "dropped";
  height?: number;
  reason?: string;
}

/** Folds private journal lines into the tasks' last states (torn and unknown lines skipped). Pure. */
export function replayPrivateJournal(text: string): Map<string, PrivateJournaled> {
  const out = new Map<string, PrivateJournaled>();
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    let e: PrivateJournalEntry;
    try {
      e = JSON.parse(line) as PrivateJournalEntry;
    } catch {
      continue;
    }
    if (e.type === "l3task") {
      if (!out.has(e.task.taskId)) out.set(e.task.taskId, { task: e.task, state: "pending" });
      continue;
    }
    const t = out.get(e.taskId);
    if (t?.state !== "pending") continue;
    if (e.type === "l3recorded") {
      t.state = "recorded";
      t.height = e.height;
    } else if (e.type === "l3dropped") {
      t.state = "dropped";
      t.reason = e.reason;
    }
  }
  return out;
}

/** What the private recorder needs of the L3 (a subset of {@link PrivateTasks}). */
export interface PrivateRecordTarget {
  /** Records entries in one `MsgRecordTasks`; the L3 height. */
  submit(tasks: Pick<SealedPrivateTask, "entry">[]): Promise<number>;
  /** The stored task, or null. */
  stored(taskId: string): Promise<strata.l3.v1.IPrivateTask | null>;
}

/** Options of {@link openPrivateRecorder}. */
export interface PrivateRecorderOptions {
  /** First wait after a failure; default 200 ms. */
  minBackoffMs?: number;
  /** Longest wait between retries; default 10 s. */
  maxBackoffMs?: number;
  /** Rewrite the journal after this many appends once nothing is pending; default 5,000. */
  compactAfter?: number;
}

/** A running private recorder. */
export interface PrivateRecorder {
  /**
   * Journals a sealed task (resolves once it is on disk) and queues it for the L3.
   * @throws RouterError `JournalFailed` when it cannot be written.
   */
  add(sealed: SealedPrivateTask, taskId: string): Promise<void>;
  /** A task's state, or undefined. */
  state(taskId: string): PrivateJournaled | undefined;
  counts(): { pending: number; lastError: string | null };
  /** Wakes the loop now. */
  wake(): void;
  /** Stops the loop and closes the journal (pending work stays in it). */
  close(): Promise<void>;
}

/** Codes of the privatetasks codespace (chain/l3-privacy/modules/privatetasks/errors.ts). */
const PT = { invalidRequest: 2, duplicateTask: 4, alreadyCompleted: 6, staleEpoch: 7 } as const;

function refusal(err: unknown): { code: number } | null {
  return err instanceof TxRefusedError && err.codespace === "privatetasks" ? { code: err.code } : null;
}

/** A refusal retrying cannot cure (the sealed entry itself is wrong for the L3 now). */
function permanent(err: unknown): boolean {
  const r = refusal(err);
  return r !== null && (r.code === PT.invalidRequest || r.code === PT.staleEpoch);
}

function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * Opens the private journal at `path`, replays it and starts the loop that records pending tasks
 * on the L3.
 * @throws RouterError `JournalFailed` when the file cannot be opened.
 */
export async function openPrivateRecorder(
  path: string,
  opts: PrivateRecorderOptions,
  deps: { target: PrivateRecordTarget; logger: Logger },
): Promise<PrivateRecorder> {
  const log = deps.logger.child({ component: "l3-recorder" });
  const { log: file, text } = await openAppendLog<PrivateJournalEntry>(path);
  const all = replayPrivateJournal(text);
  const pending = new Map<string, PrivateJournaled>();
  for (const [id, t] of all) if (t.state === "pending") pending.set(id, t);
  if (pending.size > 0) log.info("resuming private records from the journal", { pending: pending.size });
  const minBackoff = opts.minBackoffMs ?? 200;
  const maxBackoff = opts.maxBackoffMs ?? 10_000;
  const compactAfter = opts.compactAfter ?? 5000;
  const stop = new AbortController();
  let wakeUp = new AbortController();
  let backoff = 0;
  let lastError: string | null = null;
  // Replayed tasks may be on the L3 already (a crash after the broadcast).
  let suspect = pending.size > 0;
  // After a permanent refusal of a batch, send one at a time to find the culprit.
  let singly = false;

  async function settle(t: PrivateJournaled, entry: PrivateJournalEntry): Promise<void> {
    await file.append(entry);
    if (entry.type === "l3recorded") {
      t.state = "recorded";
      t.height = entry.height;
    } else if (entry.type === "l3dropped") {
      t.state = "dropped";
      t.reason = entry.reason;
      log.error("private task dropped: the L3 will not hold its record", {
        task: t.task.taskId,
        reason: entry.reason,
      });
    }
    pending.delete(t.task.taskId);
    // Bounded: the oldest settled tasks are forgotten (the journal keeps them until compaction).
    for (const [id, old] of all) {
      if (all.size <= 10_000) break;
      if (old.state !== "pending") all.delete(id);
    }
  }

  /** Marks tasks the L3 already holds; a stored record with another digest is a conflict. */
  async function reconcile(list: PrivateJournaled[]): Promise<void> {
    for (const t of list) {
      const onChain = await deps.target.stored(t.task.taskId);
      if (!onChain) continue;
      const same = Buffer.from(onChain.digest ?? new Uint8Array()).toString("hex") === t.task.digest;
      await settle(
        t,
        same
          ? { type: "l3recorded", taskId: t.task.taskId, height: Number(onChain.promptHeight ?? 0) }
          : { type: "l3dropped", taskId: t.task.taskId, reason: "the L3 holds another task with this id" },
      );
    }
  }

  async function step(): Promise<void> {
    if (suspect) {
      await reconcile([...pending.values()]);
      suspect = false;
    }
    const list = [...pending.values()];
    const size = singly ? 1 : MAX_TASKS_PER_RECORD;
    for (let i = 0; i < list.length; i += size) {
      const batch = list.slice(i, i + size);
      const entries = batch.map((t) => ({
        entry: strata.l3.v1.TaskEntry.decode(Buffer.from(t.task.entry, "base64")),
      }));
      try {
        const height = await deps.target.submit(entries);
        for (const t of batch) await settle(t, { type: "l3recorded", taskId: t.task.taskId, height });
        log.info("private tasks recorded", { count: batch.length, height });
      } catch (err) {
        // Whatever happened, the L3 may hold some of them: ask before sending again.
        suspect = true;
        if (permanent(err)) {
          if (batch.length === 1)
            await settle(batch[0]!, {
              type: "l3dropped",
              taskId: batch[0]!.task.taskId,
              reason: (err as Error).message,
            });
          else singly = true;
          return;
        }
        throw err;
      }
    }
    singly = false;
    if (pending.size === 0 && file.appendedSinceCompaction >= compactAfter) await file.rewrite([]);
  }

  const run = async (): Promise<void> => {
    while (!stop.signal.aborted) {
      if (pending.size === 0) {
        wakeUp = new AbortController();
        await sleepFor(2000, AbortSignal.any([stop.signal, wakeUp.signal]));
        continue;
      }
      try {
        await step();
        backoff = 0;
        lastError = null;
      } catch (err) {
        backoff = backoff === 0 ? minBackoff : Math.min(maxBackoff, backoff * 2);
        lastError = (err as Error).message ?? String(err);
        log.warn("private records delayed", { error: lastError, retryInMs: backoff, pending: pending.size });
        wakeUp = new AbortController();
        await sleepFor(backoff, AbortSignal.any([stop.signal, wakeUp.signal]));
      }
    }
  };
  const loop = run();

  return {
    async add(sealed, taskId) {
      const task: PrivateJournalTask = {
        taskId,
        entry: Buffer.from(strata.l3.v1.TaskEntry.encode(sealed.entry).finish()).toString("base64"),
        digest: Buffer.from(sealed.digest).toString("hex"),
        at: Date.now(),
      };
      await file.append({ type: "l3task", task });
      const t: PrivateJournaled = { task, state: "pending" };
      all.set(taskId, t);
      pending.set(taskId, t);
      wakeUp.abort();
    },
    state(taskId) {
      return all.get(taskId);
    },
    counts() {
      return { pending: pending.size, lastError };
    },
    wake() {
      wakeUp.abort();
    },
    async close() {
      stop.abort();
      await loop;
      await file.close();
    },
  };
}
