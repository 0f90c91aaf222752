import { moduleAddress } from "../core/modules/auth/index.js";
import type { DistributionParamsJson } from "../core/modules/distribution/index.js";
import type { SlashingParamsJson } from "../core/modules/slashing/index.js";
import {
  DEFAULT_STAKING_PARAMS,
  type GenesisStakingValidator,
  POWER_REDUCTION,
  type StakingParamsJson,
} from "../core/modules/staking/index.js";
import { type GenesisDoc, NodeError, NodeErrorCode } from "../core/node/genesis.js";
import { ROLLUP_MODULE } from "./modules/rollup/index.js";

/** Base denom of the strata token. */
export const L1_DENOM = "ustra";

/** A genesis validator of {@link buildL1Genesis}. */
export interface L1GenesisValidator {
  name: string;
  /** ed25519 consensus key, base64. */
  pubKey: string;
  /** Voting power, decimal string (derived from `selfDelegation` when `operator` is set). */
  power: string;
  /**
   * Operator account (`strata1…`, funded in `accounts`). When set, the validator is also a
   * staking validator bonded by a self-delegation from this account, and its power is
   * `selfDelegation / 10^6`.
   */
  operator?: string;
  /** Self-delegation in `ustra`; default `power × 10^6`. */
  selfDelegation?: bigint;
  /** Commission rates as decimals (`"0.1"`); defaults 0.1 / 0.2 / 0.01. */
  commission?: { rate?: string; maxRate?: string; maxChangeRate?: string };
}

/** Inputs of {@link buildL1Genesis}. */
export interface L1GenesisInput {
  chainId: string;
  genesisTime: string;
  validators: L1GenesisValidator[];
  /** Funded accounts: address and balance in `ustra`. */
  accounts: { address: string; amount: bigint }[];
  /** Most txs in one block; default 10,000. */
  maxBlockTxs?: number;
  /** `consensusParams.block.maxBytes`; default 32 MiB (an L2 defaults lower: every block is posted to L1). */
  maxBlockBytes?: number;
  /** Staking params (JSON form); defaults are the SDK's with `ustra`. */
  staking?: StakingParamsJson;
  /** Slashing params (JSON form). */
  slashing?: SlashingParamsJson;
  /** Distribution params (JSON form), including the optional per-block reward. */
  distribution?: DistributionParamsJson;
  /** Child chains registered at genesis (L1 only; ROLLUP.md, "Registration"). */
  rollups?: L1GenesisRollup[];
}

/** A child chain {@link buildL1Genesis} registers in the `rollup` module's genesis. */
export interface L1GenesisRollup {
  chainId: string;
  /** The child's genesis.json, exact bytes (or its text). */
  genesis: Uint8Array | string;
  challengeWindowBlocks: number;
  /** Bond in ustra, held by the `rollup` module account. */
  bond: bigint;
  /** Account the bond is taken from (funded in `accounts`); without it the bond is minted for the module account. */
  creator?: string;
}

function invalid(layer: string, message: string): NodeError {
  return new NodeError(NodeErrorCode.invalidGenesis, `invalid ${layer} genesis input: ${message}`);
}

/**
 * The staking validators and consensus validators of the input. Without operators the
 * validators are consensus-only (the single-validator behaviour before staking existed).
 * @throws NodeError(invalidGenesis) for mixed, unfunded or too small validators.
 */
function stakingValidators(
  input: L1GenesisInput,
  layer: string,
): {
  validators: L1GenesisValidator[];
  staking: GenesisStakingValidator[];
} {
  const withOperator = input.validators.filter((v) => v.operator !== undefined);
  if (withOperator.length === 0) return { validators: input.validators, staking: [] };
  // [REJECT] either every genesis validator is a staking validator or none is
  if (withOperator.length !== input.validators.length)
    throw invalid(layer, "every validator needs an operator, or none");
  const maxValidators = input.staking?.maxValidators ?? DEFAULT_STAKING_PARAMS.maxValidators;
  // [REJECT] the whole genesis set must fit in the bonded set
  if (input.validators.length > maxValidators)
    throw invalid(layer, `more validators than maxValidators (${maxValidators})`);
  const funded = new Map<string, bigint>();
  for (const a of input.accounts) funded.set(a.address, (funded.get(a.address) ?? 0n) + a.amount);
  const validators: L1GenesisValidator[] = [];
  const staking: GenesisStakingValidator[] = [];
  for (const v of input.validators) {
    const self = v.selfDelegation ?? BigInt(v.power) * POWER_REDUCTION;
    const power = self / POWER_REDUCTION;
    // [REJECT] a validator needs at least one unit of power (10^6 ustra)
    if (power < 1n)
      throw invalid(layer, `validator ${v.name}: self-delegation ${self} is below one unit of power`);
    const left = (funded.get(v.operator!) ?? 0n) - self;
    // [REJECT] the operator must be funded with its self-delegation
    if (left < 0n)
      throw invalid(
        layer,
        `validator ${v.name}: operator ${v.operator} is not funded with ${self}${L1_DENOM}`,
      );
    funded.set(v.operator!, left);
    validators.push({ name: v.name, pubKey: v.pubKey, power: power.toString() });
    staking.push({
      operator: v.operator!,
      pubKey: v.pubKey,
      selfDelegation: self.toString(),
      moniker: v.name,
      ...(v.commission ? { commission: v.commission } : {}),
    });
  }
  return { validators, staking };
}

/**
 * Builds an L1 genesis document with funded accounts and the token's denom metadata. When the
 * validators name operator accounts, they are also staking validators bonded by self-delegations
 * (and the document's powers are derived from them, so consensus and staking agree).
 * @throws NodeError(invalidGenesis) for inconsistent validator inputs.
 */
export function buildL1Genesis(input: L1GenesisInput): GenesisDoc {
  const rollups = input.rollups ?? [];
  if (rollups.length === 0) return buildCosmosGenesis(input, "L1");
  // A creator's bond comes out of its funded balance; the rollup module account holds the bonds.
  const accounts = input.accounts.map((a) => ({ ...a }));
  let bonds = 0n;
  for (const r of rollups) {
    bonds += r.bond;
    if (r.creator === undefined) continue;
    const funded = accounts.find((a) => a.address === r.creator && a.amount >= r.bond);
    // [REJECT] a creator must be funded with its bond
    if (!funded)
      throw invalid(
        "L1",
        `rollup ${r.chainId}: creator ${r.creator} is not funded with ${r.bond}${L1_DENOM}`,
      );
    funded.amount -= r.bond;
  }
  const doc = buildCosmosGenesis({ ...input, accounts }, "L1");
  const appState = doc.appState as {
    auth: { accounts: Record<string, unknown>[] };
    bank: { balances: { address: string; coins: { denom: string; amount: string }[] }[] };
  } & Record<string, unknown>;
  // Zero balances are not minted (bank refuses a zero coin).
  appState.bank.balances = appState.bank.balances.filter((b) => b.coins.every((c) => c.amount !== "0"));
  if (bonds > 0n) {
    const address = moduleAddress(ROLLUP_MODULE);
    appState.auth.accounts.push({ address, moduleName: ROLLUP_MODULE, permissions: [] });
    appState.bank.balances.push({ address, coins: [{ denom: L1_DENOM, amount: bonds.toString() }] });
  }
  appState.rollup = {
    rollups: rollups.map((r) => ({
      chainId: r.chainId,
      creator: r.creator ?? "",
      genesis: Buffer.from(
        typeof r.genesis === "string" ? Buffer.from(r.genesis, "utf8") : r.genesis,
      ).toString("base64"),
      challengeWindowBlocks: r.challengeWindowBlocks,
      bond: r.bond.toString(),
    })),
  };
  return doc;
}

/**
 * The Cosmos part of a strata genesis (auth, bank with the token's metadata, distribution,
 * staking, slashing) as {@link buildL1Genesis} builds it; layer apps built on the same Cosmos
 * module set (L2) extend its `appState`. `layer` names the layer in error messages.
 * @throws NodeError(invalidGenesis) for inconsistent validator inputs.
 */
export function buildCosmosGenesis(input: L1GenesisInput, layer: string): GenesisDoc {
  const { validators, staking } = stakingValidators(input, layer);
  const modules: Record<string, unknown> = {};
  if (staking.length > 0 || input.distribution) {
    modules.distribution = { ...(input.distribution ? { params: input.distribution } : {}) };
  }
  if (staking.length > 0 || input.staking) {
    modules.staking = { params: { bondDenom: L1_DENOM, ...input.staking }, validators: staking };
  }
  if (staking.length > 0 || input.slashing) {
    modules.slashing = { ...(input.slashing ? { params: input.slashing } : {}) };
  }
  return {
    chainId: input.chainId,
    genesisTime: input.genesisTime,
    initialHeight: 1,
    consensusParams: {
      block: { maxTxs: input.maxBlockTxs ?? 10_000, maxBytes: input.maxBlockBytes ?? 32 * 1024 * 1024 },
    },
    validators,
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
      ...modules,
    },
  };
}
