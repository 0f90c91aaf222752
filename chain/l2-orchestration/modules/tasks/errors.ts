import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the tasks module (codespace `tasks`). Never renumber. */
export enum TasksCode {
  /** A message that is malformed as a whole (no tasks, too many, no reveals). */
  invalidRequest = 2,
  /** A task id that is not 64 lowercase hex characters. */
  invalidTaskId = 3,
  /** A task id recorded before or twice in one message. */
  duplicateTask = 4,
  /** The signer is not an active router. */
  notActiveRouter = 5,
  sessionNotFound = 6,
  /** The session is CLOSED or past its `expires_height`. */
  sessionNotOpen = 7,
  /** The session names its routers and the signer is not one of them. */
  routerNotAllowed = 8,
  /** Not exactly `redundancy` receipts, or an executor twice. */
  wrongReceipts = 9,
  /** A receipt whose fields break a rule (ids, digests, prompt digest differing). */
  invalidReceipt = 10,
  /** The receipt's executor is not an active executor serving the session's model. */
  executorNotEligible = 11,
  /** The receipt's model digest is not the session model's weights digest. */
  wrongModel = 12,
  /** The receipt's signature does not verify under the executor's registered key. */
  badSignature = 13,
  taskNotFound = 14,
  /** The task is not COMMITTED (its reveal phase is over). */
  revealClosed = 15,
  /** A reveal in the block that recorded the task. */
  revealTooEarly = 16,
  /** A reveal after `reveal_deadline`. */
  revealTooLate = 17,
  /** The reveal names an executor without a receipt in the task. */
  notTaskExecutor = 18,
  alreadyRevealed = 19,
  /** The signer is neither the task's router nor the reveal's executor. */
  unauthorizedRevealer = 20,
  /** A malformed salt, an output over `max_output_bytes` or a request over `max_prompt_bytes`. */
  invalidReveal = 21,
  /** `sha256(output ‖ salt)` differs from the receipt's commitment. */
  commitmentMismatch = 22,
  /** Params or genesis that break a rule. */
  invalidGenesis = 23,
  /** A signer address that is not a canonical account address. */
  invalidAddress = 24,
  /** A revealed request (`prompt`) whose sha256 is not the receipts' `prompt_sha256`. */
  promptMismatch = 25,
}

const DESCRIPTIONS: Record<TasksCode, string> = {
  [TasksCode.invalidRequest]: "invalid request",
  [TasksCode.invalidTaskId]: "invalid task id",
  [TasksCode.duplicateTask]: "duplicate task",
  [TasksCode.notActiveRouter]: "not an active router",
  [TasksCode.sessionNotFound]: "session not found",
  [TasksCode.sessionNotOpen]: "session not open",
  [TasksCode.routerNotAllowed]: "router not allowed by the session",
  [TasksCode.wrongReceipts]: "wrong receipts",
  [TasksCode.invalidReceipt]: "invalid receipt",
  [TasksCode.executorNotEligible]: "executor not eligible",
  [TasksCode.wrongModel]: "wrong model digest",
  [TasksCode.badSignature]: "receipt signature verification failed",
  [TasksCode.taskNotFound]: "task not found",
  [TasksCode.revealClosed]: "reveal phase closed",
  [TasksCode.revealTooEarly]: "reveal too early",
  [TasksCode.revealTooLate]: "late reveal",
  [TasksCode.notTaskExecutor]: "executor has no receipt in the task",
  [TasksCode.alreadyRevealed]: "already revealed",
  [TasksCode.unauthorizedRevealer]: "unauthorized revealer",
  [TasksCode.invalidReveal]: "invalid reveal",
  [TasksCode.commitmentMismatch]: "reveal does not match the commitment",
  [TasksCode.invalidGenesis]: "invalid tasks genesis",
  [TasksCode.invalidAddress]: "invalid address",
  [TasksCode.promptMismatch]: "revealed request does not match the prompt digest",
};

/** An error in codespace `tasks`; the message ends with the code's description. */
export class TasksError extends StrataError {
  constructor(code: TasksCode, message = "", detail?: Record<string, unknown>) {
    super("tasks", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
