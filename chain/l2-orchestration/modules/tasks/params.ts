import type { strata } from "../../../../proto/gen/strata.js";
import type { Decoded } from "../../shared/index.js";
import { TasksCode, TasksError } from "./errors.js";

/** Tasks parameters (RULES.md, tasks, "Default params"). */
export type TasksParams = Decoded<strata.tasks.v1.IParams>;

/** Defaults: reveals within 20 blocks, 200 tasks per message, 16 KiB outputs, 64 KiB requests. */
export const DEFAULT_TASKS_PARAMS: Readonly<TasksParams> = Object.freeze({
  revealBlocks: 20,
  maxTasksPerMsg: 200,
  maxOutputBytes: 16384,
  maxPromptBytes: 65536,
});

/** Tasks params in genesis JSON: any subset, the rest defaults. */
export type TasksParamsJson = Partial<TasksParams>;

/**
 * Defaults overlaid with the given params, validated.
 * @throws TasksError(invalidGenesis) naming the bad param.
 */
export function parseTasksParams(json: TasksParamsJson | undefined): TasksParams {
  const p: TasksParams = {
    revealBlocks: json?.revealBlocks ?? DEFAULT_TASKS_PARAMS.revealBlocks,
    maxTasksPerMsg: json?.maxTasksPerMsg ?? DEFAULT_TASKS_PARAMS.maxTasksPerMsg,
    maxOutputBytes: json?.maxOutputBytes ?? DEFAULT_TASKS_PARAMS.maxOutputBytes,
    maxPromptBytes: json?.maxPromptBytes ?? DEFAULT_TASKS_PARAMS.maxPromptBytes,
  };
  for (const name of ["revealBlocks", "maxTasksPerMsg", "maxOutputBytes", "maxPromptBytes"] as const) {
    const value = p[name];
    // [REJECT] every tasks param is a positive integer (a zero window or cap would stop the market)
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new TasksError(
        TasksCode.invalidGenesis,
        `params.${name} must be a positive integer, got ${value}`,
      );
    }
  }
  // u32 fields on the wire.
  for (const name of ["maxTasksPerMsg", "maxOutputBytes", "maxPromptBytes"] as const) {
    if (p[name] > 0xffffffff) throw new TasksError(TasksCode.invalidGenesis, `params.${name} exceeds u32`);
  }
  return p;
}
