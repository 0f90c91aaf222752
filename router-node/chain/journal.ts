/**
 * The router's task journal: an append-only file of JSON lines in the router home, written (and
 * fsynced) before a response completes, so a crash never loses work the router answered for.
 * The recorder replays it at start and appends each task's progress (recorded, revealed,
 * dropped). Writes are group-committed: every entry appended during one write + fsync waits for
 * the next one, so concurrent requests share an fsync.
 */
import { type FileHandle, open, rename } from "node:fs/promises";
import { RouterError, RouterErrorCode } from "../errors.js";
import type { TaskAttestation } from "../inference/types.js";

/** A task as journaled: what recording and revealing it needs. */
export interface JournalTask {
  taskId: string;
  sessionId: number;
  /** Receipts, the served one first (signatures in base64). */
  receipts: (Omit<TaskAttestation["receipt"], "signature"> & { signature: string })[];
  /** Each receipt's output and salt, in receipt order. */
  reveals: { executor: string; output: string; salt: string }[];
  /** The canonical request text. */
  prompt: string;
  /** What the chain reserves for it (`redundancy · unit`), ustra. */
  charge: string;
  /** Wall-clock milliseconds when it was answered. */
  at: number;
}

/** One journal line. */
export type JournalEntry =
  | { type: "task"; task: JournalTask }
  | { type: "recorded"; taskId: string; height: number }
  | { type: "revealed"; taskId: string; height: number }
  | { type: "dropped"; taskId: string; reason: string };

/** Where a task stands, as the journal says. */
export type JournalState = "pending" | "recorded" | "revealed" | "dropped";

/** A task rebuilt from the journal with its state. */
export interface JournaledTask {
  task: JournalTask;
  state: JournalState;
  /** Height of the record (states `recorded` and `revealed`). */
  recordedHeight?: number;
  /** Why it was dropped. */
  reason?: string;
}

/**
 * Folds journal lines into the tasks' last states. A torn last line (a crash mid-write) and lines
 * about unknown tasks are skipped. Pure.
 */
export function replayJournal(text: string): Map<string, JournaledTask> {
  const tasks = new Map<string, JournaledTask>();
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    let e: JournalEntry;
    try {
      e = JSON.parse(line) as JournalEntry;
    } catch {
      continue; // a torn write at the end of the file: the response never completed
    }
    if (e.type === "task") {
      if (!tasks.has(e.task.taskId)) tasks.set(e.task.taskId, { task: e.task, state: "pending" });
      continue;
    }
    const t = tasks.get(e.taskId);
    if (!t) continue;
    if (e.type === "recorded" && t.state === "pending") {
      t.state = "recorded";
      t.recordedHeight = e.height;
    } else if (e.type === "revealed" && (t.state === "pending" || t.state === "recorded")) {
      t.state = "revealed";
    } else if (e.type === "dropped" && t.state !== "revealed") {
      t.state = "dropped";
      t.reason = e.reason;
    }
  }
  return tasks;
}

/** An open journal. */
export interface Journal {
  /** Appends entries; resolves once they are on disk (written and fsynced). */
  append(...entries: JournalEntry[]): Promise<void>;
  /**
   * Rewrites the file with only `keep` (tasks not yet revealed, with their progress), atomically
   * (write a new file, fsync, rename). Appends wait meanwhile.
   */
  compact(keep: readonly JournaledTask[]): Promise<void>;
  /** Entries appended since the last compaction (to decide when to compact). */
  readonly appendedSinceCompaction: number;
  close(): Promise<void>;
}

function linesOf(t: JournaledTask): JournalEntry[] {
  const out: JournalEntry[] = [{ type: "task", task: t.task }];
  if (t.recordedHeight !== undefined)
    out.push({ type: "recorded", taskId: t.task.taskId, height: t.recordedHeight });
  return out;
}

/**
 * An append-only JSON-lines file with group-committed appends (write + fsync) and atomic
 * compaction: the mechanism behind the task journal and the private (L3) journal.
 */
export interface AppendLog<E> {
  /** Appends entries; resolves once they are on disk (written and fsynced). */
  append(...entries: E[]): Promise<void>;
  /** Rewrites the file with only `entries`, atomically (new file, fsync, rename). Appends wait meanwhile. */
  rewrite(entries: readonly E[]): Promise<void>;
  /** Entries appended since the last rewrite. */
  readonly appendedSinceCompaction: number;
  close(): Promise<void>;
}

/**
 * Opens (creating, mode 0600) an append log at `path` and returns it with the text it held (for
 * the caller's replay). A torn last line is never glued to the next entry.
 * @throws RouterError `JournalFailed` when the file cannot be opened or read.
 */
export async function openAppendLog<E>(path: string): Promise<{ log: AppendLog<E>; text: string }> {
  let fh: FileHandle;
  let text: string;
  try {
    fh = await open(path, "a+", 0o600);
    text = await fh.readFile("utf8");
  } catch (err) {
    throw new RouterError(
      RouterErrorCode.JournalFailed,
      `cannot open journal ${path}: ${(err as Error).message}`,
    );
  }
  // A torn last line must not glue itself to the next entry.
  let needsNewline = text.length > 0 && !text.endsWith("\n");

  let queue: { lines: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let writing: Promise<void> | null = null;
  let appended = 0;
  let closed = false;
  // While compacting, appends queue up and are written to the new file afterwards.
  let paused = false;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      let data = batch.map((b) => b.lines).join("");
      if (needsNewline) data = `\n${data}`;
      try {
        await fh.appendFile(data, "utf8");
        await fh.datasync();
        needsNewline = false;
        for (const b of batch) b.resolve();
      } catch (err) {
        const e = new RouterError(
          RouterErrorCode.JournalFailed,
          `journal write failed: ${(err as Error).message}`,
        );
        for (const b of batch) b.reject(e);
      }
    }
  }

  function kick(): void {
    if (paused) return;
    writing ??= flush().finally(() => {
      writing = null;
      if (queue.length > 0) kick();
    });
  }

  const log: AppendLog<E> = {
    append(...entries) {
      if (closed) return Promise.reject(new RouterError(RouterErrorCode.JournalFailed, "journal is closed"));
      appended += entries.length;
      const lines = entries.map((e) => `${JSON.stringify(e)}\n`).join("");
      return new Promise<void>((resolve, reject) => {
        queue.push({ lines, resolve, reject });
        kick();
      });
    },
    async rewrite(entries) {
      if (closed || paused) return;
      paused = true;
      try {
        while (writing) await writing;
        const tmp = `${path}.compact`;
        const out = await open(tmp, "w", 0o600);
        try {
          await out.writeFile(entries.map((e) => `${JSON.stringify(e)}\n`).join(""), "utf8");
          await out.datasync();
        } finally {
          await out.close();
        }
        await rename(tmp, path);
        await fh.close();
        fh = await open(path, "a+", 0o600);
        appended = 0;
        needsNewline = false;
      } finally {
        paused = false;
        kick();
      }
    },
    get appendedSinceCompaction() {
      return appended;
    },
    async close() {
      if (closed) return;
      closed = true;
      while (writing) await writing;
      await fh.close();
    },
  };
  return { log, text };
}

/**
 * Opens (creating, mode 0600) the journal at `path` and returns it with the tasks it holds.
 * @throws RouterError `JournalFailed` when the file cannot be opened or read.
 */
export async function openJournal(
  path: string,
): Promise<{ journal: Journal; tasks: Map<string, JournaledTask> }> {
  const { log, text } = await openAppendLog<JournalEntry>(path);
  const journal: Journal = {
    append: (...entries) => log.append(...entries),
    compact: (keep) => log.rewrite(keep.flatMap(linesOf)),
    get appendedSinceCompaction() {
      return log.appendedSinceCompaction;
    },
    close: () => log.close(),
  };
  return { journal, tasks: replayJournal(text) };
}
