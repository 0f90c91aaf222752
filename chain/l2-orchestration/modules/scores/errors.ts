import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the scores module (codespace `scores`). Never renumber. */
export enum ScoresCode {
  /** A message that is malformed as a whole (no scores, too many). */
  invalidRequest = 2,
  /** A signer or executor address that is not a canonical account address. */
  invalidAddress = 3,
  /** A task id that is not 64 lowercase hex characters. */
  invalidTaskId = 4,
  /** The task is not in its scoring phase (unknown, still revealing, or never assigned). */
  notScoring = 5,
  /** The task already has its verdict (score after verdict). */
  verdictReached = 6,
  /** The score arrives after the task's scoring deadline. */
  scoreTooLate = 7,
  /** The signer was not drawn for the task (score from an unassigned guard). */
  notAssigned = 8,
  /** The signer already scored the task (double score). */
  doubleScore = 9,
  /** A score that breaks a rule: method unset, executors not exactly the task's, value > SCALE, long note. */
  invalidScore = 10,
  /** Params or genesis that break a rule. */
  invalidGenesis = 11,
}

const DESCRIPTIONS: Record<ScoresCode, string> = {
  [ScoresCode.invalidRequest]: "invalid request",
  [ScoresCode.invalidAddress]: "invalid address",
  [ScoresCode.invalidTaskId]: "invalid task id",
  [ScoresCode.notScoring]: "task is not being scored",
  [ScoresCode.verdictReached]: "verdict already reached",
  [ScoresCode.scoreTooLate]: "late score",
  [ScoresCode.notAssigned]: "guard not assigned to the task",
  [ScoresCode.doubleScore]: "guard already scored the task",
  [ScoresCode.invalidScore]: "invalid score",
  [ScoresCode.invalidGenesis]: "invalid scores genesis",
};

/** An error in codespace `scores`; the message ends with the code's description. */
export class ScoresError extends StrataError {
  constructor(code: ScoresCode, message = "", detail?: Record<string, unknown>) {
    super("scores", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
