import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { Any } from "cosmjs-types/google/protobuf/any";
import { concat, encodeAny, messageField, stringField, uint64Field } from "../../app/protoWire.js";
import { sha256, toAddress } from "../../crypto/index.js";

/** An account as the state transition sees it. */
export interface Account {
  address: string;
  /** Compressed secp256k1 key once the account has signed a tx. */
  pubKey: Uint8Array | undefined;
  accountNumber: bigint;
  sequence: bigint;
  /** Set for module accounts (`fee_collector`, …). */
  moduleName?: string;
  permissions?: string[];
}

/** Type URL of a secp256k1 account key inside an `Any`. */
export const SECP256K1_PUBKEY = "/cosmos.crypto.secp256k1.PubKey";

const moduleAddresses = new Map<string, string>();

/** Address of a module account: the first 20 bytes of sha256(name), as the SDK derives it. */
export function moduleAddress(name: string): string {
  let address = moduleAddresses.get(name);
  if (!address) {
    address = toAddress(sha256(new TextEncoder().encode(name)).subarray(0, 20));
    moduleAddresses.set(name, address);
  }
  return address;
}

/** Encodes a compressed secp256k1 key as the `Any` the SDK stores and cosmjs decodes. */
export function encodePubKeyAny(pubKey: Uint8Array): Any {
  // PubKey { bytes key = 1 }
  const value = new Uint8Array(2 + pubKey.length);
  value[0] = 0x0a;
  value[1] = pubKey.length;
  value.set(pubKey, 2);
  return { typeUrl: SECP256K1_PUBKEY, value };
}

/** The stored form of an account: protobuf `Any` bytes (hand-encoded for plain accounts). */
export function encodeAccountBytes(acc: Account): Uint8Array {
  if (acc.moduleName !== undefined) return Any.encode(encodeAccountAny(acc)).finish();
  const pubKey = acc.pubKey
    ? encodeAny(SECP256K1_PUBKEY, Uint8Array.from([0x0a, acc.pubKey.length, ...acc.pubKey]))
    : undefined;
  const base = concat([
    ...stringField(1, acc.address),
    ...(pubKey ? messageField(2, pubKey) : []),
    ...uint64Field(3, acc.accountNumber),
    ...uint64Field(4, acc.sequence),
  ]);
  return encodeAny(BaseAccount.typeUrl, base);
}

/** Encodes an account as the Any-wrapped protobuf cosmjs's `accountFromAny` reads. */
export function encodeAccountAny(acc: Account): Any {
  const base = BaseAccount.fromPartial({
    address: acc.address,
    pubKey: acc.pubKey ? encodePubKeyAny(acc.pubKey) : undefined,
    accountNumber: acc.accountNumber,
    sequence: acc.sequence,
  });
  if (acc.moduleName !== undefined) {
    return {
      typeUrl: ModuleAccount.typeUrl,
      value: ModuleAccount.encode({
        baseAccount: base,
        name: acc.moduleName,
        permissions: acc.permissions ?? [],
      }).finish(),
    };
  }
  return { typeUrl: BaseAccount.typeUrl, value: BaseAccount.encode(base).finish() };
}

/** Decodes the stored `Any` bytes of an account. */
export function decodeAccountAny(bytes: Uint8Array): Account {
  const any = Any.decode(bytes);
  let base: BaseAccount;
  let moduleName: string | undefined;
  let permissions: string[] | undefined;
  if (any.typeUrl === ModuleAccount.typeUrl) {
    const m = ModuleAccount.decode(any.value);
    base = m.baseAccount ?? BaseAccount.fromPartial({});
    moduleName = m.name;
    permissions = m.permissions;
  } else {
    base = BaseAccount.decode(any.value);
  }
  // PubKey.key is field 1 (length-delimited) of the inner message.
  const pubKey = base.pubKey ? base.pubKey.value.subarray(2) : undefined;
  const acc: Account = {
    address: base.address,
    pubKey,
    accountNumber: base.accountNumber,
    sequence: base.sequence,
  };
  if (moduleName !== undefined) {
    acc.moduleName = moduleName;
    acc.permissions = permissions ?? [];
  }
  return acc;
}
