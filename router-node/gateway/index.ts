export { createGateway } from "./createGateway.js";
export type { OpenAIErrorReply } from "./errorBody.js";
export { toErrorReply } from "./errorBody.js";
export type { GenerationKind } from "./openaiWire.js";
export type { ParseDefaults, ParsedGeneration } from "./parseRequest.js";
export { MAX_TOKENS_HARD_LIMIT, parseChatRequest, parseCompletionRequest } from "./parseRequest.js";
export type { GatewayContext } from "./types.js";
