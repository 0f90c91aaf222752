export type { AdmissionQueue, AdmissionQueueOptions } from "./admissionQueue.js";
export { createAdmissionQueue } from "./admissionQueue.js";
export type { Agreement, AgreementLevel, ExecutorOutput } from "./compareOutputs.js";
export { compareOutputs } from "./compareOutputs.js";
export type {
  AttemptReport,
  Dispatcher,
  DispatcherDeps,
  DispatcherOptions,
  DispatchHooks,
  DispatchOutcome,
  ExecutorOutcome,
  ExecutorStatus,
  RunOptions,
} from "./createDispatcher.js";
export { createDispatcher } from "./createDispatcher.js";
export type { ExclusionReason, ExecutorCandidate, Selection, SelectionPolicy } from "./selectExecutors.js";
export { DEFAULT_SELECTION_POLICY, selectExecutors } from "./selectExecutors.js";
export type { AttemptStatus, DispatchMetrics, Executor } from "./types.js";
export { noDispatchMetrics } from "./types.js";
