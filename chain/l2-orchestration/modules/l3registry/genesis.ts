import type { Context } from "../../../core/app/context.js";
import {
  childValidatorsToProto,
  genesisBase64,
  genesisBatchRecords,
  genesisCount,
} from "../../../core/rollup/index.js";
import { isCanonicalAddress } from "../../shared/index.js";
import { L3RegistryCode, L3RegistryError } from "./errors.js";
import { type L3RegistryParamsJson, parseL3RegistryParams } from "./params.js";
import { checkAdminsAndHash, isL3ChainId, isL3Name, l3ValidatorSet } from "./registerL3.js";
import { l3registryStore } from "./store.js";

/** An anchored header in genesis JSON (SSZ `BatchHeader` as base64). */
export interface AnchoredHeaderJson {
  number: number;
  header: string;
  l2Height: number;
  submitter: string;
}

/** A registered L3 chain in genesis JSON. */
export interface GenesisL3ChainJson {
  chainId: string;
  name: string;
  creator?: string;
  admins: string[];
  /** sha256 of the L3 genesis.json, base64. */
  genesisSha256: string;
  registeredHeight?: number;
  /** The set the next header (lastNumber + 1) is checked against: ed25519 key (base64) and power. */
  validators: { pubKey: string; power: string }[];
  /** Last anchored number; headers 1..lastNumber must be listed. Default 0. */
  lastNumber?: number;
  headers?: AnchoredHeaderJson[];
}

/** Genesis section of the l3registry module. */
export interface L3RegistryGenesis {
  params?: L3RegistryParamsJson;
  chains?: GenesisL3ChainJson[];
}

function invalid(message: string): L3RegistryError {
  return new L3RegistryError(L3RegistryCode.invalidGenesis, message);
}

const fields = { invalid };

function base64(value: unknown, what: string): Uint8Array {
  return genesisBase64(value, what, fields);
}

function count(value: unknown, what: string): number {
  return genesisCount(value, what, fields);
}

/**
 * Loads params and registered L3 chains with their anchored headers; each chain follows the
 * registration rules ([l3r-1]..[l3r-4]) and its headers are 1..lastNumber chained by `prevHeaderRoot`.
 * @throws L3RegistryError(invalidGenesis) naming the bad entry.
 */
export function initL3RegistryGenesis(ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as L3RegistryGenesis;
  // Params are stored only when set, so an L2 without L3s keeps its earlier state root.
  if (genesis.params !== undefined) l3registryStore.setParams(ctx, parseL3RegistryParams(genesis.params));
  for (const c of genesis.chains ?? []) {
    const chainId = c.chainId;
    // [l3r-1]
    if (typeof chainId !== "string" || !isL3ChainId(chainId))
      throw invalid(`chain id ${JSON.stringify(chainId)}`);
    if (chainId === ctx.block.chainId) throw invalid(`${chainId} is this chain's own id`);
    if (l3registryStore.getChain(ctx, chainId)) throw invalid(`${chainId} listed twice`);
    if (typeof c.name !== "string" || !isL3Name(c.name))
      throw invalid(`${chainId}: name ${JSON.stringify(c.name)}`);
    if (l3registryStore.chainIdByName(ctx, c.name) !== undefined)
      throw invalid(`${chainId}: name ${c.name} taken`);
    const creator = c.creator ?? "";
    if (creator !== "" && !isCanonicalAddress(creator))
      throw invalid(`${chainId}: creator is not an account address`);
    // [l3r-3] [l3r-4]
    const admins = Array.isArray(c.admins) ? c.admins : [];
    const sha = base64(c.genesisSha256, `${chainId}: genesisSha256`);
    try {
      checkAdminsAndHash(admins, sha, L3RegistryCode.invalidGenesis);
    } catch (err) {
      throw invalid(`${chainId}: ${(err as Error).message}`);
    }
    // [l3r-2]
    const validators = l3ValidatorSet(
      (c.validators ?? []).map((v, i) => ({
        pubKey: base64(v.pubKey, `${chainId}: validator ${i} pubKey`),
        power: /^[1-9][0-9]{0,15}$/.test(String(v.power)) ? Number(v.power) : 0,
      })),
      L3RegistryCode.invalidGenesis,
    );
    const lastNumber = count(c.lastNumber, `${chainId}: lastNumber`);
    const headers = genesisBatchRecords(chainId, c.headers ?? [], lastNumber, {
      ...fields,
      noun: "header",
      nouns: "headers",
      headerWhat: (number) => `${chainId}: header ${number}`,
      parentHeight: (h) => ({ value: h.l2Height, name: "l2Height" }),
      isAddress: isCanonicalAddress,
    });
    for (const record of headers) l3registryStore.setHeader(ctx, record);
    l3registryStore.setChain(ctx, {
      chainId,
      name: c.name,
      creator,
      admins: [...admins],
      genesisSha256: sha,
      registeredHeight: count(c.registeredHeight, `${chainId}: registeredHeight`),
      lastNumber,
      validators: childValidatorsToProto(validators),
    });
  }
}

/** The l3registry state in genesis form (params when set, chains in chain-id order with their headers); re-imports to the same state. */
export function exportL3RegistryGenesis(ctx: Context): L3RegistryGenesis {
  const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");
  return {
    ...(l3registryStore.hasParams(ctx) ? { params: l3registryStore.getParams(ctx) } : {}),
    chains: [...l3registryStore.iterateChains(ctx)].map((c) => ({
      chainId: c.chainId,
      name: c.name,
      creator: c.creator,
      admins: [...c.admins],
      genesisSha256: b64(c.genesisSha256),
      registeredHeight: Number(c.registeredHeight),
      validators: c.validators.map((v) => ({ pubKey: b64(v.pubKey!), power: String(v.power) })),
      lastNumber: Number(c.lastNumber),
      headers: [...l3registryStore.iterateHeaders(ctx, c.chainId)].map((h) => ({
        number: Number(h.number),
        header: b64(h.header),
        l2Height: Number(h.parentHeight),
        submitter: h.submitter,
      })),
    })),
  };
}
