import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import {
  type Decoded,
  isCanonicalAddress,
  isDigest,
  parseAmount,
  taskUnit,
  withNumbers,
} from "../../shared/index.js";
import { TasksCode, TasksError } from "./errors.js";
import type { ModelsKeeper, NodesKeeper, SessionsKeeper } from "./expectedKeepers.js";
import { preverifyReceipts, wasPreverified } from "./receiptPreverify.js";
import { verifyReceipt } from "./receiptSignBytes.js";
import { type Receipt, tasksStore } from "./store.js";

const { MsgRecordTasksResponse, TaskStatus } = strata.tasks.v1;
const { Role } = strata.nodes.v1;
const { SessionStatus } = strata.sessions.v1;

/**
 * Gas charged per receipt signature check: the Cosmos SDK's `sig_verify_cost_ed25519` (the ante
 * charges its secp256k1 twin per tx signature), so a batch pays for the verification it causes.
 */
export const RECEIPT_VERIFY_GAS = 590n;

/** A decoded `MsgRecordTasks`. */
export type MsgRecordTasks = Decoded<strata.tasks.v1.IMsgRecordTasks>;

/** Keepers `MsgRecordTasks` reads and writes through. */
export interface RecordTasksDeps {
  models: ModelsKeeper;
  nodes: NodesKeeper;
  sessions: SessionsKeeper;
}

/** What a batch needs to know of a session, checked once per message. */
interface SessionFacts {
  redundancy: number;
  model: string;
  weightsSha256: string;
  priceIn: bigint;
  priceOut: bigint;
  /** Registered keys of the executors already checked for this session's model. */
  executorKeys: Map<string, Uint8Array>;
}

/** Where a refused receipt is, for logs (built only when refusing). */
function at(taskId: string, index: number, executor?: string): string {
  return executor ? `task ${taskId} receipt ${index} (${executor})` : `task ${taskId} receipt ${index}`;
}

/**
 * Stateless checks of a `MsgRecordTasks` (RULES.md, tasks, "Record"): the parts of each rule that
 * need no state, so a malformed batch never reaches the mempool.
 * @throws TasksError for the first broken rule.
 */
export function validateRecordTasks(msg: MsgRecordTasks): void {
  // [REJECT] the router is a canonical account address
  if (!isCanonicalAddress(msg.router)) {
    throw new TasksError(TasksCode.invalidAddress, `router ${JSON.stringify(msg.router)}`);
  }
  // [REJECT] 1 ≤ tasks (the upper bound is a param, checked in execute)
  if (msg.tasks.length === 0) throw new TasksError(TasksCode.invalidRequest, "no tasks in the message");
  // Membership only: iteration order of these sets never affects state.
  const ids = new Set<string>();
  const checkedExecutors = new Set<string>();
  for (const task of msg.tasks) {
    // [REJECT] task_id is 64 lowercase hex
    if (!isDigest(task.taskId)) {
      throw new TasksError(
        TasksCode.invalidTaskId,
        `task id ${JSON.stringify(task.taskId)} is not 64 lowercase hex`,
      );
    }
    // [REJECT] a task id not twice in the message
    if (ids.has(task.taskId)) {
      throw new TasksError(TasksCode.duplicateTask, `task ${task.taskId} appears twice in the message`);
    }
    ids.add(task.taskId);
    // [REJECT] receipts (their exact count is the session's redundancy, checked in execute)
    if (task.receipts.length === 0) {
      throw new TasksError(TasksCode.wrongReceipts, `task ${task.taskId} has no receipts`);
    }
    const prompt = task.receipts[0]!.promptSha256;
    for (let i = 0; i < task.receipts.length; i++) {
      const r = task.receipts[i]!;
      // [REJECT] the receipt's task_id and session_id equal the task's
      if (r.taskId !== task.taskId || r.sessionId !== task.sessionId) {
        throw new TasksError(
          TasksCode.invalidReceipt,
          `${at(task.taskId, i)} is for task ${r.taskId} session ${r.sessionId}, not task ${task.taskId} session ${task.sessionId}`,
        );
      }
      // [REJECT] the executor is an account address (each distinct address decoded once per message)
      if (!checkedExecutors.has(r.executor) && !isCanonicalAddress(r.executor)) {
        throw new TasksError(
          TasksCode.invalidReceipt,
          `${at(task.taskId, i)}: executor ${JSON.stringify(r.executor)} is not an address`,
        );
      }
      checkedExecutors.add(r.executor);
      // [REJECT] distinct executors
      for (let j = 0; j < i; j++) {
        if (task.receipts[j]!.executor === r.executor) {
          throw new TasksError(
            TasksCode.wrongReceipts,
            `task ${task.taskId}: executor ${r.executor} has two receipts`,
          );
        }
      }
      // [REJECT] model_sha256, prompt_sha256 and commitment are digests
      if (!isDigest(r.modelSha256)) {
        throw new TasksError(TasksCode.invalidReceipt, `${at(task.taskId, i)}: model_sha256 is not a digest`);
      }
      if (!isDigest(r.promptSha256)) {
        throw new TasksError(
          TasksCode.invalidReceipt,
          `${at(task.taskId, i)}: prompt_sha256 is not a digest`,
        );
      }
      if (!isDigest(r.commitment)) {
        throw new TasksError(TasksCode.invalidReceipt, `${at(task.taskId, i)}: commitment is not a digest`);
      }
      // [REJECT] prompt_sha256 is the same in every receipt of the task
      if (r.promptSha256 !== prompt) {
        throw new TasksError(
          TasksCode.invalidReceipt,
          `${at(task.taskId, i)}: prompt_sha256 differs from the served receipt's`,
        );
      }
    }
  }
}

/**
 * Records a router's batch of tasks (RULES.md, tasks, "Record"): checks every task and receipt,
 * verifies each receipt's ed25519 signature under its executor's registered key, reserves
 * `redundancy · unit` in the session and stores the task COMMITTED with its reveal deadline.
 * @throws TasksError (or the sessions module's error for work beyond the deposit) for the first
 *   broken rule; the message's writes are then discarded.
 */
export function recordTasks(deps: RecordTasksDeps, ctx: Context, msg: MsgRecordTasks): number {
  const { nodes, sessions } = deps;
  const params = tasksStore.getParams(ctx);
  // [REJECT] 1 ≤ tasks ≤ params max_tasks_per_msg
  if (msg.tasks.length > params.maxTasksPerMsg) {
    throw new TasksError(
      TasksCode.invalidRequest,
      `${msg.tasks.length} tasks in one message; at most ${params.maxTasksPerMsg}`,
    );
  }
  // [REJECT] the signer is an active router
  if (!nodes.isActive(ctx, msg.router, Role.ROLE_ROUTER)) {
    throw new TasksError(TasksCode.notActiveRouter, `${msg.router} is not an active router`);
  }
  const height = ctx.block.height;
  const chainId = ctx.block.chainId;
  // Caches for one message: sessions and executors recur across a batch, and neither their
  // status, routers, model nor keys can change inside it. Lookups only, never iterated.
  const sessionFacts = new Map<number, SessionFacts>();

  for (const record of msg.tasks) {
    const id = record.taskId;
    // [REJECT] task_id not recorded before
    if (tasksStore.hasTask(ctx, id)) {
      throw new TasksError(TasksCode.duplicateTask, `task ${id} was already recorded`);
    }
    let facts = sessionFacts.get(record.sessionId);
    if (!facts) {
      facts = checkSession(deps, ctx, record.sessionId, msg.router, id);
      sessionFacts.set(record.sessionId, facts);
    }
    // [REJECT] exactly `redundancy` receipts (distinct executors: validateBasic)
    if (record.receipts.length !== facts.redundancy) {
      throw new TasksError(
        TasksCode.wrongReceipts,
        `task ${id} has ${record.receipts.length} receipts; session ${record.sessionId} needs ${facts.redundancy}`,
      );
    }
    for (let i = 0; i < record.receipts.length; i++) {
      const r = record.receipts[i]!;
      let pubKey = facts.executorKeys.get(r.executor);
      if (!pubKey) {
        // [REJECT] the executor is an active executor serving the session's model
        if (
          !nodes.isActive(ctx, r.executor, Role.ROLE_EXECUTOR) ||
          !nodes.serves(ctx, r.executor, facts.model)
        ) {
          throw new TasksError(
            TasksCode.executorNotEligible,
            `${at(id, i, r.executor)}: not an active executor serving ${facts.model}`,
          );
        }
        pubKey = nodes.getNode(ctx, r.executor)!.pubkey;
        facts.executorKeys.set(r.executor, pubKey);
      }
      // [REJECT] model_sha256 equals the model's weights_sha256
      if (r.modelSha256 !== facts.weightsSha256) {
        throw new TasksError(
          TasksCode.wrongModel,
          `${at(id, i, r.executor)}: model_sha256 ${r.modelSha256} is not ${facts.model}'s ${facts.weightsSha256}`,
        );
      }
      ctx.gas.consume(RECEIPT_VERIFY_GAS, "verify receipt: ed25519");
      // [REJECT] the signature verifies under the executor's registered pubkey over the sign bytes
      // (a triple the worker already found valid is not verified twice: receiptPreverify.ts)
      if (!wasPreverified(chainId, r.executor, r, pubKey) && !verifyReceipt(chainId, r, pubKey)) {
        throw new TasksError(
          TasksCode.badSignature,
          `${at(id, i, r.executor)}: signature does not verify under the executor's registered key for chain ${chainId}`,
        );
      }
    }
    // Charge bound with the served (first) receipt's token counts.
    const served = record.receipts[0]!;
    const unit = taskUnit(served.inputTokens, served.outputTokens, facts.priceIn, facts.priceOut);
    const reserved = BigInt(facts.redundancy) * unit;
    // [REJECT] the reservation beyond the session's deposit (sessions refuses it)
    sessions.reserve(ctx, record.sessionId, reserved);
    const deadline = height + params.revealBlocks;
    for (const r of record.receipts) canonicalizeReceipt(r);
    tasksStore.setCanonicalTask(ctx, {
      id,
      sessionId: record.sessionId,
      router: msg.router,
      model: facts.model,
      receipts: record.receipts,
      status: TaskStatus.TASK_STATUS_COMMITTED,
      recordedHeight: height,
      revealDeadline: deadline,
      reserved: reserved.toString(),
    });
    tasksStore.enqueueReveal(ctx, deadline, id);
    tasksStore.indexSession(ctx, record.sessionId, id);
    ctx.events.emit("record_task", { id, session: String(record.sessionId), router: msg.router });
  }
  return msg.tasks.length;
}

/**
 * Drops the default-valued fields a sender may have encoded explicitly (proto3 allows them), so
 * the stored task encodes canonically without a full copy; reads still see the defaults.
 */
function canonicalizeReceipt(r: Receipt): void {
  const own = r as Partial<Receipt>;
  if (r.sessionId === 0) delete own.sessionId;
  if (r.inputTokens === 0) delete own.inputTokens;
  if (r.outputTokens === 0) delete own.outputTokens;
  if (r.signature.length === 0) delete own.signature;
  if (r.taskId === "") delete own.taskId;
  if (r.executor === "") delete own.executor;
  if (r.modelSha256 === "") delete own.modelSha256;
  if (r.promptSha256 === "") delete own.promptSha256;
  if (r.commitment === "") delete own.commitment;
}

function checkSession(
  deps: RecordTasksDeps,
  ctx: Context,
  sessionId: number,
  router: string,
  taskId: string,
): SessionFacts {
  const session = deps.sessions.getSession(ctx, sessionId);
  // [REJECT] the session exists
  if (!session) throw new TasksError(TasksCode.sessionNotFound, `task ${taskId}: session ${sessionId}`);
  // [REJECT] the session is OPEN
  if (session.status !== SessionStatus.SESSION_STATUS_OPEN) {
    throw new TasksError(TasksCode.sessionNotOpen, `task ${taskId}: session ${sessionId} is closed`);
  }
  // [REJECT] height < expires_height
  if (ctx.block.height >= session.expiresHeight) {
    throw new TasksError(
      TasksCode.sessionNotOpen,
      `task ${taskId}: session ${sessionId} expired at height ${session.expiresHeight}`,
    );
  }
  // [REJECT] the session's routers list, when non-empty, holds the signer
  if (session.routers.length > 0 && !session.routers.includes(router)) {
    throw new TasksError(
      TasksCode.routerNotAllowed,
      `task ${taskId}: ${router} is not among session ${sessionId}'s routers`,
    );
  }
  const model = deps.models.getModel(ctx, session.model);
  // A session is only opened for an existing model and versions are never deleted.
  if (!model)
    throw new TasksError(TasksCode.sessionNotFound, `session ${sessionId}'s model ${session.model} is gone`);
  return {
    redundancy: session.redundancy,
    model: session.model,
    weightsSha256: model.weightsSha256,
    priceIn: parseAmount(model.priceInputPer_1k) ?? 0n,
    priceOut: parseAmount(model.priceOutputPer_1k) ?? 0n,
    executorKeys: new Map(),
  };
}

/** `MsgRecordTasks` (signer: the router). */
export function recordTasksHandler(deps: RecordTasksDeps): MsgHandler<MsgRecordTasks> {
  return {
    typeUrl: "/strata.tasks.v1.MsgRecordTasks",
    decode: (bytes) => withNumbers(strata.tasks.v1.MsgRecordTasks.decode(bytes)) as unknown as MsgRecordTasks,
    validateBasic: (msg) => {
      validateRecordTasks(msg);
      // As the tx enters the mempool: its receipt signatures start verifying on the worker.
      preverifyReceipts(msg);
    },
    signers: (msg) => [msg.router],
    execute(ctx, msg) {
      const recorded = recordTasks(deps, ctx, msg);
      return {
        typeUrl: "/strata.tasks.v1.MsgRecordTasksResponse",
        value: MsgRecordTasksResponse.encode({ recorded }).finish(),
      };
    },
  };
}
