/**
 * The recorder: takes answered tasks from the journal to L2, off the request path. It sends
 * `MsgRecordTasks` in batches (at most the chain's `max_tasks_per_msg`), then, once a record is in
 * a block, `MsgRevealResults` for its executors (RULES.md, tasks: the task's router may reveal for
 * them). Every step is journaled, so a restarted router resumes where it stopped; a task already
 * on chain is recognised (by query, or the `duplicate task` refusal) and not recorded twice. An
 * unreachable chain or a full mempool only delays the work: the loop backs off and retries.
 */
import type { Logger } from "../../chain/core/log/index.js";
import { TxRefusedError } from "../../client/index.js";
import type { Journal, JournaledTask, JournalTask } from "./journal.js";
import type { L2Port, RevealToSend, TaskLimits, TaskToRecord } from "./l2Link.js";

/** Codes of the tasks codespace the recorder reacts to (RULES.md, tasks; module errors.ts). */
export const TASKS_CODES = {
  duplicateTask: 4,
  sessionNotFound: 6,
  sessionNotOpen: 7,
  revealClosed: 15,
  revealTooEarly: 16,
  revealTooLate: 17,
  alreadyRevealed: 19,
} as const;

/** What the recorder reports to metrics and the session cache. */
export interface RecorderEvents {
  recorded(task: JournalTask, height: number): void;
  revealed(task: JournalTask): void;
  dropped(task: JournalTask, reason: string): void;
  error(stage: "record" | "reveal", err: unknown): void;
}

/** Options of {@link createRecorder}. */
export interface RecorderOptions {
  /** Longest wait between retries after a failure; default 10 s. */
  maxBackoffMs?: number;
  /** First wait after a failure; default 200 ms. */
  minBackoffMs?: number;
  /** Wait to gather a batch after the first task arrives; default 20 ms. */
  batchDelayMs?: number;
  /** Compact the journal after this many appends with nothing left unrevealed before; default 5,000. */
  compactAfter?: number;
}

/** Dependencies of {@link createRecorder}. */
export interface RecorderDeps {
  link: L2Port;
  journal: Journal;
  logger: Logger;
  events: RecorderEvents;
  /** `setTimeout` that the loop sleeps with (tests may shorten it). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** A running recorder. */
export interface Recorder {
  /** Starts tracking a task (before its journal line is durable, so compaction keeps it). */
  track(task: JournalTask): void;
  /** Marks a tracked task durable: the loop may record it. */
  durable(taskId: string): void;
  /** Forgets a tracked task whose journal write failed. */
  untrack(taskId: string): void;
  /** Where a task stands, or undefined for a task this router does not hold. */
  state(taskId: string): JournaledTask | undefined;
  /** Counts for `/health` and metrics. */
  counts(): { pending: number; recorded: number; lastError: string | null; lastSuccessAt: number | null };
  /**
   * Starts the loop (idempotent). Separate from creation so the node's registration, signed by the
   * same account, is in a block before the recorder sends anything (one sequence at a time).
   */
  start(): void;
  /** Wakes the loop now (e.g. the chain is back). */
  wake(): void;
  /** Stops the loop (pending work stays in the journal). */
  close(): Promise<void>;
}

/** Waits `ms` or until `signal` aborts. */
function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
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

function isRefused(err: unknown, code: number): boolean {
  return err instanceof TxRefusedError && err.codespace === "tasks" && err.code === code;
}

/** A refusal about the task itself (not the chain's state of the moment): retrying cannot help. */
function isPermanentRecordRefusal(err: unknown): boolean {
  if (!(err instanceof TxRefusedError)) return false;
  if (err.codespace === "tasks") return err.code !== TASKS_CODES.duplicateTask;
  // The session's escrow refuses a reservation beyond its deposit.
  return err.codespace === "sessions";
}

function toRecord(t: JournalTask): TaskToRecord {
  return {
    taskId: t.taskId,
    sessionId: t.sessionId,
    receipts: t.receipts.map((r) => ({ ...r, signature: Buffer.from(r.signature, "base64") })),
  };
}

function revealsOf(t: JournalTask, maxPromptBytes: number): RevealToSend[] {
  // The request is revealed once per task, with its first reveal (RULES.md, tasks, "The request"),
  // unless it is over the chain's size cap: then guards judge by redundancy and digests only.
  const withPrompt = Buffer.byteLength(t.prompt, "utf8") <= maxPromptBytes;
  return t.reveals.map((r, i) => ({
    taskId: t.taskId,
    executor: r.executor,
    output: r.output,
    salt: r.salt,
    ...(i === 0 && withPrompt ? { prompt: t.prompt } : {}),
  }));
}

/**
 * Creates and starts the recorder over the tasks replayed from the journal.
 * The loop: reveal what was recorded in an earlier block, then record what is pending; on a
 * failure wait (exponential back-off) and try again; when idle, wait for a task or a wake-up.
 */
export function createRecorder(
  initial: Map<string, JournaledTask>,
  opts: RecorderOptions,
  deps: RecorderDeps,
): Recorder {
  const log = deps.logger.child({ component: "recorder" });
  const sleep = deps.sleep ?? defaultSleep;
  const minBackoff = opts.minBackoffMs ?? 200;
  const maxBackoff = opts.maxBackoffMs ?? 10_000;
  const batchDelay = opts.batchDelayMs ?? 20;
  const compactAfter = opts.compactAfter ?? 5000;
  const tasks = new Map<string, JournaledTask>();
  const notDurable = new Set<string>();
  for (const [id, t] of initial) if (t.state === "pending" || t.state === "recorded") tasks.set(id, t);
  // Finished tasks stay answerable (`GET /v1/tasks/:id` says "dropped" / asks the chain) for a while.
  const finished = new Map<string, JournaledTask>();
  for (const [id, t] of initial) if (t.state === "dropped") finished.set(id, t);

  const stop = new AbortController();
  let wakeUp = new AbortController();
  let backoff = 0;
  let lastError: string | null = null;
  let lastSuccessAt: number | null = null;
  let limits: TaskLimits | undefined;
  // Tasks replayed from the journal may be on chain already (a crash after the broadcast).
  let checkReplayed = [...tasks.values()].some((t) => t.state === "pending");

  const wake = (): void => wakeUp.abort();

  async function journal(entry: Parameters<Journal["append"]>[0]): Promise<void> {
    await deps.journal.append(entry);
  }

  async function markRecorded(t: JournaledTask, height: number): Promise<void> {
    await journal({ type: "recorded", taskId: t.task.taskId, height });
    t.state = "recorded";
    t.recordedHeight = height;
    deps.events.recorded(t.task, height);
  }

  async function markRevealed(t: JournaledTask, height: number): Promise<void> {
    await journal({ type: "revealed", taskId: t.task.taskId, height });
    t.state = "revealed";
    tasks.delete(t.task.taskId);
    deps.events.revealed(t.task);
  }

  async function drop(t: JournaledTask, reason: string): Promise<void> {
    await journal({ type: "dropped", taskId: t.task.taskId, reason });
    t.state = "dropped";
    t.reason = reason;
    tasks.delete(t.task.taskId);
    finished.set(t.task.taskId, t);
    // Bounded: the oldest dropped tasks are forgotten (the journal keeps them until compaction).
    if (finished.size > 10_000) finished.delete(finished.keys().next().value!);
    log.warn("task dropped", { task: t.task.taskId, reason });
    deps.events.dropped(t.task, reason);
  }

  /** Asks the chain about tasks that may already be there; marks those found. */
  async function reconcile(list: JournaledTask[]): Promise<JournaledTask[]> {
    const left: JournaledTask[] = [];
    for (const t of list) {
      const onChain = await deps.link.task(t.task.taskId);
      if (onChain) await markRecorded(t, onChain.recordedHeight);
      else left.push(t);
    }
    return left;
  }

  async function recordBatch(batch: JournaledTask[]): Promise<void> {
    try {
      const { height } = await deps.link.recordTasks(batch.map((t) => toRecord(t.task)));
      for (const t of batch) await markRecorded(t, height);
      log.info("tasks recorded", { count: batch.length, height });
      return;
    } catch (err) {
      if (isRefused(err, TASKS_CODES.duplicateTask)) {
        // Some were recorded before (a restart after a broadcast): record the rest.
        const left = await reconcile(batch);
        if (left.length > 0 && left.length < batch.length) await recordBatch(left);
        else if (left.length > 0) throw err;
        return;
      }
      if (!isPermanentRecordRefusal(err)) throw err;
      if (batch.length === 1) {
        await drop(batch[0]!, (err as TxRefusedError).message);
        return;
      }
      // A batch is atomic: find the tasks the chain refuses, one by one in simulation.
      const ok: JournaledTask[] = [];
      for (const t of batch) {
        try {
          await deps.link.simulateRecord([toRecord(t.task)]);
          ok.push(t);
        } catch (one) {
          if (isPermanentRecordRefusal(one)) await drop(t, (one as TxRefusedError).message);
          else if (isRefused(one, TASKS_CODES.duplicateTask)) {
            const left = await reconcile([t]);
            ok.push(...left);
          } else throw one;
        }
      }
      if (ok.length > 0) await recordBatch(ok);
    }
  }

  async function revealBatch(batch: JournaledTask[]): Promise<void> {
    try {
      const { height } = await deps.link.revealResults(
        batch.flatMap((t) => revealsOf(t.task, limits?.maxPromptBytes ?? 0)),
      );
      for (const t of batch) await markRevealed(t, height);
      log.info("tasks revealed", { count: batch.length, height });
    } catch (err) {
      if (isRefused(err, TASKS_CODES.revealTooEarly)) return; // the next block will do
      if (!(err instanceof TxRefusedError) || err.codespace !== "tasks") throw err;
      // A batch is atomic: settle each task on its own (already revealed after a restart, past
      // its phase, or a reveal the chain refuses).
      if (batch.length > 1) {
        for (const t of batch) await revealBatch([t]);
        return;
      }
      const t = batch[0]!;
      const onChain = await deps.link.task(t.task.taskId);
      const revealedAll = onChain && onChain.reveals.length === t.task.reveals.length;
      if (isRefused(err, TASKS_CODES.alreadyRevealed) || revealedAll)
        await markRevealed(t, onChain?.recordedHeight ?? 0);
      else await drop(t, err.message);
    }
  }

  async function step(): Promise<boolean> {
    limits ??= await deps.link.taskLimits();
    const maxPerMsg = limits.maxTasksPerMsg;
    if (checkReplayed) {
      await reconcile([...tasks.values()].filter((t) => t.state === "pending"));
      checkReplayed = false;
    }
    let worked = false;
    const height = await deps.link.height();
    const toReveal = [...tasks.values()].filter(
      (t) => t.state === "recorded" && (t.recordedHeight ?? 0) < height,
    );
    for (let i = 0; i < toReveal.length; i += maxPerMsg) {
      await revealBatch(toReveal.slice(i, i + maxPerMsg));
      worked = true;
    }
    const toRecord = [...tasks.values()].filter(
      (t) => t.state === "pending" && !notDurable.has(t.task.taskId),
    );
    for (let i = 0; i < toRecord.length; i += maxPerMsg) {
      await recordBatch(toRecord.slice(i, i + maxPerMsg));
      worked = true;
    }
    if (tasks.size === 0 && deps.journal.appendedSinceCompaction >= compactAfter) {
      await deps.journal.compact([...tasks.values()]);
    }
    return worked;
  }

  let loop: Promise<void> | undefined;
  const run = async (): Promise<void> => {
    while (!stop.signal.aborted) {
      try {
        const worked = await step();
        // The chain answered: any earlier failure is over.
        backoff = 0;
        lastError = null;
        if (worked) lastSuccessAt = Date.now();
      } catch (err) {
        backoff = backoff === 0 ? minBackoff : Math.min(maxBackoff, backoff * 2);
        lastError = (err as Error).message ?? String(err);
        deps.events.error("record", err);
        log.warn("recording delayed", { error: lastError, retryInMs: backoff, pending: tasks.size });
        await sleep(backoff, stop.signal);
        continue;
      }
      if (stop.signal.aborted) break;
      // Recorded tasks wait for the next block; pending ones for a batch to gather.
      const waiting = [...tasks.values()].some((t) => t.state === "recorded");
      const pending = [...tasks.values()].some(
        (t) => t.state === "pending" && !notDurable.has(t.task.taskId),
      );
      if (pending) {
        await sleep(batchDelay, stop.signal);
        continue;
      }
      wakeUp = new AbortController();
      const either = AbortSignal.any([stop.signal, wakeUp.signal]);
      // Idle: look at the chain every 2 s anyway (`/health` reports the link).
      await sleep(waiting ? 100 : 2000, either);
    }
  };

  return {
    start() {
      loop ??= run();
    },
    track(task) {
      if (tasks.has(task.taskId)) return;
      tasks.set(task.taskId, { task, state: "pending" });
      notDurable.add(task.taskId);
    },
    durable(taskId) {
      notDurable.delete(taskId);
      // Let a batch gather: the loop sleeps `batchDelay` once it sees pending work.
      wake();
    },
    untrack(taskId) {
      notDurable.delete(taskId);
      tasks.delete(taskId);
    },
    state(taskId) {
      return tasks.get(taskId) ?? finished.get(taskId);
    },
    counts() {
      let pending = 0;
      let recorded = 0;
      for (const t of tasks.values()) {
        if (t.state === "pending") pending++;
        else if (t.state === "recorded") recorded++;
      }
      return { pending, recorded, lastError, lastSuccessAt };
    },
    wake,
    async close() {
      stop.abort();
      await loop;
    },
  };
}
