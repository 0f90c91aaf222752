import { MAX_CHAIN_ID_BYTES } from "../../../core/rollup/types.js";

const CHAIN_ID = new RegExp(`^[a-zA-Z0-9._-]{1,${MAX_CHAIN_ID_BYTES}}$`);

/** Whether `value` has the form of a child chain id ([reg-1]: 1..50 bytes of `[a-zA-Z0-9._-]`). */
export function isChainId(value: string): boolean {
  return CHAIN_ID.test(value);
}
