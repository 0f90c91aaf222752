import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { base64, bytesFrom } from "../../shared/index.js";
import { PrivateTasksCode, PrivateTasksError } from "./errors.js";
import { privateTasksStore } from "./store.js";

const { PrivateTask } = strata.l3.v1;

/** Genesis section of the privatetasks module: tasks as base64 `PrivateTask` bytes, in seq order (export). */
export interface PrivateTasksGenesis {
  tasks?: string[];
}

/**
 * Loads exported tasks (seq strictly increasing, ids unique).
 * @throws PrivateTasksError(invalidGenesis).
 */
export function initPrivateTasksGenesis(ctx: Context, raw: unknown): void {
  const g = (raw ?? {}) as PrivateTasksGenesis;
  for (const b64 of g.tasks ?? []) {
    const t = PrivateTask.decode(bytesFrom(b64));
    if (Number(t.seq) <= privateTasksStore.lastSeq(ctx) || privateTasksStore.get(ctx, t.taskId))
      throw new PrivateTasksError(
        PrivateTasksCode.invalidGenesis,
        `task ${t.taskId}: seq must increase and ids be unique`,
      );
    privateTasksStore.set(ctx, t);
  }
}

/** The privatetasks state in genesis form. */
export function exportPrivateTasksGenesis(ctx: Context): PrivateTasksGenesis {
  return { tasks: privateTasksStore.list(ctx).map((t) => base64(PrivateTask.encode(t).finish())) };
}
