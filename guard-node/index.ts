/**
 * The guard node: follows L2, judges the tasks it is drawn for (model digests, redundant outputs,
 * re-execution of a deterministic random sample with its own copy of the model), posts scores in
 * batches, and attests model versions. Policies are pure (`policy/`); `createGuard` composes them
 * with the chain client, the llama backend and the HTTP endpoints.
 */
export type { Attestation } from "./attest/attestModel.js";
export { attestModel, RUNNABLE_FORMATS, runOnce } from "./attest/attestModel.js";
export type { FetchedWeights, WeightsSpec } from "./attest/fetchWeights.js";
export { fetchWeights } from "./attest/fetchWeights.js";
export type { BlockFollower, FollowDeps, FollowMode, FollowOptions } from "./chain/followBlocks.js";
export { eventHeight, followBlocks, websocketUrl } from "./chain/followBlocks.js";
export type { GuardRegistration, RegistrationOutcome } from "./chain/registerGuard.js";
export { ensureGuardRegistration } from "./chain/registerGuard.js";
export type { Guard, GuardDeps, GuardOptions } from "./createGuard.js";
export { createGuard } from "./createGuard.js";
export { GUARD_CODESPACE, GuardError, GuardErrorCode } from "./errors.js";
export type { GuardHealth, GuardServer } from "./http/createGuardServer.js";
export type { GuardGaugeSources, GuardMetrics } from "./metrics/createGuardMetrics.js";
export { createGuardMetrics } from "./metrics/createGuardMetrics.js";
export * as policy from "./policy/index.js";
export { DEFAULT_COMPARE_CONFIG } from "./policy/index.js";
export type { GuardProcess, GuardStartInfo } from "./process/spawnGuardProcess.js";
export { spawnGuardProcess } from "./process/spawnGuardProcess.js";
export type { Reexecutor, ReexecutorOptions } from "./reexec/createReexecutor.js";
export { createReexecutor } from "./reexec/createReexecutor.js";
export type { JudgeConfig, JudgeDeps, Judgement } from "./scoring/judgeTask.js";
export { judgeTask } from "./scoring/judgeTask.js";
export type { AssignedTask, ModelCache } from "./scoring/loadTask.js";
export { loadAssignedTask } from "./scoring/loadTask.js";
export type { StaleScore } from "./scoring/staleScore.js";
export { STALE_SCORE_CODES, staleScore } from "./scoring/staleScore.js";
export type { GuardPaths, GuardState, JournalEntry } from "./state/guardHome.js";
export { guardPaths, loadGuardState, openGuardHome, saveGuardState } from "./state/guardHome.js";
