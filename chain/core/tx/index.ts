export type { DecodedTx } from "./decodeTx.js";
export { decodeTx } from "./decodeTx.js";
export { directSignBytes } from "./signDoc.js";
