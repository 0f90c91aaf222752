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
