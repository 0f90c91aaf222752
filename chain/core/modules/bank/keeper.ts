import { Metadata, Params } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import { type Coin, formatCoins } from "../../app/coins.js";
import type { Context, StoreSource } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { addressBytes, toAddress } from "../../crypto/index.js";
import type { AccountKeeper } from "./expectedKeepers.js";
import { BankKey, balanceKey, balancesPrefix, metadataKey, supplyKey } from "./keys.js";

/** Name (and store namespace) of the bank module. */
export const BANK_MODULE = "bank";

const dec = new TextDecoder();
const decodedParams = new WeakMap<Uint8Array, Params>();
const enc = new TextEncoder();

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

function readAmount(raw: Uint8Array | undefined): bigint {
  return raw ? BigInt(dec.decode(raw)) : 0n;
}

/** Keepers bank is built on. */
export interface BankKeeperDeps {
  accounts: AccountKeeper;
}

/** Options of {@link createBankKeeper}. */
export interface BankKeeperOptions {
  /**
   * Module accounts (by name) that `MsgSend` / `MsgMultiSend` may not pay (the SDK's
   * `BlockedAddrs`): the app passes every module account it declares. Transfers made by keepers
   * (fees, staking pools, rewards) are not affected.
   */
  blockedModuleAccounts?: readonly string[];
}

/**
 * Creates the bank keeper: the only code that touches the bank store (balances, supply, denom
 * metadata, params). Transfers create the recipient's account through the injected
 * {@link AccountKeeper}. Stateless over the context apart from its configuration (the blocked set).
 */
export function createBankKeeper(deps: BankKeeperDeps, opts: BankKeeperOptions = {}) {
  const { accounts } = deps;
  const blockedNames = [...new Set(opts.blockedModuleAccounts ?? [])].sort();
  const blocked = new Set(blockedNames.map((name) => hex(addressBytes(accounts.moduleAddress(name)))));
  const keeper = {
    /**
     * Whether `address` is a blocked module account (the SDK's `BlockedAddr`): message handlers
     * refuse to pay it. Addresses are compared by their bytes.
     * @throws InvalidAddressError for a malformed address.
     */
    isBlockedAddr(address: string): boolean {
      return blocked.has(hex(addressBytes(address)));
    },

    /** Names of the blocked module accounts, sorted. */
    blockedModuleAccounts(): string[] {
      return [...blockedNames];
    },

    /** Balance of one denom (0 when none). */
    getBalance(ctx: StoreSource, address: string, denom: string): bigint {
      return readAmount(ctx.kv(BANK_MODULE).get(balanceKey(addressBytes(address), denom)));
    },

    /** Every non-zero balance of an address, sorted by denom. */
    getAllBalances(ctx: StoreSource, address: string): Coin[] {
      const prefix = balancesPrefix(addressBytes(address));
      const out: Coin[] = [];
      for (const [key, value] of ctx.kv(BANK_MODULE).iterate(prefix)) {
        out.push({ denom: dec.decode(key.subarray(prefix.length)), amount: readAmount(value) });
      }
      return out;
    },

    setBalance(ctx: StoreSource, address: string, denom: string, amount: bigint): void {
      const key = balanceKey(addressBytes(address), denom);
      // Zero balances are deleted so the state (and its root) has no empty entries.
      if (amount === 0n) ctx.kv(BANK_MODULE).delete(key);
      else ctx.kv(BANK_MODULE).set(key, enc.encode(amount.toString()));
    },

    /**
     * Moves coins between accounts, creating the recipient account when missing.
     * @throws SdkError(insufficientFunds) when the sender lacks any of the coins; nothing is moved then.
     */
    send(ctx: Context, from: string, to: string, coins: readonly Coin[]): void {
      for (const c of coins) {
        const have = keeper.getBalance(ctx, from, c.denom);
        // [REJECT] the sender must hold every coin it sends
        if (have < c.amount) {
          throw new SdkError(
            SdkCode.insufficientFunds,
            `spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`,
          );
        }
      }
      for (const c of coins) {
        keeper.setBalance(ctx, from, c.denom, keeper.getBalance(ctx, from, c.denom) - c.amount);
      }
      accounts.ensureAccount(ctx, to);
      for (const c of coins) {
        keeper.setBalance(ctx, to, c.denom, keeper.getBalance(ctx, to, c.denom) + c.amount);
      }
      const amount = formatCoins(coins);
      ctx.events.emit("coin_spent", { spender: from, amount });
      ctx.events.emit("coin_received", { receiver: to, amount });
      ctx.events.emit("transfer", { recipient: to, sender: from, amount });
    },

    /** Sends coins from an account to module account `module`. */
    sendToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void {
      keeper.send(ctx, from, accounts.moduleAccount(ctx, module).address, coins);
    },

    /** Sends coins from module account `module` to an account (staking payouts, rewards). */
    sendFromModule(ctx: Context, module: string, to: string, coins: readonly Coin[]): void {
      keeper.send(ctx, accounts.moduleAccount(ctx, module).address, to, coins);
    },

    /**
     * Destroys coins held by module account `module` and lowers their supply (slashing burns stake).
     * @throws SdkError(insufficientFunds) when the module account holds less; nothing is burned then.
     */
    burn(ctx: Context, module: string, coins: readonly Coin[]): void {
      const address = accounts.moduleAccount(ctx, module).address;
      for (const c of coins) {
        const have = keeper.getBalance(ctx, address, c.denom);
        // [REJECT] a module can only burn what it holds
        if (have < c.amount) {
          throw new SdkError(
            SdkCode.insufficientFunds,
            `spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`,
          );
        }
      }
      for (const c of coins) {
        keeper.setBalance(ctx, address, c.denom, keeper.getBalance(ctx, address, c.denom) - c.amount);
        keeper.setSupply(ctx, c.denom, keeper.getSupply(ctx, c.denom) - c.amount);
      }
      const amount = formatCoins(coins);
      ctx.events.emit("coin_spent", { spender: address, amount });
      ctx.events.emit("burn", { burner: address, amount });
    },

    /** Creates coins in `address` and raises supply (genesis and future minting). */
    mint(ctx: StoreSource, address: string, coins: readonly Coin[]): void {
      accounts.ensureAccount(ctx, address);
      for (const c of coins) {
        keeper.setBalance(ctx, address, c.denom, keeper.getBalance(ctx, address, c.denom) + c.amount);
        keeper.setSupply(ctx, c.denom, keeper.getSupply(ctx, c.denom) + c.amount);
      }
    },

    getSupply(ctx: StoreSource, denom: string): bigint {
      return readAmount(ctx.kv(BANK_MODULE).get(supplyKey(denom)));
    },

    setSupply(ctx: StoreSource, denom: string, amount: bigint): void {
      ctx.kv(BANK_MODULE).set(supplyKey(denom), enc.encode(amount.toString()));
    },

    /** Total supply of every denom, sorted by denom. */
    getTotalSupply(ctx: StoreSource): Coin[] {
      const out: Coin[] = [];
      for (const [key, value] of ctx.kv(BANK_MODULE).iterate(Uint8Array.of(BankKey.supply))) {
        out.push({ denom: dec.decode(key.subarray(1)), amount: readAmount(value) });
      }
      return out;
    },

    getMetadata(ctx: StoreSource, denom: string): Metadata | undefined {
      const raw = ctx.kv(BANK_MODULE).get(metadataKey(denom));
      return raw ? Metadata.decode(raw) : undefined;
    },

    setMetadata(ctx: StoreSource, md: Metadata): void {
      ctx.kv(BANK_MODULE).set(metadataKey(md.base), Metadata.encode(md).finish());
    },

    allMetadata(ctx: StoreSource): Metadata[] {
      return [...ctx.kv(BANK_MODULE).iterate(Uint8Array.of(BankKey.denomMetadata))].map(([, v]) =>
        Metadata.decode(v),
      );
    },

    /** Every (address, balances) pair, for genesis export. */
    allBalances(ctx: StoreSource): { address: string; coins: Coin[] }[] {
      const byAddr = new Map<string, Coin[]>();
      for (const [key, value] of ctx.kv(BANK_MODULE).iterate(Uint8Array.of(BankKey.balance))) {
        const len = key[1]!;
        const address = toAddress(key.subarray(2, 2 + len));
        const list = byAddr.get(address) ?? [];
        list.push({ denom: dec.decode(key.subarray(2 + len)), amount: readAmount(value) });
        byAddr.set(address, list);
      }
      return [...byAddr].map(([address, coins]) => ({ address, coins }));
    },

    getParams(ctx: StoreSource): Params {
      const raw = ctx.kv(BANK_MODULE).get(Uint8Array.of(BankKey.params));
      if (!raw) return { sendEnabled: [], defaultSendEnabled: true };
      // Stores hand out the stored value itself, so an unchanged value decodes once.
      let params = decodedParams.get(raw);
      if (!params) {
        params = Params.decode(raw);
        decodedParams.set(raw, params);
      }
      return params;
    },

    setParams(ctx: StoreSource, params: Params): void {
      ctx.kv(BANK_MODULE).set(Uint8Array.of(BankKey.params), Params.encode(params).finish());
    },
  };
  return keeper;
}

/** The bank keeper's type. */
export type BankKeeper = ReturnType<typeof createBankKeeper>;
