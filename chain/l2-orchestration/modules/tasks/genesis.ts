import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { enumFromJson, enumToJson, isDigest, parseAmount } from "../../shared/index.js";
import { TasksCode, TasksError } from "./errors.js";
import { parseTasksParams, type TasksParams, type TasksParamsJson } from "./params.js";
import { type Task, tasksStore } from "./store.js";

const { TaskStatus } = strata.tasks.v1;

/** A receipt in genesis JSON: the protobuf fields, the signature in base64. */
export interface ReceiptJson extends Omit<strata.tasks.v1.IReceipt, "signature"> {
  signature?: string;
}

/** A task in genesis JSON: the protobuf fields (camelCase), status by name, signatures in base64. */
export interface TaskJson extends Omit<strata.tasks.v1.ITask, "receipts" | "status"> {
  receipts?: ReceiptJson[];
  status?: string | number;
}

/** Genesis section of the tasks module. */
export interface TasksGenesis {
  params?: TasksParamsJson;
  tasks?: TaskJson[];
}

function taskFromJson(json: TaskJson, index: number): strata.tasks.v1.ITask {
  const where = `tasks[${index}]`;
  const status = enumFromJson(TaskStatus, json.status);
  // [REJECT] a genesis task has a 64-hex id, a known status and an amount reserved
  if (!json.id || !isDigest(json.id)) throw new TasksError(TasksCode.invalidGenesis, `${where}: bad id`);
  if (!status) throw new TasksError(TasksCode.invalidGenesis, `${where}: bad status ${json.status}`);
  if (parseAmount(json.reserved ?? "") === undefined) {
    throw new TasksError(TasksCode.invalidGenesis, `${where}: bad reserved amount`);
  }
  return {
    ...json,
    status,
    receipts: (json.receipts ?? []).map((r) => ({
      ...r,
      signature: new Uint8Array(Buffer.from(r.signature ?? "", "base64")),
    })),
  };
}

function taskToJson(task: Task): TaskJson {
  return {
    id: task.id,
    sessionId: task.sessionId,
    router: task.router,
    model: task.model,
    receipts: task.receipts.map((r) => ({
      taskId: r.taskId,
      sessionId: r.sessionId,
      executor: r.executor,
      modelSha256: r.modelSha256,
      promptSha256: r.promptSha256,
      commitment: r.commitment,
      inputTokens: r.inputTokens,
      outputTokens: r.outputTokens,
      signature: Buffer.from(r.signature).toString("base64"),
    })),
    reveals: task.reveals.map((r) => ({
      taskId: r.taskId,
      executor: r.executor,
      output: r.output,
      salt: r.salt,
      ...(r.prompt ? { prompt: r.prompt } : {}),
    })),
    status: enumToJson(TaskStatus, task.status),
    recordedHeight: task.recordedHeight,
    revealDeadline: task.revealDeadline,
    reserved: task.reserved,
    missedReveals: [...task.missedReveals],
    settledHeight: task.settledHeight,
  };
}

/**
 * Loads the tasks genesis: params (defaults for missing fields), tasks, and the indexes derived
 * from them (the reveal queue of COMMITTED tasks, the session index).
 * @throws TasksError(invalidGenesis) for bad params or a malformed or duplicate task.
 */
export function initTasksGenesis(ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as TasksGenesis;
  tasksStore.setParams(ctx, parseTasksParams(genesis.params));
  (genesis.tasks ?? []).forEach((json, i) => {
    const task = taskFromJson(json, i);
    // [REJECT] each task id once
    if (tasksStore.hasTask(ctx, task.id!)) {
      throw new TasksError(TasksCode.invalidGenesis, `tasks[${i}]: duplicate id ${task.id}`);
    }
    tasksStore.setTask(ctx, task);
    tasksStore.indexSession(ctx, task.sessionId ?? 0, task.id!);
    if (task.status === TaskStatus.TASK_STATUS_COMMITTED) {
      tasksStore.enqueueReveal(ctx, task.revealDeadline ?? 0, task.id!);
    }
  });
}

/** The tasks genesis section from state: params and every task in id order. */
export function exportTasksGenesis(ctx: Context): { params: TasksParams; tasks: TaskJson[] } {
  return {
    params: tasksStore.getParams(ctx),
    tasks: [...tasksStore.iterateTasks(ctx)].map(taskToJson),
  };
}
