import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { u64Key, utf8, withNumbers, withoutDefaults } from "../../../l2-orchestration/shared/index.js";
import { key, PrivateTasksKey } from "./keys.js";

/** Name (and store namespace) of the privatetasks module. */
export const PRIVATETASKS_MODULE = "privatetasks";

const { PrivateTask } = strata.l3.v1;
const LAST_SEQ = Uint8Array.of(PrivateTasksKey.lastSeq);
const decoder = new TextDecoder();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(PRIVATETASKS_MODULE);
}

/** The only code that touches the privatetasks store. */
export const privateTasksStore = {
  get(ctx: StoreSource, taskId: string): strata.l3.v1.PrivateTask | undefined {
    const raw = kv(ctx).get(key(PrivateTasksKey.task, utf8(taskId)));
    return raw ? withNumbers(PrivateTask.decode(raw)) : undefined;
  },

  lastSeq(ctx: StoreSource): number {
    const raw = kv(ctx).get(LAST_SEQ);
    return raw ? Number(Buffer.from(raw).readBigUInt64BE()) : 0;
  },

  /** Writes a task; a new one (seq above the last) is indexed by seq and requester. */
  set(ctx: StoreSource, t: strata.l3.v1.IPrivateTask): void {
    const id = utf8(t.taskId!);
    kv(ctx).set(key(PrivateTasksKey.task, id), PrivateTask.encode(withoutDefaults(t)).finish());
    const seq = Number(t.seq);
    if (seq > privateTasksStore.lastSeq(ctx)) {
      kv(ctx).set(LAST_SEQ, u64Key(seq));
      kv(ctx).set(key(PrivateTasksKey.bySeq, u64Key(seq)), id);
      kv(ctx).set(key(PrivateTasksKey.byRequester, utf8(t.requester!), Uint8Array.of(0), u64Key(seq)), id);
    }
  },

  /** Tasks in recording order (one requester's when given). */
  list(ctx: StoreSource, requester?: string): strata.l3.v1.PrivateTask[] {
    const prefix = requester
      ? key(PrivateTasksKey.byRequester, utf8(requester), Uint8Array.of(0))
      : Uint8Array.of(PrivateTasksKey.bySeq);
    return [...kv(ctx).iterate(prefix)].map(([, v]) => privateTasksStore.get(ctx, decoder.decode(v))!);
  },
};
