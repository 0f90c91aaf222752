import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { operatorOf } from "./codec.js";
import { createValidator } from "./createValidator.js";
import { decFromString } from "./decimal.js";
import { POOL_PERMISSIONS, type StakingDeps } from "./deps.js";
import { parseStakingParams, type StakingParamsJson } from "./params.js";
import { stakingStore } from "./store.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "./types.js";
import { normAccount } from "./validation.js";

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

/** Genesis section of the staking module. */
export interface StakingGenesis {
  params?: StakingParamsJson;
  validators?: GenesisStakingValidator[];
}

/**
 * Loads params, creates the pool accounts and the genesis validators with their
 * self-delegations (the tokens move from the operators' accounts to the not-bonded pool; the
 * initial set is bonded by {@link StakingDeps}'s set computation in `initGenesisValidators`).
 * @throws SdkError / StakingError naming the bad entry.
 */
export function initStakingGenesis(d: StakingDeps, ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as StakingGenesis;
  stakingStore.setParams(ctx, parseStakingParams(genesis.params));
  d.accounts.moduleAccount(ctx, BONDED_POOL, POOL_PERMISSIONS);
  d.accounts.moduleAccount(ctx, NOT_BONDED_POOL, POOL_PERMISSIONS);
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
