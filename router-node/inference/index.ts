export {
  canonicalRequest,
  canonicalRequestSha256,
  parseCanonicalRequest,
  requestSha256,
} from "./canonicalRequest.js";
export type {
  ChatMessage,
  ChatRole,
  FinishReason,
  GenerationHooks,
  GenerationInput,
  GenerationParams,
  GenerationRequest,
  GenerationResult,
  InferenceBackend,
  ServedModel,
  Usage,
} from "./types.js";
