export { isAccountAddress, isDigest, parseAmount, SCALE, u64Key, utf8 } from "./fields.js";
