/**
 * The router node's off-chain serving path: an OpenAI-compatible gateway in front of inference
 * backends (llama.cpp in process, OpenAI-compatible upstreams, peer routers), with a pure
 * selection policy, redundancy, retries, deadlines, a bounded queue and Prometheus metrics.
 */

export type { FaultSpec } from "./backends/index.js";
export { createLlamaBackend, createOpenAIBackend, parseFaultSpec, withFaults } from "./backends/index.js";
export type { ChainLink, ChainLinkOptions } from "./chain/createChainLink.js";
export type { L2Port, TaskLimits } from "./chain/l2Link.js";
export { PEER_EXECUTE_PATH } from "./chain/peerProtocol.js";
export type {
  BackendSpec,
  ExecutorTerms,
  L2RouterOptions,
  PeerSpec,
  Router,
  RouterDeps,
  RouterOptions,
} from "./createRouter.js";
export { createRouter } from "./createRouter.js";
export type {
  Agreement,
  AgreementLevel,
  ExecutorCandidate,
  Selection,
  SelectionPolicy,
} from "./dispatch/index.js";
export { compareOutputs, DEFAULT_SELECTION_POLICY, selectExecutors } from "./dispatch/index.js";
export { isRouterError, ROUTER_CODESPACE, RouterError, RouterErrorCode } from "./errors.js";
export type { GenerationRequest, InferenceBackend, ServedModel } from "./inference/index.js";
export type { TaskAttestation, TaskContext } from "./inference/types.js";
export type { TinyModel, TinyModelOptions, TinyModelVariant } from "./model/index.js";
export { bigramContinuation, buildTinyModel, digestFile } from "./model/index.js";
export type { RouterProcess } from "./process/index.js";
export { spawnRouterProcess } from "./process/index.js";
