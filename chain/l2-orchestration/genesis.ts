import { moduleAddress } from "../core/modules/auth/index.js";
import type { GenesisDoc } from "../core/node/genesis.js";
import { NodeError, NodeErrorCode } from "../core/node/genesis.js";
import { MAX_CHILD_BLOCK_BYTES } from "../core/rollup/types.js";
import { buildCosmosGenesis, type L1GenesisInput } from "../l1/genesis.js";
import { DEFAULT_NODES_PARAMS } from "./modules/nodes/index.js";
import { L2_DENOM, NODES_ACCOUNT, SESSIONS_ACCOUNT } from "./shared/index.js";

/** Chain id of an L2 built without one. */
export const L2_DEFAULT_CHAIN_ID = "strata-l2-local";

type RoleName = "ROUTER" | "EXECUTOR" | "GUARD";
type ModelStatusName = "PENDING" | "VERIFIED" | "DEPRECATED";

/** A model version listed at genesis (its id is `name@version`). */
export interface L2GenesisModel {
  name: string;
  version: string;
  weightsSha256: string;
  weightsSize: number;
  format: string;
  quantization: string;
  tokenizerSha256?: string;
  storageUris: string[];
  /** ustra per 1,000 input tokens, decimal string. */
  priceInputPer1k: string;
  /** ustra per 1,000 output tokens, decimal string. */
  priceOutputPer1k: string;
  owner: string;
  license?: string;
  /** Default PUBLIC. */
  visibility?: "PUBLIC" | "PRIVATE";
  encryptedWeightsSha256?: string;
  parent?: string;
  /** Default VERIFIED (a model listed at genesis is trusted by whoever wrote the genesis). */
  status?: ModelStatusName;
}

/** A node registered at genesis; its stake comes out of its operator's funded balance. */
export interface L2GenesisNode {
  operator: string;
  roles: RoleName[];
  /** ed25519 receipt key, 32 bytes (base64 or raw). */
  pubkey: string | Uint8Array;
  endpoint?: string;
  models?: string[];
  capacity?: number;
  /** Asking price per 1,000 tokens, ustra decimal string; default "0". */
  pricePer1k?: string;
  hardware?: { cpu?: string; cores?: number; memoryBytes?: number; gpu?: string };
  /** Bonded stake in ustra. */
  stake: bigint;
}

/** A session open at genesis; its deposit comes out of its owner's funded balance. */
export interface L2GenesisSession {
  owner: string;
  /** Model version id `name@version` (listed in `models`). */
  model: string;
  /** Executors per task (k). */
  redundancy: number;
  /** Highest price per 1,000 tokens the owner accepts, ustra decimal string. */
  maxPricePer1k: string;
  /** sha256 of the API key (64 lowercase hex characters): the key itself is never on chain. */
  apiKeySha256: string;
  /** Escrowed ustra. */
  deposit: bigint;
  /** No task may be recorded at or after this height. */
  expiresHeight: number;
}

/** Inputs of {@link buildL2Genesis}: the L1 builder's inputs plus the L2 registries and params. */
export interface L2GenesisInput extends Omit<L1GenesisInput, "chainId"> {
  /** Default {@link L2_DEFAULT_CHAIN_ID}. */
  chainId?: string;
  models?: L2GenesisModel[];
  nodes?: L2GenesisNode[];
  /** Sessions OPEN at genesis, ids 1, 2, … in order; their deposits are held by the `sessions` module account. */
  sessions?: L2GenesisSession[];
  /**
   * Bridge params (ROLLUP.md, RULES.md "bridge"): the relayers allowed to mint parent deposits
   * (default none: nothing can be minted) and the parent chain id; the denom defaults to `ustra`.
   */
  bridge?: { relayers?: string[]; parentChainId?: string; denom?: string };
  /**
   * Per-module genesis sections merged over what the builder writes (module params: e.g.
   * `{ nodes: { params: { minStake: "5" } }, tasks: { params: { … } } }`).
   */
  modules?: Record<string, Record<string, unknown>>;
}

function invalid(message: string): NodeError {
  return new NodeError(NodeErrorCode.invalidGenesis, `invalid L2 genesis input: ${message}`);
}

function modelJson(m: L2GenesisModel): Record<string, unknown> {
  return {
    id: `${m.name}@${m.version}`,
    name: m.name,
    version: m.version,
    weightsSha256: m.weightsSha256,
    weightsSize: m.weightsSize,
    format: m.format,
    quantization: m.quantization,
    tokenizerSha256: m.tokenizerSha256 ?? "",
    storageUris: m.storageUris,
    priceInputPer_1k: m.priceInputPer1k,
    priceOutputPer_1k: m.priceOutputPer1k,
    owner: m.owner,
    license: m.license ?? "",
    visibility: `VISIBILITY_${m.visibility ?? "PUBLIC"}`,
    encryptedWeightsSha256: m.encryptedWeightsSha256 ?? "",
    parent: m.parent ?? "",
    status: `MODEL_STATUS_${m.status ?? "VERIFIED"}`,
    publishedHeight: 0,
  };
}

function nodeJson(n: L2GenesisNode, initialReputation: number): Record<string, unknown> {
  return {
    operator: n.operator,
    roles: n.roles.map((r) => `ROLE_${r}`),
    pubkey: typeof n.pubkey === "string" ? n.pubkey : Buffer.from(n.pubkey).toString("base64"),
    endpoint: n.endpoint ?? "",
    models: n.models ?? [],
    capacity: n.capacity ?? 0,
    pricePer_1k: n.pricePer1k ?? "0",
    ...(n.hardware ? { hardware: n.hardware } : {}),
    stake: n.stake.toString(),
    reputation: initialReputation,
    status: "NODE_STATUS_ACTIVE",
    registeredHeight: 0,
  };
}

function sessionJson(s: L2GenesisSession, i: number): Record<string, unknown> {
  return {
    id: i + 1,
    owner: s.owner,
    model: s.model,
    redundancy: s.redundancy,
    maxPricePer_1k: s.maxPricePer1k,
    apiKeySha256: s.apiKeySha256,
    routers: [],
    l3ChainId: "",
    balance: s.deposit.toString(),
    reserved: "0",
    spent: "0",
    deposited: s.deposit.toString(),
    openedHeight: 0,
    expiresHeight: s.expiresHeight,
    status: "SESSION_STATUS_OPEN",
    openTasks: 0,
    settledTasks: 0,
    closedHeight: 0,
  };
}

/**
 * Builds an L2 genesis document: the Cosmos part as the L1 builder makes it (funded accounts,
 * token metadata, staking validators) plus the `models` registry, the `nodes` registry and the L2
 * modules' params. A genesis node's stake is taken from its operator's funded balance and held by
 * the `nodes` module account (declared in auth as a module account), a genesis session's deposit from
 * its owner's balance and held by the `sessions` module account, so supply is the sum of the
 * input balances and the nodes module invariant holds from block 1.
 * @throws NodeError(invalidGenesis) for inconsistent validators or an operator that cannot fund its stake.
 */
export function buildL2Genesis(input: L2GenesisInput): GenesisDoc {
  const funded = new Map<string, bigint>();
  for (const a of input.accounts) funded.set(a.address, (funded.get(a.address) ?? 0n) + a.amount);
  let bonded = 0n;
  for (const n of input.nodes ?? []) {
    // [REJECT] a genesis node's operator must be funded with its stake
    const left = (funded.get(n.operator) ?? 0n) - n.stake;
    if (left < 0n) throw invalid(`node ${n.operator} is not funded with its stake ${n.stake}${L2_DENOM}`);
    funded.set(n.operator, left);
    bonded += n.stake;
  }
  let escrowed = 0n;
  for (const s of input.sessions ?? []) {
    // [REJECT] a genesis session's owner must be funded with its deposit
    const left = (funded.get(s.owner) ?? 0n) - s.deposit;
    if (left < 0n)
      throw invalid(`session of ${s.owner} is not funded with its deposit ${s.deposit}${L2_DENOM}`);
    funded.set(s.owner, left);
    escrowed += s.deposit;
  }
  // Operators keep what their stake leaves them; the first listing of an address keeps its order.
  const seen = new Set<string>();
  const accounts: { address: string; amount: bigint }[] = [];
  for (const a of input.accounts) {
    if (seen.has(a.address)) continue;
    seen.add(a.address);
    accounts.push({ address: a.address, amount: funded.get(a.address)! });
  }
  // Every L2 block is posted to L1 in one tx: the block size stays within what L1 registers.
  const maxBlockBytes = input.maxBlockBytes ?? MAX_CHILD_BLOCK_BYTES;
  const doc = buildCosmosGenesis(
    { ...input, chainId: input.chainId ?? L2_DEFAULT_CHAIN_ID, accounts, maxBlockBytes },
    "L2",
  );
  const appState = doc.appState as {
    auth: { accounts: Record<string, unknown>[] };
    bank: { balances: { address: string; coins: { denom: string; amount: string }[] }[] };
  } & Record<string, unknown>;
  // Zero balances are not minted (bank refuses a zero coin).
  appState.bank.balances = appState.bank.balances.filter((b) => b.coins.every((c) => c.amount !== "0"));
  if (bonded > 0n) {
    const address = moduleAddress(NODES_ACCOUNT);
    appState.auth.accounts.push({ address, moduleName: NODES_ACCOUNT, permissions: [] });
    appState.bank.balances.push({ address, coins: [{ denom: L2_DENOM, amount: bonded.toString() }] });
  }
  if (escrowed > 0n) {
    const address = moduleAddress(SESSIONS_ACCOUNT);
    appState.auth.accounts.push({ address, moduleName: SESSIONS_ACCOUNT, permissions: [] });
    appState.bank.balances.push({ address, coins: [{ denom: L2_DENOM, amount: escrowed.toString() }] });
  }
  const nodesSection = input.modules?.nodes ?? {};
  const params = (nodesSection.params ?? {}) as { initialReputation?: number };
  const initialReputation = params.initialReputation ?? DEFAULT_NODES_PARAMS.initialReputation;
  const l2: Record<string, Record<string, unknown>> = {
    models: { models: (input.models ?? []).map(modelJson) },
    nodes: { nodes: (input.nodes ?? []).map((n) => nodeJson(n, initialReputation)) },
    sessions: (input.sessions ?? []).length > 0 ? { sessions: (input.sessions ?? []).map(sessionJson) } : {},
    ...(input.bridge
      ? { bridge: { params: { ...input.bridge, relayers: [...(input.bridge.relayers ?? [])] } } }
      : {}),
  };
  for (const [name, section] of Object.entries(input.modules ?? {})) l2[name] = { ...l2[name], ...section };
  return { ...doc, appState: { ...appState, ...l2 } };
}
