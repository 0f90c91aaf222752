import type { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { sha256 } from "../../../core/crypto/index.js";
import {
  childValidatorSet,
  childValidatorsOf,
  childValidatorsToProto,
  genesisBase64,
  genesisBatchRecords,
  genesisCount,
} from "../../../core/rollup/index.js";
import { RollupCode, RollupError } from "./errors.js";
import type { RollupDeps } from "./keeper.js";
import { parseRollupParams, type RollupParamsJson, rollupParamsToJson } from "./params.js";
import {
  BOND_DENOM,
  childGenesisValidators,
  isCanonicalAddress,
  isChainId,
  parseAmount,
} from "./registerRollup.js";
import { ROLLUP_MODULE, rollupStore } from "./store.js";

/** A validator in genesis JSON: ed25519 key (base64) and power (decimal string). */
export interface ChildValidatorJson {
  pubKey: string;
  power: string;
}

/** An accepted batch in genesis JSON (`BatchRecord` without the chain id; the header as base64 SSZ). */
export interface BatchRecordJson {
  number: number;
  header: string;
  parentHeight: number;
  submitter: string;
}

/** A registered chain in genesis JSON. */
export interface GenesisRollupJson {
  chainId: string;
  /** Registering account; may be empty for a chain registered in the parent's genesis. */
  creator?: string;
  /** The child's genesis.json bytes, base64. */
  genesis: string;
  challengeWindowBlocks: number;
  /** Bond in ustra, decimal string; held by the `rollup` module account. */
  bond: string;
  registeredHeight?: number;
  /** Last accepted batch number; default 0. Batches 1..lastNumber must be listed. */
  lastNumber?: number;
  /** The set for batch `lastNumber + 1`; default the child genesis validators ([reg-3]), only allowed at lastNumber 0. */
  validators?: ChildValidatorJson[];
  batches?: BatchRecordJson[];
}

/** Genesis section of the rollup module. */
export interface RollupGenesis {
  params?: RollupParamsJson;
  rollups?: GenesisRollupJson[];
}

function invalid(message: string): RollupError {
  return new RollupError(RollupCode.invalidGenesis, message);
}

const fields = { invalid };

function base64(value: unknown, what: string): Uint8Array {
  return genesisBase64(value, what, fields);
}

function count(value: unknown, what: string): number {
  return genesisCount(value, what, fields);
}

/**
 * Loads params and registered chains with their accepted batches. Each chain follows the
 * registration rules ([reg-1]..[reg-3]; the window and bond are not held to the params, so an
 * export always re-imports), its batches are 1..lastNumber chained by `prevHeaderRoot`, and the
 * `rollup` module account holds exactly the sum of the bonds.
 * @throws RollupError(invalidGenesis) naming the bad entry.
 */
export function initRollupGenesis(deps: RollupDeps, ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as RollupGenesis;
  // Params are stored only when genesis sets them (defaults while unset), so an L1 without
  // rollups keeps the state root it had before this module existed.
  if (genesis.params !== undefined) rollupStore.setParams(ctx, parseRollupParams(genesis.params));
  let bonds = 0n;
  for (const r of genesis.rollups ?? []) {
    const chainId = r.chainId;
    // [reg-1] a well-formed, new chain id, not the parent's own
    if (typeof chainId !== "string" || !isChainId(chainId))
      throw invalid(`chain id ${JSON.stringify(chainId)}`);
    if (chainId === ctx.block.chainId) throw invalid(`${chainId} is this chain's own id`);
    if (rollupStore.getRollup(ctx, chainId)) throw invalid(`${chainId} listed twice`);
    const creator = r.creator ?? "";
    if (creator !== "" && !isCanonicalAddress(creator))
      throw invalid(`${chainId}: creator is not an account address`);
    // [reg-2] [reg-3] the genesis bytes and the set they name
    const bytes = base64(r.genesis, `${chainId}: genesis`);
    const registered = childGenesisValidators(chainId, bytes, RollupCode.invalidGenesis);
    const bond = parseAmount(r.bond ?? "");
    if (bond === undefined) throw invalid(`${chainId}: bond ${JSON.stringify(r.bond)} is not an amount`);
    const window = count(r.challengeWindowBlocks, `${chainId}: challengeWindowBlocks`);
    if (window < 1) throw invalid(`${chainId}: challengeWindowBlocks must be at least 1`);
    const lastNumber = count(r.lastNumber, `${chainId}: lastNumber`);
    let validators = registered;
    if (r.validators !== undefined) {
      const list = r.validators.map((v, i) => {
        const power = typeof v.power === "string" && /^[1-9][0-9]*$/.test(v.power) ? BigInt(v.power) : 0n;
        if (power === 0n) throw invalid(`${chainId}: validator ${i} power`);
        return { pubKey: base64(v.pubKey, `${chainId}: validator ${i} pubKey`), power };
      });
      try {
        validators = childValidatorsOf(childValidatorSet(list));
      } catch (err) {
        throw invalid(`${chainId}: validators: ${(err as Error).message}`);
      }
    } else if (lastNumber > 0) {
      throw invalid(`${chainId}: validators are required once batches are accepted`);
    }
    const batches = genesisBatchRecords(chainId, r.batches ?? [], lastNumber, {
      ...fields,
      noun: "batch",
      nouns: "batches",
      headerWhat: (number) => `${chainId}: batch ${number} header`,
      parentHeight: (b) => ({ value: b.parentHeight, name: "parentHeight" }),
      isAddress: isCanonicalAddress,
    });
    for (const record of batches) rollupStore.setBatch(ctx, record);
    rollupStore.setGenesis(ctx, chainId, bytes);
    rollupStore.setRollup(ctx, {
      chainId,
      creator,
      genesisSha256: sha256(bytes),
      challengeWindowBlocks: window,
      bond: bond.toString(),
      registeredHeight: count(r.registeredHeight, `${chainId}: registeredHeight`),
      lastNumber,
      validators: childValidatorsToProto(validators),
    });
    bonds += bond;
  }
  const held = deps.bank.getBalance(ctx, deps.accounts.moduleAddress(ROLLUP_MODULE), BOND_DENOM);
  // [REJECT] the rollup module account holds exactly the bonds
  if (held !== bonds)
    throw invalid(
      `the ${ROLLUP_MODULE} module account holds ${held}${BOND_DENOM} but the bonds total ${bonds}${BOND_DENOM}`,
    );
}

/** The rollup state in genesis form: params (when set), every chain (chain-id order) with its batches. Re-imports to the same state. */
export function exportRollupGenesis(ctx: Context): RollupGenesis {
  const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");
  return {
    ...(rollupStore.hasParams(ctx) ? { params: rollupParamsToJson(rollupStore.getParams(ctx)) } : {}),
    rollups: [...rollupStore.iterateRollups(ctx)].map((r: strata.rollup.v1.Rollup) => ({
      chainId: r.chainId,
      creator: r.creator,
      genesis: b64(rollupStore.getGenesis(ctx, r.chainId)!),
      challengeWindowBlocks: Number(r.challengeWindowBlocks),
      bond: r.bond,
      registeredHeight: Number(r.registeredHeight),
      lastNumber: Number(r.lastNumber),
      validators: r.validators.map((v) => ({ pubKey: b64(v.pubKey!), power: String(v.power) })),
      batches: [...rollupStore.iterateBatches(ctx, r.chainId)].map((b) => ({
        number: Number(b.number),
        header: b64(b.header),
        parentHeight: Number(b.parentHeight),
        submitter: b.submitter,
      })),
    })),
  };
}
