import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the privatetasks module (codespace `privatetasks`). Never renumber. */
export enum PrivateTasksCode {
  /** A message field that breaks a format rule. */
  invalidRequest = 2,
  /** The sender may not do this (not a member, not an allow-listed router, not the task's router). */
  unauthorized = 3,
  /** A task with that id exists already. */
  duplicateTask = 4,
  /** No task with that id. */
  taskNotFound = 5,
  /** The task already has its completion. */
  alreadyCompleted = 6,
  /** A record sealed under an epoch that is not the current one ([task-3]). */
  staleEpoch = 7,
  /** A genesis section that breaks a rule. */
  invalidGenesis = 8,
}

const DESCRIPTIONS: Record<PrivateTasksCode, string> = {
  [PrivateTasksCode.invalidRequest]: "invalid request",
  [PrivateTasksCode.unauthorized]: "unauthorized",
  [PrivateTasksCode.duplicateTask]: "task already recorded",
  [PrivateTasksCode.taskNotFound]: "task not found",
  [PrivateTasksCode.alreadyCompleted]: "task already completed",
  [PrivateTasksCode.staleEpoch]: "record not sealed under the current epoch",
  [PrivateTasksCode.invalidGenesis]: "invalid privatetasks genesis",
};

/** An error in codespace `privatetasks`; the message ends with the code's description. */
export class PrivateTasksError extends StrataError {
  constructor(code: PrivateTasksCode, message = "", detail?: Record<string, unknown>) {
    super("privatetasks", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
