import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import {
  type Decoded,
  digestBytes,
  moduleParams,
  u64Key,
  withNumbers,
  withoutDefaults,
} from "../../shared/index.js";
import { key, TasksKey } from "./keys.js";
import { DEFAULT_TASKS_PARAMS, type TasksParams } from "./params.js";

/** Name (and store namespace) of the tasks module. */
export const TASKS_MODULE = "tasks";

const EMPTY = new Uint8Array();
const PARAMS_KEY = Uint8Array.of(TasksKey.params);
const { Params } = strata.tasks.v1;

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(TASKS_MODULE);
}

const params = moduleParams<TasksParams>({
  module: TASKS_MODULE,
  key: PARAMS_KEY,
  defaults: DEFAULT_TASKS_PARAMS,
  decode(raw) {
    const q = withNumbers(Params.decode(raw));
    return {
      revealBlocks: q.revealBlocks,
      maxTasksPerMsg: q.maxTasksPerMsg,
      maxOutputBytes: q.maxOutputBytes,
      // Params stored before `max_prompt_bytes` existed decode it as 0: the default applies.
      maxPromptBytes: q.maxPromptBytes || DEFAULT_TASKS_PARAMS.maxPromptBytes,
    };
  },
  encode: (p) => Params.encode(p).finish(),
});

/** A task as stored and handed to other modules. */
export type Task = Decoded<strata.tasks.v1.ITask>;

/** A receipt of a stored task. */
export type Receipt = Decoded<strata.tasks.v1.IReceipt>;

function decodeTask(raw: Uint8Array): Task {
  return withNumbers(strata.tasks.v1.Task.decode(raw)) as unknown as Task;
}

/** Store key of a task (the id is a checked 64-hex digest). */
export function taskKey(id: string): Uint8Array {
  return key(TasksKey.task, digestBytes(id));
}

/** The only code that touches the tasks store: params, tasks, the reveal queue, the session index. */
export const tasksStore = {
  getParams(ctx: StoreSource): Readonly<TasksParams> {
    return params.get(ctx);
  },

  setParams(ctx: StoreSource, p: TasksParams): void {
    params.set(ctx, p);
  },

  hasTask(ctx: StoreSource, id: string): boolean {
    return kv(ctx).has(taskKey(id));
  },

  getTask(ctx: StoreSource, id: string): Task | undefined {
    const raw = kv(ctx).get(taskKey(id));
    return raw ? decodeTask(raw) : undefined;
  },

  /** Stores a task in its canonical encoding (defaults omitted, however the object was built). */
  setTask(ctx: StoreSource, task: strata.tasks.v1.ITask): void {
    kv(ctx).set(taskKey(task.id!), strata.tasks.v1.Task.encode(withoutDefaults(task)).finish());
  },

  /**
   * Stores a newly recorded task as given (the record path builds it without default-valued
   * fields and with canonical receipts, so it skips the copy `setTask` makes).
   */
  setCanonicalTask(ctx: StoreSource, task: strata.tasks.v1.ITask): void {
    kv(ctx).set(taskKey(task.id!), strata.tasks.v1.Task.encode(task).finish());
  },

  /** Every task in id order. */
  *iterateTasks(ctx: StoreSource): IterableIterator<Task> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(TasksKey.task))) yield decodeTask(v);
  },

  /** Task ids of a session, in id order. */
  *sessionTaskIds(ctx: StoreSource, sessionId: number): IterableIterator<Uint8Array> {
    const prefix = key(TasksKey.bySession, u64Key(sessionId));
    for (const [k] of kv(ctx).iterate(prefix)) yield k.subarray(prefix.length);
  },

  getTaskByKeyId(ctx: StoreSource, id: Uint8Array): Task | undefined {
    const raw = kv(ctx).get(key(TasksKey.task, id));
    return raw ? decodeTask(raw) : undefined;
  },

  indexSession(ctx: StoreSource, sessionId: number, id: string): void {
    kv(ctx).set(key(TasksKey.bySession, u64Key(sessionId), digestBytes(id)), EMPTY);
  },

  enqueueReveal(ctx: StoreSource, deadline: number, id: string): void {
    kv(ctx).set(key(TasksKey.revealQueue, u64Key(deadline), digestBytes(id)), EMPTY);
  },

  dequeueReveal(ctx: StoreSource, deadline: number, id: string): void {
    kv(ctx).delete(key(TasksKey.revealQueue, u64Key(deadline), digestBytes(id)));
  },

  /**
   * Task ids (32 bytes each) whose reveal deadline is ≤ `height`, in (deadline, id) order. Only the
   * due entries are read, so end-block costs O(tasks due).
   */
  dueReveals(ctx: StoreSource, height: number): { deadline: number; id: Uint8Array }[] {
    const out: { deadline: number; id: Uint8Array }[] = [];
    const end = key(TasksKey.revealQueue, u64Key(height + 1));
    for (const [k] of kv(ctx).iterate(Uint8Array.of(TasksKey.revealQueue), { end })) {
      const view = new DataView(k.buffer, k.byteOffset, k.byteLength);
      out.push({ deadline: Number(view.getBigUint64(1)), id: k.slice(9) });
    }
    return out;
  },
};
