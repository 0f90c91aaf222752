import { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import { parseCoins, toProtoCoins } from "../../app/coins.js";
import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import type { BankKeeper } from "./keeper.js";

/** Genesis section of the bank module. */
export interface BankGenesis {
  params?: { defaultSendEnabled?: boolean; sendEnabled?: { denom: string; enabled: boolean }[] };
  /** Balances minted at genesis (each address's coins sorted by denom). */
  balances: { address: string; coins: { denom: string; amount: string }[] }[];
  /**
   * Total supply per denom (an exported genesis carries it). When given it must equal the sum of
   * the balances; a listed zero supply is kept as a record, as the store holds it after a full burn.
   */
  supply?: { denom: string; amount: string }[];
  denomMetadata?: Metadata[];
}

function invalid(message: string): SdkError {
  return new SdkError(SdkCode.invalidRequest, `invalid bank genesis: ${message}`);
}

/**
 * Loads params, mints the balances (creating their accounts when missing), checks the declared
 * supply and stores the denom metadata.
 * @throws SdkError naming the bad entry.
 */
export function initBankGenesis(bank: BankKeeper, ctx: Context, raw: unknown): void {
  const genesis = (raw ?? { balances: [] }) as BankGenesis;
  bank.setParams(ctx, {
    sendEnabled: (genesis.params?.sendEnabled ?? []).map((s) => ({ denom: s.denom, enabled: s.enabled })),
    defaultSendEnabled: genesis.params?.defaultSendEnabled ?? true,
  });
  for (const { address, coins } of genesis.balances ?? []) bank.mint(ctx, address, parseCoins(coins));
  if (genesis.supply !== undefined) {
    const declared = new Map<string, bigint>();
    for (const c of genesis.supply) {
      // [REJECT] a supply entry is a denom once with a non-negative integer amount
      if (!/^[0-9]{1,78}$/.test(c.amount) || declared.has(c.denom))
        throw invalid(`supply entry ${JSON.stringify(c)}`);
      declared.set(c.denom, BigInt(c.amount));
    }
    const minted = new Map(bank.getTotalSupply(ctx).map((c) => [c.denom, c.amount]));
    for (const denom of new Set([...declared.keys(), ...minted.keys()])) {
      const want = declared.get(denom) ?? 0n;
      const have = minted.get(denom) ?? 0n;
      // [REJECT] the declared supply must equal the sum of the balances
      if (want !== have) throw invalid(`supply of ${denom} is ${want} but the balances sum to ${have}`);
      if (!minted.has(denom)) bank.setSupply(ctx, denom, 0n);
    }
  }
  for (const md of genesis.denomMetadata ?? []) bank.setMetadata(ctx, Metadata.fromPartial(md));
}

/** The bank state in its genesis form: params, balances by address, supply, denom metadata. */
export function exportBankGenesis(bank: BankKeeper, ctx: Context): BankGenesis {
  const params = bank.getParams(ctx);
  return {
    params: {
      defaultSendEnabled: params.defaultSendEnabled,
      sendEnabled: params.sendEnabled.map((s) => ({ denom: s.denom, enabled: s.enabled })),
    },
    balances: bank.allBalances(ctx).map((b) => ({ address: b.address, coins: toProtoCoins(b.coins) })),
    supply: bank.getTotalSupply(ctx).map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
    denomMetadata: bank.allMetadata(ctx),
  };
}
