import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, withNumbers } from "../../../l2-orchestration/shared/index.js";
import { PrivateTasksCode, PrivateTasksError } from "./errors.js";
import {
  checkRecordShape,
  checkTaskFields,
  newTaskSeq,
  type PrivateTasksDeps,
  requireCurrentEpoch,
  requireMember,
  requireRouter,
  storeTask,
} from "./recordRules.js";

const { MsgRecordTasks, MsgRecordTasksResponse } = strata.l3.v1;

/** Most tasks in one `MsgRecordTasks` ([task-2]). */
export const MAX_TASKS_PER_MSG = 100;

/**
 * An allow-listed router records whole tasks ([task-2], [task-3], [task-4]); all or nothing.
 * @throws PrivateTasksError(unauthorized | duplicateTask | staleEpoch).
 */
export function recordTasks(
  deps: PrivateTasksDeps,
  ctx: Context,
  msg: strata.l3.v1.MsgRecordTasks,
): Uint8Array[] {
  requireRouter(deps, ctx, msg.sender);
  return (msg.tasks as strata.l3.v1.TaskEntry[]).map((t) => {
    requireMember(deps, ctx, t.requester, `task ${t.taskId}: requester`);
    requireCurrentEpoch(deps, ctx, t.prompt!, `task ${t.taskId}: prompt`);
    if (t.completion) requireCurrentEpoch(deps, ctx, t.completion, `task ${t.taskId}: completion`);
    const seq = newTaskSeq(ctx, t.taskId);
    return storeTask(ctx, {
      taskId: t.taskId,
      requester: t.requester,
      router: msg.sender,
      model: t.model,
      prompt: t.prompt,
      completion: t.completion ?? null,
      promptHeight: ctx.block.height,
      completionHeight: t.completion ? ctx.block.height : 0,
      seq,
    });
  });
}

/** `MsgRecordTasks`. */
export function recordTasksHandler(deps: PrivateTasksDeps): MsgHandler<strata.l3.v1.MsgRecordTasks> {
  return {
    typeUrl: MsgRecordTasks.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgRecordTasks.decode(bytes)),
    validateBasic(msg) {
      const bad = (m: string) => new PrivateTasksError(PrivateTasksCode.invalidRequest, m);
      if (!isCanonicalAddress(msg.sender)) throw bad("sender is not an account address");
      if (msg.tasks.length < 1 || msg.tasks.length > MAX_TASKS_PER_MSG)
        throw bad(`1..${MAX_TASKS_PER_MSG} tasks per message, got ${msg.tasks.length}`);
      const ids = new Set<string>();
      for (const t of msg.tasks as strata.l3.v1.TaskEntry[]) {
        checkTaskFields(t.taskId, t.model, t.requester);
        if (ids.has(t.taskId)) throw bad(`task ${t.taskId} listed twice`);
        ids.add(t.taskId);
        checkRecordShape(t.prompt, `task ${t.taskId}: prompt`);
        if (t.completion) checkRecordShape(t.completion, `task ${t.taskId}: completion`);
      }
    },
    signers: (msg) => [msg.sender],
    execute(ctx, msg) {
      const digests = recordTasks(deps, ctx, msg);
      return {
        typeUrl: MsgRecordTasksResponse.getTypeUrl(""),
        value: MsgRecordTasksResponse.encode({ digests }).finish(),
      };
    },
  };
}
