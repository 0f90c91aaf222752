export {
  base64,
  bytesFrom,
  isModelId,
  isPartyName,
  isTaskId,
  MAX_RECORD_CIPHERTEXT,
  SHARE_CIPHERTEXT_BYTES,
  sealedShapeError,
  WRAP_CIPHERTEXT_BYTES,
} from "./fields.js";
export type { EncryptedRecordJson, SealedJson } from "./json.js";
export { recordFromJson, recordToJson, sealedFromJson, sealedToJson } from "./json.js";
