/** The L2 records: models, nodes, sessions and tasks, through the strata query extensions of `client/`. */
import {
  enumName,
  fetchTaskReport,
  ModelStatus,
  type ModelVersion,
  type Node,
  NodeStatus,
  Role,
  type Session,
  SessionStatus,
  type TaskReport,
  TaskStatus,
  Visibility,
} from "../../../client/index.js";
import type {
  ModelResponse,
  ModelRow,
  NodeResponse,
  NodeRow,
  SessionResponse,
  SessionRow,
  TaskResponse,
  TaskRow,
} from "../../shared/api.js";
import { reputationSeries } from "../../shared/series.js";
import {
  type ApiContext,
  badRequest,
  type ChainHandle,
  type L2Queries,
  l2Of,
  notFound,
  onChain,
  parseAddress,
} from "./context.js";

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

/** Settled reports kept (the oldest is dropped beyond it): a bound on the explorer's memory. */
const MAX_REPORTS = 5000;

/** Keeps a settled report (it never changes again). */
function rememberReport(ctx: ApiContext, r: TaskReport): void {
  ctx.reports.set(r.id, r);
  if (ctx.reports.size > MAX_REPORTS) ctx.reports.delete(ctx.reports.keys().next().value!);
}

/** Task reports of ids, settled ones from the cache. */
async function reportsOf(ctx: ApiContext, l2: ChainHandle & { queries: L2Queries }, ids: string[]) {
  const out: TaskReport[] = [];
  const todo = ids.filter((id) => !ctx.reports.has(id));
  for (let i = 0; i < todo.length; i += 8) {
    const got = await Promise.all(todo.slice(i, i + 8).map((id) => fetchTaskReport(l2.queries, id)));
    for (const r of got) if (r?.status === "SETTLED") rememberReport(ctx, r);
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
    if (report.status === "SETTLED") rememberReport(ctx, report);
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
