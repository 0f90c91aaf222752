import type { GenesisDoc } from "../core/node/genesis.js";

/** Base denom of the strata token. */
export const L1_DENOM = "ustra";

/** Inputs of {@link buildL1Genesis}. */
export interface L1GenesisInput {
  chainId: string;
  genesisTime: string;
  validators: { name: string; pubKey: string; power: string }[];
  /** Funded accounts: address and balance in `ustra`. */
  accounts: { address: string; amount: bigint }[];
  /** Most txs in one block; default 10,000. */
  maxBlockTxs?: number;
}

/** Builds an L1 genesis document with funded accounts and the token's denom metadata. */
export function buildL1Genesis(input: L1GenesisInput): GenesisDoc {
  return {
    chainId: input.chainId,
    genesisTime: input.genesisTime,
    initialHeight: 1,
    consensusParams: { block: { maxTxs: input.maxBlockTxs ?? 10_000, maxBytes: 32 * 1024 * 1024 } },
    validators: input.validators,
    appState: {
      auth: { accounts: input.accounts.map((a) => ({ address: a.address })) },
      bank: {
        params: { defaultSendEnabled: true },
        balances: input.accounts.map((a) => ({
          address: a.address,
          coins: [{ denom: L1_DENOM, amount: a.amount.toString() }],
        })),
        denomMetadata: [
          {
            description: "The strata staking and fee token",
            denomUnits: [
              { denom: L1_DENOM, exponent: 0, aliases: ["microstra"] },
              { denom: "stra", exponent: 6, aliases: [] },
            ],
            base: L1_DENOM,
            display: "stra",
            name: "Strata",
            symbol: "STRA",
            uri: "",
            uriHash: "",
          },
        ],
      },
    },
  };
}
