export type { LlamaBackendDeps, LlamaBackendOptions } from "./createLlamaBackend.js";
export { createLlamaBackend } from "./createLlamaBackend.js";
export type { OpenAIBackendDeps, OpenAIBackendOptions } from "./createOpenAIBackend.js";
export { createOpenAIBackend } from "./createOpenAIBackend.js";
export type { SseEvent, SseParser } from "./sseParser.js";
export { createSseParser } from "./sseParser.js";
export type { FaultDeps, FaultSpec } from "./withFaults.js";
export { parseFaultSpec, withFaults } from "./withFaults.js";
