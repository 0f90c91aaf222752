/**
 * The L3 privacy crypto library (RULES.md, "Cryptography"): pure functions, no chain state.
 * Sealing to X25519 keys, epoch keys and their key ids, Shamir custody, encrypted records, the
 * task digest. Routers, members, validators' key services and tools all call these.
 */
export { bytesEqual, concat, lp, u64, utf8 } from "./bytes.js";
export { TASK_DIGEST_PREFIX, taskDigest } from "./digest.js";
export {
  combineShares,
  combineVerified,
  epochKeyId,
  generateEpochKey,
  KEY_ID_PREFIX,
  splitEpochKey,
} from "./epochKey.js";
export { L3CryptoCode, L3CryptoError } from "./errors.js";
export type { RecordContext, RecordLike, SealedRecord } from "./records.js";
export {
  openRecord,
  openRecordText,
  RECORD_AAD_PREFIX,
  RECORD_KEY_INFO,
  recordAad,
  recordKey,
  sealRecord,
} from "./records.js";
export type { EpochLike, EpochRotationData, KeyHolder, RewrapLike } from "./rotation.js";
export {
  buildEpochRotation,
  keyFromRewrap,
  openCustodianShare,
  openEpochKey,
  resealShareForRecipient,
  unwrapEpochKey,
} from "./rotation.js";
export type { SealContext, SealedBox, SealedLike, SealPurpose } from "./seal.js";
export { openSealed, SEAL_INFO, sealAad, sealTo } from "./seal.js";
export type { X25519KeyPair } from "./x25519.js";
export {
  deriveMemberX25519,
  generateX25519KeyPair,
  MEMBER_KEY_INFO,
  x25519KeyPairFromSecret,
} from "./x25519.js";
