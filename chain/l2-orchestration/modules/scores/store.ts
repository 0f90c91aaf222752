import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import { addressBytes } from "../../../core/crypto/index.js";
import type { KVStore } from "../../../core/store/index.js";
import {
  digestBytes,
  moduleParams,
  toHex,
  u64Key,
  withNumbers,
  withoutDefaults,
} from "../../shared/index.js";
import type { TaskScoring } from "./expectedKeepers.js";
import { key, ScoresKey } from "./keys.js";
import { DEFAULT_SCORES_PARAMS, type ScoresParams } from "./params.js";

/** Name (and store namespace) of the scores module. */
export const SCORES_MODULE = "scores";

const EMPTY = new Uint8Array();
const PARAMS_KEY = Uint8Array.of(ScoresKey.params);
const { Params } = strata.scores.v1;

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(SCORES_MODULE);
}

const params = moduleParams<ScoresParams>({
  module: SCORES_MODULE,
  key: PARAMS_KEY,
  defaults: DEFAULT_SCORES_PARAMS,
  decode(raw) {
    const q = withNumbers(Params.decode(raw));
    return {
      guardsPerTask: q.guardsPerTask,
      quorum: q.quorum,
      scoreBlocks: q.scoreBlocks,
      fraudThreshold: q.fraudThreshold,
      maxScoresPerMsg: q.maxScoresPerMsg,
    };
  },
  encode: (p) => Params.encode(p).finish(),
});

function decodeScoring(raw: Uint8Array): TaskScoring {
  return withNumbers(strata.scores.v1.TaskScoring.decode(raw)) as unknown as TaskScoring;
}

function guardPrefix(guard: string): Uint8Array {
  const bytes = addressBytes(guard);
  return key(ScoresKey.pending, Uint8Array.of(bytes.length), bytes);
}

/** The only code that touches the scores store: params, scorings, the deadline queue, pending assignments. */
export const scoresStore = {
  getParams(ctx: StoreSource): Readonly<ScoresParams> {
    return params.get(ctx);
  },

  setParams(ctx: StoreSource, p: ScoresParams): void {
    params.set(ctx, p);
  },

  getScoring(ctx: StoreSource, taskId: string): TaskScoring | undefined {
    const raw = kv(ctx).get(key(ScoresKey.scoring, digestBytes(taskId)));
    return raw ? decodeScoring(raw) : undefined;
  },

  hasScoring(ctx: StoreSource, taskId: string): boolean {
    return kv(ctx).has(key(ScoresKey.scoring, digestBytes(taskId)));
  },

  /** Stores a scoring in its canonical encoding (defaults omitted, however the object was built). */
  setScoring(ctx: StoreSource, s: strata.scores.v1.ITaskScoring): void {
    const bytes = strata.scores.v1.TaskScoring.encode(withoutDefaults(s)).finish();
    kv(ctx).set(key(ScoresKey.scoring, digestBytes(s.taskId!)), bytes);
  },

  /** Every scoring in task-id order. */
  *iterateScorings(ctx: StoreSource): IterableIterator<TaskScoring> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(ScoresKey.scoring))) yield decodeScoring(v);
  },

  enqueueDeadline(ctx: StoreSource, deadline: number, taskId: string): void {
    kv(ctx).set(key(ScoresKey.deadlineQueue, u64Key(deadline), digestBytes(taskId)), EMPTY);
  },

  dequeueDeadline(ctx: StoreSource, deadline: number, taskId: string): void {
    kv(ctx).delete(key(ScoresKey.deadlineQueue, u64Key(deadline), digestBytes(taskId)));
  },

  /** Tasks (hex ids) whose scoring deadline is ≤ `height`, in (deadline, id) order; reads only those. */
  dueDeadlines(ctx: StoreSource, height: number): { deadline: number; taskId: string }[] {
    const out: { deadline: number; taskId: string }[] = [];
    const end = key(ScoresKey.deadlineQueue, u64Key(height + 1));
    for (const [k] of kv(ctx).iterate(Uint8Array.of(ScoresKey.deadlineQueue), { end })) {
      const view = new DataView(k.buffer, k.byteOffset, k.byteLength);
      out.push({ deadline: Number(view.getBigUint64(1)), taskId: toHex(k.subarray(9)) });
    }
    return out;
  },

  addPending(ctx: StoreSource, guard: string, taskId: string): void {
    kv(ctx).set(key(ScoresKey.pending, guardPrefix(guard).subarray(1), digestBytes(taskId)), EMPTY);
  },

  removePending(ctx: StoreSource, guard: string, taskId: string): void {
    kv(ctx).delete(key(ScoresKey.pending, guardPrefix(guard).subarray(1), digestBytes(taskId)));
  },

  /** Task ids (hex) waiting for `guard`'s score, in id order. */
  pendingFor(ctx: StoreSource, guard: string): string[] {
    const prefix = guardPrefix(guard);
    return [...kv(ctx).iterate(prefix)].map(([k]) => toHex(k.subarray(prefix.length)));
  },
};
