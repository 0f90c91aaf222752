/**
 * The explorer's JSON API: one function per page, each reading the chains through their RPC and the
 * strata query extensions of `client/` and answering the shapes of `shared/api.ts`. Nothing here is
 * stored beyond the activity cache; every value comes from the chain at request time.
 */
import { sha256 } from "@cosmjs/crypto";
import { fromBech32, toHex } from "@cosmjs/encoding";
import type { Registry } from "@cosmjs/proto-signing";
import type { BankExtension, DistributionExtension, QueryClient, StakingExtension } from "@cosmjs/stargate";
import { isStrataError } from "../../chain/core/errors/index.js";
import {
  enumName,
  fetchTaskReport,
  isNotFoundError,
  ModelStatus,
  type ModelsExtension,
  type ModelVersion,
  type Node,
  NodeStatus,
  type NodesExtension,
  Role,
  type ScoresExtension,
  type Session,
  SessionStatus,
  type SessionsExtension,
  type SettlementExtension,
  type TaskReport,
  TaskStatus,
  type TasksExtension,
  Visibility,
} from "../../client/index.js";
import type {
  AccountChain,
  AccountResponse,
  BlockResponse,
  ChainOverview,
  EventJson,
  L3ChainResponse,
  L3ChainRow,
  L3Response,
  ModelResponse,
  ModelRow,
  NodeResponse,
  NodeRow,
  OverviewResponse,
  SearchHit,
  SearchResponse,
  SessionResponse,
  SessionRow,
  TaskResponse,
  TaskRow,
  TxResponse,
} from "../shared/api.js";
import { classifySearch } from "../shared/search.js";
import {
  blockTimeSeries,
  perMinuteSeries,
  reputationSeries,
  txRateSeries,
  verdictCounts,
} from "../shared/series.js";
import type { Activity } from "./activity.js";
import { decodeTx, messageTypes } from "./decode.js";
import { ExplorerError, ExplorerErrorCode } from "./errors.js";
import { anchoredHeaderRow, isUnknownService, l3ChainRow, l3RegistryQuery } from "./l3.js";
import { type ChainRpc, isMissing } from "./rpc.js";
import type { ChainWatcher } from "./watch.js";

/** Cosmos queries every chain answers. */
export type CosmosQueries = QueryClient & BankExtension & StakingExtension & DistributionExtension;
/** Cosmos and strata L2 queries. */
export type L2Queries = CosmosQueries &
  ModelsExtension &
  NodesExtension &
  SessionsExtension &
  TasksExtension &
  ScoresExtension &
  SettlementExtension;

/** One chain the explorer reads. */
export interface ChainHandle {
  key: string;
  rpc: ChainRpc;
  watcher: ChainWatcher;
  queries: CosmosQueries;
}

/** What the API reads from. */
export interface ApiContext {
  l1: ChainHandle;
  l2?: ChainHandle & { queries: L2Queries };
  activity: Activity;
  registry: Registry;
  /** Chain ids by chain key, read once from `status`. */
  chainIds: Map<string, string>;
  /** Settled task reports (they never change again), by id. */
  reports: Map<string, TaskReport>;
}

const notFound = (what: string) => new ExplorerError(ExplorerErrorCode.notFound, `${what} not found`);
const badRequest = (what: string) => new ExplorerError(ExplorerErrorCode.badRequest, what);

/** The handle of a chain key. @throws ExplorerError notFound for an unknown key. */
function chainOf(ctx: ApiContext, key: string): ChainHandle {
  if (key === "l1") return ctx.l1;
  if (key === "l2" && ctx.l2) return ctx.l2;
  throw notFound(`chain ${JSON.stringify(key)}`);
}

function l2Of(ctx: ApiContext): ChainHandle & { queries: L2Queries } {
  if (!ctx.l2) throw new ExplorerError(ExplorerErrorCode.notFound, "this explorer has no L2 chain (--l2)");
  return ctx.l2;
}

/**
 * Runs `fn` against a chain: refused at once while the chain is down, and a connection failure
 * during the call becomes `chainDown` (a query client's own errors name no chain).
 */
async function onChain<T>(chain: ChainHandle, fn: () => Promise<T>): Promise<T> {
  if (!chain.watcher.up()) {
    throw new ExplorerError(
      ExplorerErrorCode.chainDown,
      chain.watcher.error() ?? `${chain.key} is down`,
      chain.key,
    );
  }
  try {
    return await fn();
  } catch (err) {
    if (isStrataError(err)) throw err;
    const text = String((err as Error)?.message ?? err);
    if (/ECONNREFUSED|ECONNRESET|fetch failed|socket hang up|timeout|aborted/i.test(text))
      throw new ExplorerError(
        ExplorerErrorCode.chainDown,
        `${chain.key} does not answer (${text})`,
        chain.key,
      );
    throw err;
  }
}

function parseHeight(s: string): number {
  // [REJECT] a height is a positive whole number
  if (!/^\d{1,15}$/.test(s) || Number(s) < 1) throw badRequest(`not a block height: ${JSON.stringify(s)}`);
  return Number(s);
}

function parseHash(s: string): string {
  // [REJECT] a hash is 64 hex digits
  if (!/^(0x)?[0-9a-fA-F]{64}$/.test(s)) throw badRequest(`not a hash (64 hex digits): ${JSON.stringify(s)}`);
  return s.replace(/^0x/, "").toUpperCase();
}

function parseAddress(s: string): string {
  try {
    // [REJECT] an address is lowercase bech32 (ARCHITECTURE: one account, one spelling)
    if (s !== s.toLowerCase()) throw new Error("not lowercase");
    fromBech32(s, 90);
    return s;
  } catch {
    throw badRequest(`not an address: ${JSON.stringify(s)}`);
  }
}

function events(list: { type: string; attributes: { key: string; value: string }[] }[] | null): EventJson[] {
  return (list ?? []).map((e) => ({
    type: e.type,
    attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })),
  }));
}

// ---------------------------------------------------------------- overview

interface RpcValidator {
  address: string;
  voting_power: string;
}

async function chainOverview(ctx: ApiContext, chain: ChainHandle): Promise<ChainOverview> {
  const blocks = ctx.activity.blocks(chain.key);
  const last = blocks[blocks.length - 1];
  const base: ChainOverview = {
    key: chain.key,
    chainId: ctx.chainIds.get(chain.key) ?? "",
    url: chain.rpc.url,
    up: chain.watcher.up(),
    height: Math.max(chain.watcher.height(), last?.height ?? 0),
    latestTime: last?.time ?? "",
    validators: [],
    totalPower: "0",
    recent: blocks.slice(-20).reverse(),
    blockTime: blockTimeSeries(blocks),
    txRate: txRateSeries(blocks),
  };
  if (!base.up) return { ...base, error: chain.watcher.error() ?? "down" };
  try {
    const [vals, commit] = await Promise.all([
      chain.rpc.call<{ validators: RpcValidator[] }>("validators", { per_page: "100" }),
      chain.rpc.call<{
        signed_header: { commit: { signatures: { validator_address: string; block_id_flag: number }[] } };
      }>("commit", {}),
    ]);
    const signed = new Set(
      commit.signed_header.commit.signatures
        .filter((s) => s.block_id_flag === 2)
        .map((s) => s.validator_address),
    );
    const monikers = await validatorNames(chain).catch(
      () => new Map<string, { moniker: string; operator: string }>(),
    );
    base.validators = vals.validators.map((v) => ({
      address: v.address,
      power: v.voting_power,
      ...(monikers.get(v.address) ?? {}),
      signedLast: signed.has(v.address),
    }));
    base.totalPower = vals.validators.reduce((s, v) => s + BigInt(v.voting_power), 0n).toString();
  } catch (err) {
    return { ...base, up: false, error: (err as Error).message };
  }
  return base;
}

/** Monikers and operators of the bonded validators, by consensus address (sha256(pubkey)[:20]). */
async function validatorNames(
  chain: ChainHandle,
): Promise<Map<string, { moniker: string; operator: string }>> {
  const r = await chain.queries.staking.validators("BOND_STATUS_BONDED");
  const out = new Map<string, { moniker: string; operator: string }>();
  for (const v of r.validators) {
    const pk = v.consensusPubkey;
    if (!pk) continue;
    // An ed25519 PubKey message: field 1, length-prefixed 32 bytes.
    const key = pk.value.length === 34 ? pk.value.slice(2) : pk.value;
    out.set(toHex(sha256(key).slice(0, 20)).toUpperCase(), {
      moniker: v.description?.moniker ?? "",
      operator: v.operatorAddress,
    });
  }
  return out;
}

/** The overview: each chain, and L2 task activity over the kept blocks. */
export async function overview(ctx: ApiContext): Promise<OverviewResponse> {
  const chains = await Promise.all([ctx.l1, ...(ctx.l2 ? [ctx.l2] : [])].map((c) => chainOverview(ctx, c)));
  if (!ctx.l2) return { chains };
  const ev = ctx.activity.taskEvents();
  const tasks = ev.flatMap((e) => e.recorded.map(() => ({ time: e.time })));
  const lastTime = Date.parse(ev[ev.length - 1]?.time ?? "");
  return {
    chains,
    activity: {
      fromHeight: ev[0]?.height ?? 0,
      toHeight: ev[ev.length - 1]?.height ?? 0,
      tasks: tasks.length,
      // Minutes up to the last block's (the chain's clock, not the explorer's).
      tasksPerMinute: perMinuteSeries(tasks, Number.isNaN(lastTime) ? 0 : lastTime),
      verdicts: verdictCounts(ev.flatMap((e) => e.verdicts.map((v) => v.verdict))),
    },
  };
}

// ---------------------------------------------------------------- blocks and txs

interface RpcBlock {
  block_id: { hash: string };
  block: {
    header: {
      height: string;
      time: string;
      proposer_address: string;
      app_hash: string;
      last_commit_hash: string;
    };
    data: { txs: string[] | null };
    last_commit: { signatures: { validator_address: string; block_id_flag: number }[] } | null;
  };
}

/** A block with its transactions (hash, result, gas, message types), signatures and block events. */
export async function block(ctx: ApiContext, chainKey: string, heightText: string): Promise<BlockResponse> {
  const chain = chainOf(ctx, chainKey);
  const height = parseHeight(heightText);
  return onChain(chain, async () => {
    let b: RpcBlock;
    let r: {
      txs_results: { code: number; gas_used: string; gas_wanted: string }[] | null;
      finalize_block_events: EventJson[] | null;
    };
    try {
      [b, r] = await Promise.all([
        chain.rpc.call<RpcBlock>("block", { height: String(height) }),
        chain.rpc.call<typeof r>("block_results", { height: String(height) }),
      ]);
    } catch (err) {
      if (isMissing(err)) throw notFound(`${chain.key} block ${height}`);
      throw err;
    }
    const txs = (b.block.data.txs ?? []).map((t, i) => {
      const bytes = Buffer.from(t, "base64");
      const res = r.txs_results?.[i];
      return {
        hash: toHex(sha256(bytes)).toUpperCase(),
        code: res?.code ?? 0,
        gasUsed: res?.gas_used ?? "0",
        gasWanted: res?.gas_wanted ?? "0",
        messages: messageTypes(bytes),
      };
    });
    return {
      chain: chain.key,
      chainId: ctx.chainIds.get(chain.key) ?? "",
      meta: {
        height,
        hash: b.block_id.hash,
        time: b.block.header.time,
        numTxs: txs.length,
        proposer: b.block.header.proposer_address,
      },
      appHash: b.block.header.app_hash,
      lastCommitHash: b.block.header.last_commit_hash,
      txs,
      signatures: (b.block.last_commit?.signatures ?? []).map((s) => ({
        validator: s.validator_address,
        signed: s.block_id_flag === 2,
      })),
      events: events(r.finalize_block_events),
    };
  });
}

interface RpcTx {
  hash: string;
  height: string;
  index: number;
  tx: string;
  tx_result: {
    code: number;
    codespace: string;
    log: string;
    gas_wanted: string;
    gas_used: string;
    events: EventJson[];
  };
}

/** A transaction: decoded messages, fee, memo, result, gas and events. */
export async function tx(ctx: ApiContext, chainKey: string, hashText: string): Promise<TxResponse> {
  const chain = chainOf(ctx, chainKey);
  const hash = parseHash(hashText);
  return onChain(chain, async () => {
    let t: RpcTx;
    try {
      t = await chain.rpc.call<RpcTx>("tx", { hash: `0x${hash}` });
    } catch (err) {
      if (isMissing(err)) throw notFound(`${chain.key} transaction ${hash}`);
      throw err;
    }
    const decoded = decodeTx(ctx.registry, Buffer.from(t.tx, "base64"));
    return {
      chain: chain.key,
      hash: t.hash,
      height: Number(t.height),
      index: t.index,
      code: t.tx_result.code,
      codespace: t.tx_result.codespace,
      log: t.tx_result.log,
      gasWanted: t.tx_result.gas_wanted,
      gasUsed: t.tx_result.gas_used,
      memo: decoded.memo,
      fee: decoded.fee,
      messages: decoded.messages,
      events: events(t.tx_result.events),
    };
  });
}

// ---------------------------------------------------------------- L2 records as rows

function n(v: unknown): number {
  return Number(v ?? 0);
}

/** A session record as a row. */
export function sessionRow(s: Session): SessionRow {
  return {
    id: n(s.id),
    owner: s.owner,
    model: s.model,
    status: enumName(SessionStatus, s.status),
    redundancy: s.redundancy,
    balance: s.balance,
    reserved: s.reserved,
    spent: s.spent,
    deposited: s.deposited,
    openedHeight: n(s.openedHeight),
    expiresHeight: n(s.expiresHeight),
    openTasks: n(s.openTasks),
    settledTasks: n(s.settledTasks),
    routers: [...s.routers],
  };
}

/** A node record as a row. */
export function nodeRow(x: Node): NodeRow {
  return {
    operator: x.operator,
    roles: x.roles.map((r) => enumName(Role, r)),
    status: enumName(NodeStatus, x.status),
    stake: x.stake,
    reputation: n(x.reputation),
    endpoint: x.endpoint,
    models: [...x.models],
    pricePer_1k: x.pricePer_1k,
    tasksSettled: n(x.tasksSettled),
    tasksFaulted: n(x.tasksFaulted),
    slashedTotal: x.slashedTotal || "0",
    registeredHeight: n(x.registeredHeight),
    jailedUntilHeight: n(x.jailedUntilHeight),
  };
}

/** A model version as a row. */
export function modelRow(m: ModelVersion): ModelRow {
  return {
    id: m.id,
    name: m.name,
    version: m.version,
    status: enumName(ModelStatus, m.status),
    weightsSha256: m.weightsSha256,
    weightsSize: String(m.weightsSize),
    format: m.format,
    quantization: m.quantization,
    owner: m.owner,
    parent: m.parent,
    priceInputPer_1k: m.priceInputPer_1k,
    priceOutputPer_1k: m.priceOutputPer_1k,
    publishedHeight: n(m.publishedHeight),
    verifiedBy: m.verifiedBy,
    verifiedHeight: n(m.verifiedHeight),
    deprecatedHeight: n(m.deprecatedHeight),
    license: m.license,
    visibility: enumName(Visibility, m.visibility),
    storageUris: [...m.storageUris],
  };
}

// ---------------------------------------------------------------- account

/** DecCoin amounts carry 18 decimals; the whole part. */
function decToInt(amount: string): string {
  return amount.length > 18 ? amount.slice(0, -18) : "0";
}

async function accountOn(chain: ChainHandle, address: string): Promise<AccountChain> {
  const empty = { key: chain.key, balances: [], delegations: [], rewards: [] };
  try {
    return await onChain(chain, async () => {
      const q = chain.queries;
      const [balances, delegations, rewards] = await Promise.all([
        q.bank.allBalances(address),
        q.staking.delegatorDelegations(address).catch(() => ({ delegationResponses: [] })),
        q.distribution.delegationTotalRewards(address).catch(() => ({ total: [] })),
      ]);
      return {
        key: chain.key,
        up: true,
        balances: balances.map((c) => ({ denom: c.denom, amount: c.amount })),
        delegations: delegations.delegationResponses.map((d) => ({
          validator: d.delegation.validatorAddress,
          amount: { denom: d.balance.denom, amount: d.balance.amount },
        })),
        rewards: rewards.total.map((c) => ({ denom: c.denom, amount: decToInt(c.amount) })),
      };
    });
  } catch (err) {
    if (err instanceof ExplorerError && err.code === ExplorerErrorCode.chainDown)
      return { ...empty, up: false, error: err.message };
    throw err;
  }
}

/** An account on every chain: balances, delegations, rewards; on L2 its sessions and its node. */
export async function account(ctx: ApiContext, addressText: string): Promise<AccountResponse> {
  const address = parseAddress(addressText);
  const chains = await Promise.all([ctx.l1, ...(ctx.l2 ? [ctx.l2] : [])].map((c) => accountOn(c, address)));
  let sessions: SessionRow[] = [];
  let node: NodeRow | null = null;
  const l2 = ctx.l2;
  if (l2?.watcher.up()) {
    const [s, x] = await onChain(l2, () =>
      Promise.all([l2.queries.sessions.list({ owner: address }), l2.queries.nodes.node(address)]),
    ).catch(() => [null, null] as const);
    sessions = s ? s.sessions.map(sessionRow) : [];
    node = x ? nodeRow(x) : null;
  }
  return { address, chains, sessions, node };
}

// ---------------------------------------------------------------- models, nodes, sessions

/** Every model version (first 200). */
export async function models(ctx: ApiContext): Promise<{ models: ModelRow[] }> {
  const l2 = l2Of(ctx);
  const r = await onChain(l2, () => l2.queries.models.list({ page: { limit: 200 } }));
  return { models: r.models.map(modelRow) };
}

/** A model version, its name's history and its lineage through `parent`. */
export async function model(ctx: ApiContext, id: string): Promise<ModelResponse> {
  const l2 = l2Of(ctx);
  // [REJECT] model ids are name@version
  if (!/^[^@\s]{1,128}@[^@\s]{1,128}$/.test(id))
    throw badRequest(`not a model id (name@version): ${JSON.stringify(id)}`);
  return onChain(l2, async () => {
    const m = await l2.queries.models.model(id);
    if (!m) throw notFound(`model ${id}`);
    const history = await l2.queries.models.history(m.name);
    const lineage: ModelRow[] = [];
    let parent = m.parent;
    const seen = new Set([m.id]);
    while (parent && !seen.has(parent) && lineage.length < 16) {
      seen.add(parent);
      const p = await l2.queries.models.model(parent);
      if (!p) break;
      lineage.push(modelRow(p));
      parent = p.parent;
    }
    return { model: modelRow(m), history: history.map(modelRow), lineage };
  });
}

/** Every registered node (first 200). */
export async function nodes(ctx: ApiContext): Promise<{ nodes: NodeRow[] }> {
  const l2 = l2Of(ctx);
  const r = await onChain(l2, () => l2.queries.nodes.list({ page: { limit: 200 } }));
  return { nodes: r.nodes.map(nodeRow) };
}

/** Task reports of ids, settled ones from the cache. */
async function reportsOf(ctx: ApiContext, l2: ChainHandle & { queries: L2Queries }, ids: string[]) {
  const out: TaskReport[] = [];
  const todo = ids.filter((id) => !ctx.reports.has(id));
  for (let i = 0; i < todo.length; i += 8) {
    const got = await Promise.all(todo.slice(i, i + 8).map((id) => fetchTaskReport(l2.queries, id)));
    for (const r of got) if (r?.status === "SETTLED") ctx.reports.set(r.id, r);
    for (const r of got) if (r && r.status !== "SETTLED") out.push(r);
  }
  for (const id of ids) {
    const r = ctx.reports.get(id);
    if (r) out.push(r);
  }
  return out;
}

/** A node: its record, reputation over time, its recent tasks, earnings and slashes. */
export async function node(ctx: ApiContext, addressText: string): Promise<NodeResponse> {
  const l2 = l2Of(ctx);
  const address = parseAddress(addressText);
  return onChain(l2, async () => {
    const x = await l2.queries.nodes.node(address);
    if (!x) throw notFound(`node ${address}`);
    const row = nodeRow(x);
    const ev = ctx.activity.taskEvents();
    const ids = ev.flatMap((e) => e.recorded.map((r) => r.id)).slice(-100);
    const reports = await reportsOf(ctx, l2, ids);
    const tasks: NodeResponse["tasks"] = [];
    const slashes: NodeResponse["slashes"] = [];
    let earned = 0n;
    for (const r of reports) {
      const roles = [
        ...(r.router === address ? ["router"] : []),
        ...(r.receipts.some((x) => x.executor === address) ? ["executor"] : []),
        ...(r.guards.includes(address) ? ["guard"] : []),
      ];
      if (roles.length === 0) continue;
      const paid = r.payments
        .filter((p) => p.recipient === address)
        .reduce((s, p) => s + BigInt(p.amount), 0n);
      const slashed = r.slashes.filter((s) => s.node === address);
      earned += paid;
      for (const s of slashed)
        slashes.push({ task: r.id, amount: s.amount, reason: s.reason, jailed: s.jailed });
      tasks.push({
        id: r.id,
        roles,
        verdict: r.verdict,
        earned: paid.toString(),
        slashed: slashed.reduce((s, v) => s + BigInt(v.amount), 0n).toString(),
      });
    }
    const samples = ctx.activity.reputation(address);
    const tip = l2.watcher.height();
    const series = reputationSeries([...samples, { height: tip, reputation: row.reputation }]);
    return {
      node: row,
      reputation: series,
      tasks: tasks.reverse(),
      earned: earned.toString(),
      slashes,
      window: { fromHeight: ev[0]?.height ?? 0, toHeight: ev[ev.length - 1]?.height ?? 0 },
    };
  });
}

/** Every session (first 200). */
export async function sessions(ctx: ApiContext): Promise<{ sessions: SessionRow[] }> {
  const l2 = l2Of(ctx);
  const r = await onChain(l2, () => l2.queries.sessions.list({ page: { limit: 200 } }));
  return { sessions: r.sessions.map(sessionRow) };
}

/** A session and its tasks (the latest 100). */
export async function session(ctx: ApiContext, idText: string): Promise<SessionResponse> {
  const l2 = l2Of(ctx);
  // [REJECT] a session id is a positive whole number
  if (!/^\d{1,15}$/.test(idText) || Number(idText) < 1)
    throw badRequest(`not a session id: ${JSON.stringify(idText)}`);
  const id = Number(idText);
  return onChain(l2, async () => {
    const s = await l2.queries.sessions.session(id);
    if (!s) throw notFound(`session ${id}`);
    const list = await l2.queries.tasks.list({ sessionId: id, page: { limit: 100, reverse: true } });
    const tasks: TaskRow[] = [];
    for (const t of list.tasks) {
      const settled = ctx.reports.get(t.id);
      tasks.push({
        id: t.id,
        sessionId: n(t.sessionId),
        status: enumName(TaskStatus, t.status),
        recordedHeight: n(t.recordedHeight),
        verdict: settled?.verdict ?? null,
        charge: settled?.settlement?.charge ?? null,
      });
    }
    return { session: sessionRow(s), tasks };
  });
}

/** A task's report (receipts, reveals, scores, verdict, payments) and the tx that recorded it. */
export async function task(ctx: ApiContext, idText: string): Promise<TaskResponse> {
  const l2 = l2Of(ctx);
  // [REJECT] a task id is 64 hex digits
  if (!/^[0-9a-fA-F]{64}$/.test(idText))
    throw badRequest(`not a task id (64 hex digits): ${JSON.stringify(idText)}`);
  const id = idText.toLowerCase();
  return onChain(l2, async () => {
    const report = ctx.reports.get(id) ?? (await fetchTaskReport(l2.queries, id));
    if (!report) throw notFound(`task ${id}`);
    if (report.status === "SETTLED") ctx.reports.set(id, report);
    const found = await l2.rpc
      .call<{ txs: { hash: string }[] }>("tx_search", { query: `record_task.id='${id}'`, per_page: "1" })
      .catch(() => ({ txs: [] }));
    return {
      report,
      recordedTx: found.txs[0]?.hash ?? null,
      paymentsTotal: report.payments.reduce((s, p) => s + BigInt(p.amount), 0n).toString(),
    };
  });
}

/** L3 chains registered on L2 (the `l3registry` module), or why there are none. */
export async function l3(ctx: ApiContext): Promise<L3Response> {
  const l2 = ctx.l2;
  if (!l2)
    return {
      available: false,
      registered: false,
      message: "No L3 chains: this explorer watches no L2 chain (--l2).",
      chains: [],
    };
  return onChain(l2, async () => {
    let chains: L3ChainRow[];
    try {
      const r = await l3RegistryQuery(l2.queries).chains({ pagination: { limit: 200 } });
      chains = r.chains.map(l3ChainRow);
    } catch (err) {
      if (!isUnknownService(err)) throw err;
      return {
        available: false,
        registered: false,
        message:
          "No L3 chains are registered: this L2 has no L3 registry, so there are no anchored headers or audit events to show.",
        chains: [],
      };
    }
    return {
      available: true,
      registered: chains.length > 0,
      message:
        chains.length > 0
          ? `${chains.length} L3 chain(s) registered on L2.`
          : "No L3 chains are registered on this L2 yet.",
      chains,
    };
  });
}

/** One L3 chain: its record, its latest 20 anchored headers and the L2 transactions about it. */
export async function l3Chain(ctx: ApiContext, chainId: string): Promise<L3ChainResponse> {
  const l2 = l2Of(ctx);
  // [REJECT] chain ids are short names of letters, digits, '.', '_' and '-'
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(chainId))
    throw badRequest(`not an L3 chain id: ${JSON.stringify(chainId)}`);
  return onChain(l2, async () => {
    const q = l3RegistryQuery(l2.queries);
    let record: L3ChainRow;
    try {
      const r = await q.chain({ chainId });
      if (!r.chain) throw notFound(`L3 chain ${chainId}`);
      record = l3ChainRow(r.chain);
    } catch (err) {
      if (isUnknownService(err) || isNotFoundError(err)) throw notFound(`L3 chain ${chainId}`);
      throw err;
    }
    const from = Math.max(1, record.lastNumber - 19);
    const headers =
      record.lastNumber > 0
        ? (await q.headers({ chainId, fromNumber: from, pagination: { limit: 20 } })).headers
            .map(anchoredHeaderRow)
            .reverse()
        : [];
    const search = async (query: string) =>
      (
        await l2.rpc
          .call<{ txs: { hash: string; height: string }[] }>("tx_search", { query, per_page: "1" })
          .catch(() => ({ txs: [] }))
      ).txs[0];
    const audit: L3ChainResponse["audit"] = [];
    const reg = await search(`l3_register.chain_id='${chainId}'`);
    if (reg) audit.push({ kind: "registered", height: Number(reg.height), tx: reg.hash });
    for (const h of [...new Set(headers.map((x) => x.l2Height))].slice(0, 20)) {
      const t = await search(`message.action='/strata.l3registry.v1.MsgAnchorL3Headers' AND tx.height=${h}`);
      if (t) audit.push({ kind: "headers anchored", height: h, tx: t.hash });
    }
    return { chain: record, headers, audit };
  });
}

// ---------------------------------------------------------------- search

/** Which pages a search string names: every candidate of its spelling that exists on a chain. */
export async function search(ctx: ApiContext, q: string): Promise<SearchResponse> {
  const query = q.trim().slice(0, 200);
  const hits: SearchHit[] = [];
  const down = new Set<string>();
  const chains = [ctx.l1, ...(ctx.l2 ? [ctx.l2] : [])];
  const attempt = async (chain: ChainHandle, fn: () => Promise<void>) => {
    try {
      await onChain(chain, fn);
    } catch (err) {
      if (err instanceof ExplorerError && err.code === ExplorerErrorCode.chainDown) down.add(chain.key);
      else if (!isMissing(err) && !(err instanceof ExplorerError && err.code === ExplorerErrorCode.notFound))
        throw err;
    }
  };
  for (const c of classifySearch(query)) {
    switch (c.kind) {
      case "height":
        for (const chain of chains) {
          await attempt(chain, async () => {
            await chain.rpc.call("blockchain", { minHeight: String(c.height), maxHeight: String(c.height) });
            hits.push({
              kind: "block",
              label: `${chain.key.toUpperCase()} block ${c.height}`,
              path: `/block/${chain.key}/${c.height}`,
            });
          });
        }
        break;
      case "session":
        if (ctx.l2) {
          const l2 = ctx.l2;
          await attempt(l2, async () => {
            if (await l2.queries.sessions.session(c.id))
              hits.push({ kind: "session", label: `session ${c.id}`, path: `/session/${c.id}` });
          });
        }
        break;
      case "tx":
        for (const chain of chains) {
          await attempt(chain, async () => {
            await chain.rpc.call("tx", { hash: `0x${c.hash}` });
            hits.push({
              kind: "tx",
              label: `${chain.key.toUpperCase()} transaction ${c.hash}`,
              path: `/tx/${chain.key}/${c.hash}`,
            });
          });
        }
        break;
      case "block-hash":
        for (const chain of chains) {
          await attempt(chain, async () => {
            const r = await chain.rpc.call<{ block: { header: { height: string } } | null }>(
              "block_by_hash",
              {
                hash: `0x${c.hash}`,
              },
            );
            if (r.block) {
              const h = r.block.header.height;
              hits.push({
                kind: "block",
                label: `${chain.key.toUpperCase()} block ${h}`,
                path: `/block/${chain.key}/${h}`,
              });
            }
          });
        }
        break;
      case "task":
        if (ctx.l2) {
          const l2 = ctx.l2;
          await attempt(l2, async () => {
            if (await l2.queries.tasks.task(c.id))
              hits.push({ kind: "task", label: `task ${c.id}`, path: `/task/${c.id}` });
          });
        }
        break;
      case "account": {
        let valid = true;
        try {
          fromBech32(c.address, 90);
        } catch {
          valid = false;
        }
        if (valid) {
          hits.push({ kind: "account", label: `account ${c.address}`, path: `/account/${c.address}` });
          if (ctx.l2) {
            const l2 = ctx.l2;
            await attempt(l2, async () => {
              if (await l2.queries.nodes.node(c.address))
                hits.push({ kind: "node", label: `node ${c.address}`, path: `/node/${c.address}` });
            });
          }
        }
        break;
      }
      case "model":
        if (ctx.l2) {
          const l2 = ctx.l2;
          await attempt(l2, async () => {
            if (await l2.queries.models.model(c.id))
              hits.push({
                kind: "model",
                label: `model ${c.id}`,
                path: `/model/${encodeURIComponent(c.id)}`,
              });
          });
        }
        break;
    }
  }
  return { query, hits, down: [...down] };
}
