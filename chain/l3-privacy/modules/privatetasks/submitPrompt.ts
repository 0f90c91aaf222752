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

const { MsgSubmitPrompt, MsgSubmitPromptResponse } = strata.l3.v1;

/**
 * A member records its encrypted prompt ([task-2], [task-3], [task-4]).
 * @throws PrivateTasksError(unauthorized | duplicateTask | staleEpoch).
 */
export function submitPrompt(
  deps: PrivateTasksDeps,
  ctx: Context,
  msg: strata.l3.v1.MsgSubmitPrompt,
): Uint8Array {
  requireMember(deps, ctx, msg.sender, "sender");
  if (msg.router !== "") requireRouter(deps, ctx, msg.router);
  requireCurrentEpoch(deps, ctx, msg.prompt!, "prompt");
  const seq = newTaskSeq(ctx, msg.taskId);
  return storeTask(ctx, {
    taskId: msg.taskId,
    requester: msg.sender,
    router: msg.router,
    model: msg.model,
    prompt: msg.prompt,
    promptHeight: ctx.block.height,
    seq,
  });
}

/** `MsgSubmitPrompt`. */
export function submitPromptHandler(deps: PrivateTasksDeps): MsgHandler<strata.l3.v1.MsgSubmitPrompt> {
  return {
    typeUrl: MsgSubmitPrompt.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgSubmitPrompt.decode(bytes)),
    validateBasic(msg) {
      if (!isCanonicalAddress(msg.sender))
        throw new PrivateTasksError(PrivateTasksCode.invalidRequest, "sender is not an account address");
      checkTaskFields(msg.taskId, msg.model, undefined);
      if (msg.router !== "" && !isCanonicalAddress(msg.router))
        throw new PrivateTasksError(PrivateTasksCode.invalidRequest, "router is not an account address");
      checkRecordShape(msg.prompt, "prompt");
    },
    signers: (msg) => [msg.sender],
    execute(ctx, msg) {
      const digest = submitPrompt(deps, ctx, msg);
      return {
        typeUrl: MsgSubmitPromptResponse.getTypeUrl(""),
        value: MsgSubmitPromptResponse.encode({ digest }).finish(),
      };
    },
  };
}
