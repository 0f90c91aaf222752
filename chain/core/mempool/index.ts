export type { MempoolOptions, MempoolTx } from "./mempool.js";
export { Mempool } from "./mempool.js";
