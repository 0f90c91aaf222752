import { Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { Any } from "cosmjs-types/google/protobuf/any";
import type { StoreSource } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { addressBytes } from "../../crypto/index.js";
import { type Account, decodeAccountAny, encodeAccountBytes, moduleAddress } from "./account.js";
import { AuthKey, accountKey } from "./keys.js";
import { DEFAULT_AUTH_PARAMS } from "./params.js";

/** Name (and store namespace) of the auth module. */
export const AUTH_MODULE = "auth";

const decodedParams = new WeakMap<Uint8Array, Params>();
const decodedAccounts = new WeakMap<Uint8Array, Account>();
const NEXT_ACCOUNT_NUMBER = Uint8Array.of(AuthKey.nextAccountNumber);
const PARAMS = Uint8Array.of(AuthKey.params);

/**
 * Creates the auth keeper: the only code that touches the auth store (accounts, account numbers,
 * params). Auth consumes no other keeper. Every function takes the context explicitly, so the
 * keeper holds no state of its own and one instance may serve several apps.
 */
export function createAuthKeeper() {
  const keeper = {
    /** The account at `address`, or undefined. */
    getAccount(ctx: StoreSource, address: string): Account | undefined {
      const raw = ctx.kv(AUTH_MODULE).get(accountKey(addressBytes(address)));
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
      ctx.kv(AUTH_MODULE).set(accountKey(addressBytes(acc.address)), encodeAccountBytes(acc));
    },

    /** The stored Any bytes of an account (queries return them verbatim). */
    getAccountAny(ctx: StoreSource, address: string): Any | undefined {
      const raw = ctx.kv(AUTH_MODULE).get(accountKey(addressBytes(address)));
      return raw ? Any.decode(raw) : undefined;
    },

    /** The number the next new account gets; undefined before any account exists. */
    getNextAccountNumber(ctx: StoreSource): bigint | undefined {
      const raw = ctx.kv(AUTH_MODULE).get(NEXT_ACCOUNT_NUMBER);
      return raw ? Buffer.from(raw).readBigUInt64BE() : undefined;
    },

    /** Sets the number the next new account gets (genesis). */
    setNextAccountNumber(ctx: StoreSource, next: bigint): void {
      const bytes = Buffer.alloc(8);
      bytes.writeBigUInt64BE(next);
      ctx.kv(AUTH_MODULE).set(NEXT_ACCOUNT_NUMBER, bytes);
    },

    /** Creates a fresh account with the next account number. */
    newAccount(ctx: StoreSource, address: string, module?: { name: string; permissions: string[] }): Account {
      const next = keeper.getNextAccountNumber(ctx) ?? 0n;
      keeper.setNextAccountNumber(ctx, next + 1n);
      const acc: Account = { address, pubKey: undefined, accountNumber: next, sequence: 0n };
      if (module) {
        acc.moduleName = module.name;
        acc.permissions = module.permissions;
      }
      keeper.setAccount(ctx, acc);
      return acc;
    },

    /** The account at `address`, created when missing (a first transfer to an address creates it). */
    ensureAccount(ctx: StoreSource, address: string): Account {
      return keeper.getAccount(ctx, address) ?? keeper.newAccount(ctx, address);
    },

    /** Every account in address-byte order. */
    *iterateAccounts(ctx: StoreSource): IterableIterator<Account> {
      for (const [, value] of ctx.kv(AUTH_MODULE).iterate(Uint8Array.of(AuthKey.account)))
        yield decodeAccountAny(value);
    },

    /** The auth params (the SDK's defaults until genesis sets them). */
    getParams(ctx: StoreSource): Params {
      const raw = ctx.kv(AUTH_MODULE).get(PARAMS);
      if (!raw) return DEFAULT_AUTH_PARAMS;
      // Stores hand out the stored value itself, so an unchanged value decodes once.
      let params = decodedParams.get(raw);
      if (!params) {
        params = Params.decode(raw);
        decodedParams.set(raw, params);
      }
      return params;
    },

    /** Writes the auth params. */
    setParams(ctx: StoreSource, params: Params): void {
      ctx.kv(AUTH_MODULE).set(PARAMS, Params.encode(params).finish());
    },

    /** Address of module account `name` (pure; the account may not exist yet). */
    moduleAddress(name: string): string {
      return moduleAddress(name);
    },

    /**
     * The module account `name`, created on first use.
     * @throws SdkError(logic) if a plain account already holds the module address.
     */
    moduleAccount(ctx: StoreSource, name: string, permissions: string[] = []): Account {
      const address = moduleAddress(name);
      const acc = keeper.getAccount(ctx, address);
      if (acc && acc.moduleName === undefined) {
        throw new SdkError(SdkCode.logic, `account ${address} exists but is not module account ${name}`);
      }
      return acc ?? keeper.newAccount(ctx, address, { name, permissions });
    },
  };
  return keeper;
}

/** The auth keeper's type, for modules that declare what they need of it. */
export type AuthKeeper = ReturnType<typeof createAuthKeeper>;
