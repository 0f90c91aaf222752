import { BaseAccount, ModuleAccount, Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { Any } from "cosmjs-types/google/protobuf/any";
import type { StoreSource } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { concat, encodeAny, messageField, stringField, uint64Field } from "../../app/protoWire.js";
import { addressBytes, sha256, toAddress } from "../../crypto/index.js";
import { AuthKey, accountKey } from "./keys.js";
import { DEFAULT_AUTH_PARAMS } from "./params.js";

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

/** Name (and store namespace) of the auth module. */
export const AUTH_MODULE = "auth";

const SECP256K1_PUBKEY = "/cosmos.crypto.secp256k1.PubKey";

const decodedParams = new WeakMap<Uint8Array, Params>();
const decodedAccounts = new WeakMap<Uint8Array, Account>();

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

function decodeAccountAny(bytes: Uint8Array): Account {
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

/**
 * The only code that touches the auth store: accounts, account numbers and params. Every
 * function takes the context explicitly, so the keeper holds no state of its own.
 */
export const authKeeper = {
  /** The account at `address`, or undefined. */
  getAccount(ctx: StoreSource, address: string): Account | undefined {
    const kv = ctx.kv(AUTH_MODULE);
    const raw = kv.get(accountKey(addressBytes(address)));
    if (!raw) return undefined;
    // Stores hand out the stored value itself: decode each stored version once, and give every
    // caller its own copy to mutate.
    let acc = decodedAccounts.get(raw);
    if (!acc) {
      acc = decodeAccountAny(raw);
      decodedAccounts.set(raw, acc);
    }
    return { ...acc };
  },

  /** Writes an account. */
  setAccount(ctx: StoreSource, acc: Account): void {
    const kv = ctx.kv(AUTH_MODULE);
    kv.set(accountKey(addressBytes(acc.address)), encodeAccountBytes(acc));
  },

  /** The stored Any bytes of an account (queries return them verbatim). */
  getAccountAny(ctx: StoreSource, address: string): Any | undefined {
    const kv = ctx.kv(AUTH_MODULE);
    const raw = kv.get(accountKey(addressBytes(address)));
    return raw ? Any.decode(raw) : undefined;
  },

  /** Creates a fresh account with the next account number. */
  newAccount(ctx: StoreSource, address: string, module?: { name: string; permissions: string[] }): Account {
    const kv = ctx.kv(AUTH_MODULE);
    const raw = kv.get(new Uint8Array([AuthKey.nextAccountNumber]));
    const next = raw ? Buffer.from(raw).readBigUInt64BE() : 0n;
    const numBytes = Buffer.alloc(8);
    numBytes.writeBigUInt64BE(next + 1n);
    kv.set(new Uint8Array([AuthKey.nextAccountNumber]), numBytes);
    const acc: Account = { address, pubKey: undefined, accountNumber: next, sequence: 0n };
    if (module) {
      acc.moduleName = module.name;
      acc.permissions = module.permissions;
    }
    this.setAccount(ctx, acc);
    return acc;
  },

  /** The account at `address`, created when missing (a first transfer to an address creates it). */
  ensureAccount(ctx: StoreSource, address: string): Account {
    return this.getAccount(ctx, address) ?? this.newAccount(ctx, address);
  },

  /** Every account in address-byte order. */
  *iterateAccounts(ctx: StoreSource): IterableIterator<Account> {
    const kv = ctx.kv(AUTH_MODULE);
    for (const [, value] of kv.iterate(new Uint8Array([AuthKey.account]))) yield decodeAccountAny(value);
  },

  getParams(ctx: StoreSource): Params {
    const kv = ctx.kv(AUTH_MODULE);
    const raw = kv.get(new Uint8Array([AuthKey.params]));
    if (!raw) return DEFAULT_AUTH_PARAMS;
    // Stores hand out the stored value itself, so an unchanged value decodes once.
    let params = decodedParams.get(raw);
    if (!params) {
      params = Params.decode(raw);
      decodedParams.set(raw, params);
    }
    return params;
  },

  setParams(ctx: StoreSource, params: Params): void {
    const kv = ctx.kv(AUTH_MODULE);
    kv.set(new Uint8Array([AuthKey.params]), Params.encode(params).finish());
  },

  /**
   * The module account `name`, created on first use.
   * @throws SdkError(logic) if a plain account already holds the module address.
   */
  moduleAccount(ctx: StoreSource, name: string, permissions: string[] = []): Account {
    const address = moduleAddress(name);
    const acc = this.getAccount(ctx, address);
    if (acc && acc.moduleName === undefined) {
      throw new SdkError(SdkCode.logic, `account ${address} exists but is not module account ${name}`);
    }
    return acc ?? this.newAccount(ctx, address, { name, permissions });
  },
};

/** The auth keeper's type, for modules that declare what they need of it. */
export type AuthKeeper = typeof authKeeper;
