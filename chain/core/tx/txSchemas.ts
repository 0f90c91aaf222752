/**
 * Field tables of the protobuf messages inside a Cosmos tx (`cosmos/tx/v1beta1/tx.proto` and the
 * types it embeds), used to reject fields the schema does not declare. Only the field numbers and
 * their encodings matter here; decoding into values is left to the `cosmjs-types` codecs.
 */

/**
 * How a declared field is encoded: a scalar kind, an `Any` (its value is checked against
 * {@link ANY_SCHEMAS} when the type URL is known), or a thunk giving the embedded message's
 * schema (a thunk because `ModeInfo` nests itself).
 */
export type FieldKind =
  | "varint"
  | "fixed64"
  | "fixed32"
  | "bytes"
  | "string"
  | "any"
  | RepeatedScalarKind
  | (() => MessageSchema);

/**
 * A repeated numeric field: protobuf parsers accept it packed (one `bytes` field) or unpacked
 * (one field per element), whatever the schema's `packed` option says.
 */
export type RepeatedScalarKind = "repeated-varint" | "repeated-fixed64" | "repeated-fixed32";

/** The declared fields of one message type. */
export interface MessageSchema {
  /** Full protobuf name, used in error logs. */
  readonly name: string;
  readonly fields: Readonly<Record<number, FieldKind>>;
}

/** `google.protobuf.Any`. */
export const ANY: MessageSchema = { name: "google.protobuf.Any", fields: { 1: "string", 2: "bytes" } };

const TIMESTAMP: MessageSchema = { name: "google.protobuf.Timestamp", fields: { 1: "varint", 2: "varint" } };

const COIN: MessageSchema = { name: "cosmos.base.v1beta1.Coin", fields: { 1: "string", 2: "string" } };

/** `cosmos.tx.v1beta1.TxBody` (v0.50+: `unordered` 4 and `timeout_timestamp` 5). */
export const TX_BODY: MessageSchema = {
  name: "cosmos.tx.v1beta1.TxBody",
  fields: {
    1: "any", // messages
    2: "string", // memo
    3: "varint", // timeout_height
    4: "varint", // unordered
    5: () => TIMESTAMP, // timeout_timestamp
    1023: "any", // extension_options
    2047: "any", // non_critical_extension_options
  },
};

const COMPACT_BIT_ARRAY: MessageSchema = {
  name: "cosmos.crypto.multisig.v1beta1.CompactBitArray",
  fields: { 1: "varint", 2: "bytes" },
};

const MODE_INFO_SINGLE: MessageSchema = {
  name: "cosmos.tx.v1beta1.ModeInfo.Single",
  fields: { 1: "varint" },
};

const MODE_INFO_MULTI: MessageSchema = {
  name: "cosmos.tx.v1beta1.ModeInfo.Multi",
  fields: { 1: () => COMPACT_BIT_ARRAY, 2: () => MODE_INFO },
};

const MODE_INFO: MessageSchema = {
  name: "cosmos.tx.v1beta1.ModeInfo",
  fields: { 1: () => MODE_INFO_SINGLE, 2: () => MODE_INFO_MULTI },
};

const SIGNER_INFO: MessageSchema = {
  name: "cosmos.tx.v1beta1.SignerInfo",
  fields: { 1: "any", 2: () => MODE_INFO, 3: "varint" },
};

const FEE: MessageSchema = {
  name: "cosmos.tx.v1beta1.Fee",
  fields: { 1: () => COIN, 2: "varint", 3: "string", 4: "string" },
};

const TIP: MessageSchema = { name: "cosmos.tx.v1beta1.Tip", fields: { 1: () => COIN, 2: "string" } };

/** `cosmos.tx.v1beta1.AuthInfo`. */
export const AUTH_INFO: MessageSchema = {
  name: "cosmos.tx.v1beta1.AuthInfo",
  fields: { 1: () => SIGNER_INFO, 2: () => FEE, 3: () => TIP },
};

const SINGLE_KEY = (name: string): MessageSchema => ({ name, fields: { 1: "bytes" } });

/**
 * Schemas of the `Any` payloads a tx's own structure carries (public keys). Message payloads are
 * not listed: each module's decoder owns its messages.
 */
export const ANY_SCHEMAS: ReadonlyMap<string, MessageSchema> = new Map([
  ["/cosmos.crypto.secp256k1.PubKey", SINGLE_KEY("cosmos.crypto.secp256k1.PubKey")],
  ["/cosmos.crypto.ed25519.PubKey", SINGLE_KEY("cosmos.crypto.ed25519.PubKey")],
  [
    "/cosmos.crypto.multisig.LegacyAminoPubKey",
    { name: "cosmos.crypto.multisig.LegacyAminoPubKey", fields: { 1: "varint", 2: "any" } },
  ],
]);
