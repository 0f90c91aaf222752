import type { Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { addressBytes, toAddress } from "../../crypto/index.js";
import { type Account, moduleAddress } from "./account.js";
import type { AuthKeeper } from "./keeper.js";
import { DEFAULT_AUTH_PARAMS } from "./params.js";

/**
 * An account in the auth genesis. The L1 builder writes only `address` (accounts are numbered in
 * list order); an exported genesis carries every field, so the state is rebuilt exactly.
 */
export interface GenesisAccount {
  address: string;
  /** u64 decimal; default: the next free number, in list order. */
  accountNumber?: string;
  /** u64 decimal; default 0. */
  sequence?: string;
  /** Compressed secp256k1 key (33 bytes), base64; absent until the account first signs. */
  pubKey?: string;
  /** Set for a module account: its module name (the address must be the name's module address). */
  moduleName?: string;
  /** Module-account permissions (`burner`, `staking`, …). */
  permissions?: string[];
}

/** Genesis section of the auth module. */
export interface AuthGenesis {
  params?: Partial<Record<keyof Params, string>>;
  /** Accounts created at genesis, in order. */
  accounts: GenesisAccount[];
  /** u64 decimal: the number the next new account gets; default one past the highest used. */
  nextAccountNumber?: string;
}

function invalid(message: string): SdkError {
  return new SdkError(SdkCode.invalidRequest, `invalid auth genesis: ${message}`);
}

function parseU64(text: string, what: string): bigint {
  // [REJECT] numbers are u64 decimal strings
  if (!/^[0-9]{1,20}$/.test(text) || BigInt(text) >= 1n << 64n)
    throw invalid(`${what} ${JSON.stringify(text)}`);
  return BigInt(text);
}

function parsePubKey(text: string, address: string): Uint8Array {
  const key = new Uint8Array(Buffer.from(text, "base64"));
  // [REJECT] an account key is a 33-byte compressed secp256k1 key
  if (key.length !== 33 || Buffer.from(key).toString("base64") !== text)
    throw invalid(`account ${address}: pubKey must be 33 bytes of base64`);
  return key;
}

/**
 * Loads params and accounts. Accounts without a number get the next free one in list order (the
 * L1 builder's form); exported accounts keep their number, sequence, key and module fields.
 * @throws SdkError(invalidRequest) naming the bad entry.
 */
export function initAuthGenesis(keeper: AuthKeeper, ctx: Context, raw: unknown): void {
  const genesis = (raw ?? { accounts: [] }) as AuthGenesis;
  const params: Params = { ...DEFAULT_AUTH_PARAMS };
  for (const [k, v] of Object.entries(genesis.params ?? {})) {
    // [REJECT] unknown auth params
    if (!(k in params)) throw new SdkError(SdkCode.invalidRequest, `unknown auth param ${k}`);
    params[k as keyof Params] = parseU64(String(v), `param ${k}`);
  }
  keeper.setParams(ctx, params);

  let next = keeper.getNextAccountNumber(ctx) ?? 0n;
  const numbers = new Set<bigint>();
  for (const g of genesis.accounts ?? []) {
    const address = toAddress(addressBytes(g.address));
    // [REJECT] an address appears once
    if (keeper.getAccount(ctx, address)) {
      throw new SdkError(SdkCode.invalidRequest, `duplicate genesis account ${g.address}`);
    }
    const accountNumber = g.accountNumber === undefined ? next : parseU64(g.accountNumber, "account number");
    // [REJECT] an account number is used once
    if (numbers.has(accountNumber)) throw invalid(`duplicate account number ${accountNumber}`);
    numbers.add(accountNumber);
    const acc: Account = {
      address,
      pubKey: g.pubKey === undefined ? undefined : parsePubKey(g.pubKey, address),
      accountNumber,
      sequence: g.sequence === undefined ? 0n : parseU64(g.sequence, "sequence"),
    };
    if (g.moduleName !== undefined) {
      // [REJECT] a module account lives at its name's module address
      if (moduleAddress(g.moduleName) !== address)
        throw invalid(`account ${address} is not the address of module ${g.moduleName}`);
      acc.moduleName = g.moduleName;
      acc.permissions = [...(g.permissions ?? [])];
    }
    keeper.setAccount(ctx, acc);
    if (accountNumber >= next) next = accountNumber + 1n;
    keeper.setNextAccountNumber(ctx, next);
  }
  if (genesis.nextAccountNumber !== undefined) {
    const declared = parseU64(genesis.nextAccountNumber, "next account number");
    // [REJECT] the next account number must not reuse a genesis account's number
    if (declared < next) throw invalid(`next account number ${declared} is below ${next}`);
    keeper.setNextAccountNumber(ctx, declared);
  }
}

/** The auth state in its genesis form: params, every account (module accounts included) by number. */
export function exportAuthGenesis(keeper: AuthKeeper, ctx: Context): AuthGenesis {
  const params = keeper.getParams(ctx);
  const next = keeper.getNextAccountNumber(ctx);
  return {
    params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
    accounts: [...keeper.iterateAccounts(ctx)]
      .sort((a, b) => (a.accountNumber < b.accountNumber ? -1 : a.accountNumber > b.accountNumber ? 1 : 0))
      .map((a) => {
        const g: GenesisAccount = {
          address: a.address,
          accountNumber: a.accountNumber.toString(),
          sequence: a.sequence.toString(),
        };
        if (a.pubKey) g.pubKey = Buffer.from(a.pubKey).toString("base64");
        if (a.moduleName !== undefined) {
          g.moduleName = a.moduleName;
          g.permissions = [...(a.permissions ?? [])];
        }
        return g;
      }),
    ...(next === undefined ? {} : { nextAccountNumber: next.toString() }),
  };
}
