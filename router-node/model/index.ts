export { bigramContinuation } from "./bigramContinuation.js";
export type { TinyModel, TinyModelOptions, TinyModelVariant } from "./buildTinyModel.js";
export { buildTinyModel, TINY_CHAT_TEMPLATE } from "./buildTinyModel.js";
export { digestFile } from "./digestFile.js";
export type { GgufContent, GgufTensor, GgufValue } from "./encodeGguf.js";
export { encodeGguf } from "./encodeGguf.js";
export type { IntegerPrng } from "./prng.js";
export { createPrng } from "./prng.js";
