import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, withNumbers } from "../../../l2-orchestration/shared/index.js";
import { PrivateTasksCode, PrivateTasksError } from "./errors.js";
import {
  checkRecordShape,
  checkTaskFields,
  type PrivateTasksDeps,
  requireCurrentEpoch,
  requireRouter,
  storeTask,
} from "./recordRules.js";
import { privateTasksStore } from "./store.js";

const { MsgSubmitCompletion, MsgSubmitCompletionResponse } = strata.l3.v1;

/**
 * The task's router (or any allow-listed router when none is named) records the completion
 * ([task-2], [task-3], [task-4]).
 * @throws PrivateTasksError(taskNotFound | alreadyCompleted | unauthorized | staleEpoch).
 */
export function submitCompletion(
  deps: PrivateTasksDeps,
  ctx: Context,
  msg: strata.l3.v1.MsgSubmitCompletion,
): Uint8Array {
  const task = privateTasksStore.get(ctx, msg.taskId);
  if (!task) throw new PrivateTasksError(PrivateTasksCode.taskNotFound, `task ${msg.taskId} does not exist`);
  if (task.completion)
    throw new PrivateTasksError(PrivateTasksCode.alreadyCompleted, `task ${msg.taskId} has its completion`);
  requireRouter(deps, ctx, msg.sender);
  if (task.router !== "" && task.router !== msg.sender)
    throw new PrivateTasksError(
      PrivateTasksCode.unauthorized,
      `task ${msg.taskId} is served by ${task.router}, not ${msg.sender}`,
    );
  requireCurrentEpoch(deps, ctx, msg.completion!, "completion");
  return storeTask(ctx, {
    ...task,
    router: msg.sender,
    completion: msg.completion,
    completionHeight: ctx.block.height,
  });
}

/** `MsgSubmitCompletion`. */
export function submitCompletionHandler(
  deps: PrivateTasksDeps,
): MsgHandler<strata.l3.v1.MsgSubmitCompletion> {
  return {
    typeUrl: MsgSubmitCompletion.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgSubmitCompletion.decode(bytes)),
    validateBasic(msg) {
      if (!isCanonicalAddress(msg.sender))
        throw new PrivateTasksError(PrivateTasksCode.invalidRequest, "sender is not an account address");
      checkTaskFields(msg.taskId, undefined, undefined);
      checkRecordShape(msg.completion, "completion");
    },
    signers: (msg) => [msg.sender],
    execute(ctx, msg) {
      const digest = submitCompletion(deps, ctx, msg);
      return {
        typeUrl: MsgSubmitCompletionResponse.getTypeUrl(""),
        value: MsgSubmitCompletionResponse.encode({ digest }).finish(),
      };
    },
  };
}
