export type { OperatorFile } from "./keyFiles.js";
export {
  custodyKeyPath,
  operatorPath,
  readCustodyKey,
  readOperator,
  writeCustodyKey,
  writeOperator,
} from "./keyFiles.js";
export type { KeyService, KeyServiceOptions, KeyServicePort } from "./keyService.js";
export { createKeyService } from "./keyService.js";
