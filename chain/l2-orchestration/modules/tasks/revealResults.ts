import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { sha256 } from "../../../core/crypto/index.js";
import {
  type Decoded,
  digestBytes,
  isCanonicalAddress,
  isDigest,
  toHex,
  utf8Length,
  withNumbers,
} from "../../shared/index.js";
import { closeRevealPhase } from "./closeRevealPhase.js";
import { TasksCode, TasksError } from "./errors.js";
import type { SessionsKeeper, TasksHooks } from "./expectedKeepers.js";

/** [private-1] The output of a private session's reveal: the L3 task digest. */
export const L3_DIGEST_OUTPUT = /^l3:[0-9a-f]{64}$/;

import { type Task, tasksStore } from "./store.js";

const { MsgRevealResultsResponse, TaskStatus } = strata.tasks.v1;

/** A decoded `MsgRevealResults`. */
export type MsgRevealResults = Decoded<strata.tasks.v1.IMsgRevealResults>;

/**
 * Stateless checks of a `MsgRevealResults` (RULES.md, tasks, "Reveal").
 * @throws TasksError for the first broken rule.
 */
export function validateRevealResults(msg: MsgRevealResults): void {
  // [REJECT] the sender is a canonical account address
  if (!isCanonicalAddress(msg.sender)) {
    throw new TasksError(TasksCode.invalidAddress, `sender ${JSON.stringify(msg.sender)}`);
  }
  // [REJECT] at least one reveal
  if (msg.reveals.length === 0) throw new TasksError(TasksCode.invalidRequest, "no reveals in the message");
  for (const r of msg.reveals) {
    // [REJECT] the task id is 64 lowercase hex
    if (!isDigest(r.taskId)) {
      throw new TasksError(
        TasksCode.invalidTaskId,
        `task id ${JSON.stringify(r.taskId)} is not 64 lowercase hex`,
      );
    }
    // [REJECT] salt is 64 hex (lowercase, as every digest)
    if (!isDigest(r.salt)) {
      throw new TasksError(
        TasksCode.invalidReveal,
        `task ${r.taskId}: salt must be 64 lowercase hex (32 bytes)`,
      );
    }
  }
}

/**
 * The commitment a receipt carries for an output and salt: `sha256(utf8(output) ‖ salt bytes)`,
 * hex. Executors compute it when they sign; the chain checks reveals against it.
 */
export function outputCommitment(output: string, saltHex: string): string {
  return toHex(sha256(Buffer.concat([Buffer.from(output, "utf8"), digestBytes(saltHex)])));
}

/**
 * Accepts reveals (RULES.md, tasks, "Reveal"), each from the task's router or the reveal's
 * executor, and closes a task's reveal phase at once when its last executor reveals.
 * @throws TasksError for the first broken rule; the message's writes are then discarded.
 */
export function revealResults(
  ctx: Context,
  msg: MsgRevealResults,
  hooks: TasksHooks | undefined,
  sessions?: Pick<SessionsKeeper, "getSession">,
): void {
  const params = tasksStore.getParams(ctx);
  const height = ctx.block.height;
  for (const reveal of msg.reveals) {
    const id = reveal.taskId;
    const task = tasksStore.getTask(ctx, id);
    // [REJECT] the task exists
    if (!task) throw new TasksError(TasksCode.taskNotFound, `task ${id}`);
    // [REJECT] height > recorded_height (a later block than the record)
    if (height <= task.recordedHeight) {
      throw new TasksError(
        TasksCode.revealTooEarly,
        `task ${id} was recorded at height ${task.recordedHeight}; reveal from height ${task.recordedHeight + 1}`,
      );
    }
    // [REJECT] height ≤ reveal_deadline (late reveal)
    if (height > task.revealDeadline) {
      throw new TasksError(
        TasksCode.revealTooLate,
        `task ${id}: reveals closed at height ${task.revealDeadline}, now ${height}`,
      );
    }
    // [REJECT] the signer is the task's router or the reveal's executor
    if (msg.sender !== task.router && msg.sender !== reveal.executor) {
      throw new TasksError(
        TasksCode.unauthorizedRevealer,
        `${msg.sender} is neither task ${id}'s router nor executor ${reveal.executor}`,
      );
    }
    const index = task.receipts.findIndex((r) => r.executor === reveal.executor);
    // [REJECT] the executor has a receipt in the task
    if (index < 0) throw new TasksError(TasksCode.notTaskExecutor, `${reveal.executor} in task ${id}`);
    // [REJECT] the executor has not revealed
    if (task.reveals.some((r) => r.executor === reveal.executor)) {
      throw new TasksError(TasksCode.alreadyRevealed, `${reveal.executor} already revealed task ${id}`);
    }
    // [REJECT] the task is COMMITTED (its reveal phase has not closed)
    if (task.status !== TaskStatus.TASK_STATUS_COMMITTED) {
      throw new TasksError(TasksCode.revealClosed, `task ${id}`);
    }
    // [REJECT] output ≤ max_output_bytes UTF-8 bytes
    const size = utf8Length(reveal.output);
    if (size > params.maxOutputBytes) {
      throw new TasksError(
        TasksCode.invalidReveal,
        `task ${id}: output of ${size} bytes exceeds max_output_bytes ${params.maxOutputBytes}`,
      );
    }
    // [private-1] a private session's task (the session names an L3): the request is never
    // revealed and the output is the L3 task digest, `l3:` + 64 lowercase hex; the receipt's
    // commitment binds the plaintext output, which stays on the L3, so it is not checked here
    const session = sessions?.getSession(ctx, task.sessionId);
    if (session && session.l3ChainId !== "") {
      if (reveal.prompt)
        throw new TasksError(
          TasksCode.invalidReveal,
          `task ${id}: a private session's request is never revealed on L2 (session ${task.sessionId}, L3 ${session.l3ChainId})`,
        );
      if (!L3_DIGEST_OUTPUT.test(reveal.output))
        throw new TasksError(
          TasksCode.invalidReveal,
          `task ${id}: a private session's reveal carries the L3 task digest ("l3:" + 64 lowercase hex), not an output`,
        );
    } else {
      // [REJECT] sha256(utf8(output) ‖ salt bytes) equals the receipt's commitment
      if (outputCommitment(reveal.output, reveal.salt) !== task.receipts[index]!.commitment) {
        throw new TasksError(
          TasksCode.commitmentMismatch,
          `task ${id}: sha256(output ‖ salt) of ${reveal.executor}'s reveal differs from its receipt's commitment`,
        );
      }
      if (reveal.prompt) {
        // [REJECT] prompt (the revealed request), when set, ≤ max_prompt_bytes UTF-8 bytes
        const promptSize = utf8Length(reveal.prompt);
        if (promptSize > params.maxPromptBytes) {
          throw new TasksError(
            TasksCode.invalidReveal,
            `task ${id}: request of ${promptSize} bytes exceeds max_prompt_bytes ${params.maxPromptBytes}`,
          );
        }
        // [REJECT] sha256(utf8(prompt)) equals the receipts' prompt_sha256
        if (toHex(sha256(Buffer.from(reveal.prompt, "utf8"))) !== task.receipts[index]!.promptSha256) {
          throw new TasksError(
            TasksCode.promptMismatch,
            `task ${id}: sha256 of the request revealed with ${reveal.executor}'s output differs from the receipts' prompt_sha256`,
          );
        }
      }
    }
    // Keep reveals in receipt order whatever order they arrive in.
    const stored: Task["reveals"][number] = {
      taskId: id,
      executor: reveal.executor,
      output: reveal.output,
      salt: reveal.salt,
      prompt: reveal.prompt,
    };
    const at = task.reveals.findIndex(
      (r) => task.receipts.findIndex((x) => x.executor === r.executor) > index,
    );
    if (at < 0) task.reveals.push(stored);
    else task.reveals.splice(at, 0, stored);
    ctx.events.emit("reveal_result", { task: id, executor: reveal.executor });
    // When every executor has revealed, the reveal phase closes at once.
    if (task.reveals.length === task.receipts.length) closeRevealPhase(ctx, task, hooks);
    else tasksStore.setTask(ctx, task);
  }
}

/** `MsgRevealResults` (signer: the sender, the task's router or each reveal's executor). */
export function revealResultsHandler(
  hooks: () => TasksHooks | undefined,
  sessions?: Pick<SessionsKeeper, "getSession">,
): MsgHandler<MsgRevealResults> {
  return {
    typeUrl: "/strata.tasks.v1.MsgRevealResults",
    decode: (bytes) =>
      withNumbers(strata.tasks.v1.MsgRevealResults.decode(bytes)) as unknown as MsgRevealResults,
    validateBasic: validateRevealResults,
    signers: (msg) => [msg.sender],
    execute(ctx, msg) {
      revealResults(ctx, msg, hooks(), sessions);
      return {
        typeUrl: "/strata.tasks.v1.MsgRevealResultsResponse",
        value: MsgRevealResultsResponse.encode({}).finish(),
      };
    },
  };
}
