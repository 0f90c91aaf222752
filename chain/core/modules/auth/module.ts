import { SdkCode, SdkError } from "../../app/errors.js";
import type { Module } from "../../app/module.js";
import { addressBytes } from "../../crypto/index.js";
import { AUTH_MODULE, authKeeper } from "./keeper.js";
import { DEFAULT_AUTH_PARAMS } from "./params.js";
import { authQueries } from "./queries.js";

/** Genesis section of the auth module. */
export interface AuthGenesis {
  params?: Partial<Record<keyof typeof DEFAULT_AUTH_PARAMS, string>>;
  /** Accounts created at genesis, in order (account numbers follow this order). */
  accounts: { address: string }[];
}

/** The auth module: accounts, account numbers, sequences, params. */
export const authModule: Module = {
  name: AUTH_MODULE,
  queries: authQueries,
  initGenesis(ctx, raw) {
    const genesis = (raw ?? { accounts: [] }) as AuthGenesis;
    const params = { ...DEFAULT_AUTH_PARAMS };
    for (const [k, v] of Object.entries(genesis.params ?? {})) {
      if (!(k in params)) throw new SdkError(SdkCode.invalidRequest, `unknown auth param ${k}`);
      params[k as keyof typeof params] = BigInt(v as string);
    }
    authKeeper.setParams(ctx, params);
    for (const { address } of genesis.accounts ?? []) {
      addressBytes(address);
      if (authKeeper.getAccount(ctx, address)) {
        throw new SdkError(SdkCode.invalidRequest, `duplicate genesis account ${address}`);
      }
      authKeeper.newAccount(ctx, address);
    }
  },
  exportGenesis(ctx): AuthGenesis {
    const params = authKeeper.getParams(ctx);
    return {
      params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
      accounts: [...authKeeper.iterateAccounts(ctx)]
        .filter((a) => a.moduleName === undefined)
        .sort((a, b) => (a.accountNumber < b.accountNumber ? -1 : 1))
        .map((a) => ({ address: a.address })),
    };
  },
};
