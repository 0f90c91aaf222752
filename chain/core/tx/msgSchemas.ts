/**
 * Field tables of the messages a tx may carry, so the app can refuse unknown fields inside each
 * message's own `Any` payload before a module decoder silently drops them (the SDK's decoder
 * checks the whole tx, messages included, against their descriptors).
 *
 * - Cosmos messages (`/cosmos.…`): written here from the SDK's `.proto` definitions (the
 *   `cosmjs-types` codecs carry no descriptors); a test encodes every field of each through
 *   `cosmjs-types` and checks the table accepts it.
 * - Strata messages (`/strata.…`): read from `proto/strata/**.proto` (the same sources
 *   `proto/gen` is generated from) through protobufjs reflection, once, on first use.
 */
import { readdirSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";
import { type RejectUnknownFieldsOptions, rejectUnknownFields } from "./rejectUnknownFields.js";
import type { FieldKind, MessageSchema } from "./txSchemas.js";

const COIN: MessageSchema = { name: "cosmos.base.v1beta1.Coin", fields: { 1: "string", 2: "string" } };
const coin = () => COIN;

const DESCRIPTION: MessageSchema = {
  name: "cosmos.staking.v1beta1.Description",
  fields: { 1: "string", 2: "string", 3: "string", 4: "string", 5: "string" },
};

const COMMISSION_RATES: MessageSchema = {
  name: "cosmos.staking.v1beta1.CommissionRates",
  fields: { 1: "string", 2: "string", 3: "string" },
};

const IO = (name: string): MessageSchema => ({ name, fields: { 1: "string", 2: coin } });
const INPUT = IO("cosmos.bank.v1beta1.Input");
const OUTPUT = IO("cosmos.bank.v1beta1.Output");

const msg = (name: string, fields: Record<number, FieldKind>): [string, MessageSchema] => [
  `/${name}`,
  { name, fields },
];

/** Schemas of the Cosmos SDK messages the chain's modules handle, by type URL. */
export const COSMOS_MSG_SCHEMAS: ReadonlyMap<string, MessageSchema> = new Map([
  // bank: from_address, to_address, amount
  msg("cosmos.bank.v1beta1.MsgSend", { 1: "string", 2: "string", 3: coin }),
  msg("cosmos.bank.v1beta1.MsgMultiSend", { 1: () => INPUT, 2: () => OUTPUT }),
  // staking: description, commission, min_self_delegation, delegator_address (deprecated),
  // validator_address, pubkey, value
  msg("cosmos.staking.v1beta1.MsgCreateValidator", {
    1: () => DESCRIPTION,
    2: () => COMMISSION_RATES,
    3: "string",
    4: "string",
    5: "string",
    6: "any",
    7: coin,
  }),
  // description, validator_address, commission_rate, min_self_delegation
  msg("cosmos.staking.v1beta1.MsgEditValidator", {
    1: () => DESCRIPTION,
    2: "string",
    3: "string",
    4: "string",
  }),
  msg("cosmos.staking.v1beta1.MsgDelegate", { 1: "string", 2: "string", 3: coin }),
  msg("cosmos.staking.v1beta1.MsgUndelegate", { 1: "string", 2: "string", 3: coin }),
  msg("cosmos.staking.v1beta1.MsgBeginRedelegate", { 1: "string", 2: "string", 3: "string", 4: coin }),
  // delegator_address, validator_address, amount, creation_height
  msg("cosmos.staking.v1beta1.MsgCancelUnbondingDelegation", {
    1: "string",
    2: "string",
    3: coin,
    4: "varint",
  }),
  // distribution
  msg("cosmos.distribution.v1beta1.MsgSetWithdrawAddress", { 1: "string", 2: "string" }),
  msg("cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", { 1: "string", 2: "string" }),
  msg("cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission", { 1: "string" }),
  msg("cosmos.distribution.v1beta1.MsgFundCommunityPool", { 1: coin, 2: "string" }),
  // slashing: validator_addr
  msg("cosmos.slashing.v1beta1.MsgUnjail", { 1: "string" }),
]);

const VARINT_TYPES = new Set(["int32", "int64", "uint32", "uint64", "sint32", "sint64", "bool"]);
const FIXED64_TYPES = new Set(["fixed64", "sfixed64", "double"]);
const FIXED32_TYPES = new Set(["fixed32", "sfixed32", "float"]);

function scalarKind(type: string, isEnum: boolean): FieldKind | undefined {
  if (isEnum || VARINT_TYPES.has(type)) return "varint";
  if (FIXED64_TYPES.has(type)) return "fixed64";
  if (FIXED32_TYPES.has(type)) return "fixed32";
  if (type === "string") return "string";
  if (type === "bytes") return "bytes";
  return undefined;
}

function fieldKind(field: protobuf.Field, cache: Map<protobuf.Type, MessageSchema>): FieldKind {
  const resolved = field.resolvedType;
  if (field instanceof protobuf.MapField) {
    const key = scalarKind(field.keyType, false)!;
    const value =
      resolved instanceof protobuf.Type
        ? fieldKindOfType(resolved, cache)
        : scalarKind(field.type, resolved instanceof protobuf.Enum)!;
    const entry: MessageSchema = {
      name: `${field.parent?.fullName.slice(1)}.${field.name}Entry`,
      fields: { 1: key, 2: value },
    };
    return () => entry;
  }
  if (resolved instanceof protobuf.Type) return fieldKindOfType(resolved, cache);
  const scalar = scalarKind(field.type, resolved instanceof protobuf.Enum);
  if (scalar === undefined) throw new Error(`unsupported protobuf type ${field.type} of ${field.fullName}`);
  if (field.repeated && scalar !== "string" && scalar !== "bytes") return `repeated-${scalar}` as FieldKind;
  return scalar;
}

function fieldKindOfType(type: protobuf.Type, cache: Map<protobuf.Type, MessageSchema>): FieldKind {
  if (type.fullName === ".google.protobuf.Any") return "any";
  return () => schemaOfType(type, cache);
}

function schemaOfType(type: protobuf.Type, cache: Map<protobuf.Type, MessageSchema>): MessageSchema {
  let schema = cache.get(type);
  if (schema) return schema;
  const fields: Record<number, FieldKind> = {};
  schema = { name: type.fullName.slice(1), fields };
  // Cached before its fields, so self-referencing messages terminate.
  cache.set(type, schema);
  for (const f of type.fieldsArray) fields[f.id] = fieldKind(f, cache);
  return schema;
}

function protoFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return protoFiles(path);
      return name.endsWith(".proto") ? [path] : [];
    });
}

/**
 * Schemas of every message declared in the `.proto` files under `protoRoot/strata`, by type URL
 * (`/strata.tasks.v1.MsgRecordTasks`). Imports resolve against `protoRoot`.
 */
export function loadProtoSchemas(protoRoot: string): Map<string, MessageSchema> {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(protoRoot, target));
  root.loadSync(protoFiles(join(protoRoot, "strata")), { keepCase: true });
  root.resolveAll();
  const out = new Map<string, MessageSchema>();
  const cache = new Map<protobuf.Type, MessageSchema>();
  const visit = (ns: protobuf.NamespaceBase): void => {
    for (const nested of ns.nestedArray) {
      if (nested instanceof protobuf.Type)
        out.set(`/${nested.fullName.slice(1)}`, schemaOfType(nested, cache));
      if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) visit(nested);
    }
  };
  visit(root);
  return out;
}

const PROTO_ROOT = fileURLToPath(new URL("../../../proto/", import.meta.url));
let strataSchemas: Map<string, MessageSchema> | undefined;

/**
 * The schema of a message type URL: the Cosmos table for `/cosmos.…`, the repository's `.proto`
 * files for `/strata.…` (loaded on first use); undefined for anything else.
 */
export function messageSchema(typeUrl: string): MessageSchema | undefined {
  const cosmos = COSMOS_MSG_SCHEMAS.get(typeUrl);
  if (cosmos) return cosmos;
  if (!typeUrl.startsWith("/strata.")) return undefined;
  strataSchemas ??= loadProtoSchemas(PROTO_ROOT);
  return strataSchemas.get(typeUrl);
}

const STRICT: RejectUnknownFieldsOptions = { allowNonCritical: false };

/**
 * Checks a message's `Any` value against its schema: every field declared, with its declared wire
 * type, strings valid UTF-8, nested messages and known `Any`s (public keys) likewise. Unknown
 * fields are refused whatever their number, non-critical ones (bit 11) included: a message field
 * this node does not know is one whose meaning it would silently drop.
 * @throws SdkError(txDecode) naming the field number and the message type that holds it.
 */
export function rejectUnknownMsgFields(value: Uint8Array, schema: MessageSchema): void {
  rejectUnknownFields(value, schema, STRICT);
}
