import type { Context, ValidatorUpdate } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { consAddressOf, operatorBytes, operatorOf } from "./codec.js";
import { createValidator } from "./createValidator.js";
import { decFromString } from "./decimal.js";
import { POOL_PERMISSIONS, type StakingDeps } from "./deps.js";
import {
  delegationFromJson,
  type GenesisDelegation,
  type GenesisRedelegation,
  type GenesisUnbondingDelegation,
  type GenesisValidatorRecord,
  parseUint,
  redelegationFromJson,
  unbondingFromJson,
  validatorFromJson,
} from "./genesisJson.js";
import { parseStakingParams, type StakingParamsJson } from "./params.js";
import { stakingStore } from "./store.js";
import { BONDED_POOL, BondStatus, NOT_BONDED_POOL } from "./types.js";
import { normAccount } from "./validation.js";
import { applyValidatorSetUpdates } from "./validatorSet.js";

/** A validator created at genesis (what a gentx does on a Cosmos chain). */
export interface GenesisStakingValidator {
  /** Operator account (`strata1…`); it must be funded with the self-delegation at genesis. */
  operator: string;
  /** ed25519 consensus key, base64 (the node's `priv_validator_key`). */
  pubKey: string;
  /** Self-delegation in the bond denom, decimal string. */
  selfDelegation: string;
  moniker?: string;
  /** Commission rates as decimals; default 0.1 / 0.2 / 0.01 (the SDK's gentx defaults). */
  commission?: { rate?: string; maxRate?: string; maxChangeRate?: string };
  /** Default "1". */
  minSelfDelegation?: string;
}

/** Genesis of a fresh chain (the L1 builder's form): params and validators to create. */
export interface FreshStakingGenesis {
  exported?: false;
  params?: StakingParamsJson;
  validators?: GenesisStakingValidator[];
}

/**
 * The whole staking state, as {@link exportStakingGenesis} writes it (the SDK's `exported`
 * genesis). Indexes and queues are not listed: they are rebuilt from the records.
 */
export interface ExportedStakingGenesis {
  exported: true;
  params: StakingParamsJson;
  /** Total power of the last bonded set; absent when no set was ever bonded. */
  lastTotalPower?: string;
  /** The last end-block's bonded set: operator address and consensus power. */
  lastValidatorPowers: { address: string; power: string }[];
  validators: GenesisValidatorRecord[];
  delegations: GenesisDelegation[];
  unbondingDelegations: GenesisUnbondingDelegation[];
  redelegations: GenesisRedelegation[];
}

/** Genesis section of the staking module: a fresh chain's validators, or an exported state. */
export type StakingGenesis = FreshStakingGenesis | ExportedStakingGenesis;

function invalid(message: string): SdkError {
  return new SdkError(SdkCode.invalidRequest, `invalid staking genesis: ${message}`);
}

/**
 * Loads params, creates the pool accounts, then either creates the fresh genesis validators with
 * their self-delegations (the tokens move from the operators' accounts to the not-bonded pool;
 * {@link initGenesisValidatorSet} bonds them) or writes the exported records back.
 * @throws SdkError / StakingError naming the bad entry.
 */
export function initStakingGenesis(d: StakingDeps, ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as StakingGenesis;
  stakingStore.setParams(ctx, parseStakingParams(genesis.params));
  d.accounts.moduleAccount(ctx, BONDED_POOL, POOL_PERMISSIONS);
  d.accounts.moduleAccount(ctx, NOT_BONDED_POOL, POOL_PERMISSIONS);
  if (genesis.exported === true) initExported(d, ctx, genesis);
  else initFresh(d, ctx, genesis);
}

function initFresh(d: StakingDeps, ctx: Context, genesis: FreshStakingGenesis): void {
  for (const [i, v] of (genesis.validators ?? []).entries()) {
    const pubKey = new Uint8Array(Buffer.from(v.pubKey ?? "", "base64"));
    // [REJECT] genesis validators need a 32-byte ed25519 key and a positive self-delegation
    if (pubKey.length !== 32)
      throw new SdkError(SdkCode.invalidPubKey, `genesis validator ${i}: pubKey must be 32 bytes`);
    if (!/^[0-9]{1,78}$/.test(v.selfDelegation ?? "") || BigInt(v.selfDelegation) <= 0n)
      throw new SdkError(
        SdkCode.invalidRequest,
        `genesis validator ${i}: selfDelegation must be a positive integer`,
      );
    const account = normAccount(v.operator);
    createValidator(d, ctx, {
      operator: operatorOf(account),
      consPubKey: pubKey,
      description: { moniker: v.moniker ?? "", identity: "", website: "", securityContact: "", details: "" },
      rate: decFromString(v.commission?.rate ?? "0.1"),
      maxRate: decFromString(v.commission?.maxRate ?? "0.2"),
      maxChangeRate: decFromString(v.commission?.maxChangeRate ?? "0.01"),
      minSelfDelegation: BigInt(v.minSelfDelegation ?? "1"),
      selfDelegation: BigInt(v.selfDelegation),
    });
  }
}

/**
 * Writes exported records back without running hooks (distribution and slashing import their own
 * records), rebuilding the indexes and queues as the SDK's `InitGenesis` does, and checks that the
 * pools hold exactly the staked tokens.
 */
function initExported(d: StakingDeps, ctx: Context, genesis: ExportedStakingGenesis): void {
  if (genesis.lastTotalPower !== undefined)
    stakingStore.setLastTotalPower(ctx, parseUint(genesis.lastTotalPower, "last total power"));

  let bonded = 0n;
  let notBonded = 0n;
  for (const json of genesis.validators ?? []) {
    const v = validatorFromJson(json);
    // [REJECT] one record per operator and per consensus key
    if (stakingStore.getValidator(ctx, v.operator)) throw invalid(`duplicate validator ${v.operator}`);
    if (stakingStore.getValidatorByConsAddr(ctx, consAddressOf(v.consPubKey)))
      throw invalid(`validator ${v.operator}: consensus key already used`);
    stakingStore.setValidator(ctx, v);
    stakingStore.setValidatorByConsAddr(ctx, v);
    stakingStore.setPowerIndex(ctx, v);
    if (v.status === BondStatus.BOND_STATUS_UNBONDING) stakingStore.insertValidatorQueue(ctx, v);
    if (v.status === BondStatus.BOND_STATUS_BONDED) bonded += v.tokens;
    else notBonded += v.tokens;
  }
  for (const json of genesis.delegations ?? []) {
    const del = delegationFromJson(json);
    // [REJECT] a delegation names an existing validator (unbonding delegations and redelegations
    // may outlive theirs: a removed validator's pending entries still complete)
    if (!stakingStore.getValidator(ctx, del.operator))
      throw invalid(`delegation to unknown validator ${del.operator}`);
    stakingStore.setDelegation(ctx, del);
  }
  for (const json of genesis.unbondingDelegations ?? []) {
    const ubd = unbondingFromJson(json);
    stakingStore.setUnbonding(ctx, ubd);
    for (const e of ubd.entries) {
      stakingStore.insertUnbondingQueue(ctx, e.completionTimeNs, ubd.delegator, ubd.operator);
      notBonded += e.balance;
    }
  }
  for (const json of genesis.redelegations ?? []) {
    const red = redelegationFromJson(json);
    stakingStore.setRedelegation(ctx, red);
    for (const e of red.entries) stakingStore.insertRedelegationQueue(ctx, e.completionTimeNs, red);
  }
  for (const { address, power } of genesis.lastValidatorPowers ?? []) {
    const operator = operatorBytes(address);
    const v = stakingStore.getValidatorByBytes(ctx, operator);
    // [REJECT] the last bonded set lists bonded validators only
    if (v?.status !== BondStatus.BOND_STATUS_BONDED)
      throw invalid(`last power of unbonded validator ${address}`);
    stakingStore.setLastValidatorPower(ctx, operator, parseUint(power, "last validator power"));
  }

  // [REJECT] the pools must hold exactly the stake the records account for (the SDK's check)
  const { bondDenom } = stakingStore.getParams(ctx);
  for (const [pool, want] of [
    [BONDED_POOL, bonded],
    [NOT_BONDED_POOL, notBonded],
  ] as const) {
    const have = d.bank.getBalance(
      ctx,
      d.accounts.moduleAccount(ctx, pool, POOL_PERMISSIONS).address,
      bondDenom,
    );
    if (have !== want)
      throw invalid(`${pool} holds ${have}${bondDenom} but the records need ${want}${bondDenom}`);
  }
}

/**
 * The genesis validator set. A fresh genesis ranks its new validators like any end-block (bonding
 * them, which opens their signing infos); an exported genesis already holds its last bonded set,
 * which is returned unchanged.
 */
export function initGenesisValidatorSet(d: StakingDeps, ctx: Context): ValidatorUpdate[] {
  const last = stakingStore.getLastValidatorPowers(ctx);
  // Only an exported genesis has a last bonded set before the first ranking.
  if (last.length === 0) return applyValidatorSetUpdates(d, ctx);
  return last.map(({ operator, power }) => ({
    pubKey: stakingStore.getValidatorByBytes(ctx, operator)!.consPubKey,
    power,
  }));
}
