export { checkTxRaw } from "./checkTxRaw.js";
export type { DecodedTx } from "./decodeTx.js";
export { decodeTx } from "./decodeTx.js";
export { COSMOS_MSG_SCHEMAS, loadProtoSchemas, messageSchema, rejectUnknownMsgFields } from "./msgSchemas.js";
export type { RejectUnknownFieldsOptions } from "./rejectUnknownFields.js";
export { NON_CRITICAL_BIT, rejectUnknownFields } from "./rejectUnknownFields.js";
export { directSignBytes } from "./signDoc.js";
export type { FieldKind, MessageSchema, RepeatedScalarKind } from "./txSchemas.js";
export { ANY_SCHEMAS, AUTH_INFO, TX_BODY } from "./txSchemas.js";
