/** L3 chains as the L2 `l3registry` module records them (see `../l3.ts` for the decoding). */

import { errorMessage } from "../../../chain/core/errors/index.js";
import { isNotFoundError } from "../../../client/index.js";
import type { L3AuditResponse, L3ChainResponse, L3ChainRow, L3Response } from "../../shared/api.js";
import {
  anchoredHeaderRow,
  isUnknownService,
  l3AuditRows,
  l3ChainRow,
  l3EpochRow,
  l3RegistryQuery,
} from "../l3.js";
import { type ApiContext, badRequest, l2Of, notFound, onChain } from "./context.js";

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
  // [REJECT] chain ids are short names of letters, digits, '.', '_' and '-'
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(chainId))
    throw badRequest(`not an L3 chain id: ${JSON.stringify(chainId)}`);
  // An L3 that L2 does not know (or no L2 at all) is still shown when an --l3 node serves it.
  const l3Only = async (): Promise<L3ChainResponse> => {
    const l3 = await l3Audit(ctx, chainId);
    if (l3.state !== "ok") throw notFound(`L3 chain ${chainId}`);
    return { chain: null, headers: [], audit: [], l3 };
  };
  if (!ctx.l2 && (ctx.l3Nodes ?? []).length > 0) return l3Only();
  const l2 = l2Of(ctx);
  return onChain(l2, async () => {
    const q = l3RegistryQuery(l2.queries);
    let found: L3ChainRow | undefined;
    try {
      const r = await q.chain({ chainId });
      if (r.chain) found = l3ChainRow(r.chain);
    } catch (err) {
      if (!isUnknownService(err) && !isNotFoundError(err)) throw err;
    }
    if (!found) return l3Only();
    const record = found;
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
    return { chain: record, headers, audit, l3: await l3Audit(ctx, chainId) };
  });
}

/**
 * The audit log and current epoch of L3 chain `chainId`, read from the `--l3` node whose `status`
 * names that chain. Never throws: no such node, or a node that does not answer, is a state with a
 * message the page shows.
 */
export async function l3Audit(ctx: ApiContext, chainId: string): Promise<L3AuditResponse> {
  const nodes = ctx.l3Nodes ?? [];
  const empty = { node: null, epoch: null, rows: [] };
  const down: string[] = [];
  for (const n of nodes) {
    if (n.chainId === undefined) {
      try {
        n.chainId = (await n.rpc.call<{ node_info: { network: string } }>("status")).node_info.network;
      } catch (err) {
        down.push(`${n.url} (${errorMessage(err)})`);
        continue;
      }
    }
    if (n.chainId !== chainId) continue;
    try {
      const [records, epoch] = await Promise.all([n.queries.audit(), n.queries.epoch()]);
      const rows = l3AuditRows(records);
      return {
        state: "ok",
        message: `audit log: ${rows.length} entr${rows.length === 1 ? "y" : "ies"} read from the L3 node at ${n.url}`,
        node: n.url,
        epoch: epoch ? l3EpochRow(epoch) : null,
        rows,
      };
    } catch (err) {
      return {
        state: "down",
        message: `audit log: the L3 node at ${n.url} does not answer (${errorMessage(err)})`,
        ...empty,
      };
    }
  }
  if (down.length > 0)
    return {
      state: "down",
      message: `audit log: L3 node(s) down, chain id unknown: ${down.join("; ")}`,
      ...empty,
    };
  return {
    state: "none",
    message: "audit log: no L3 node configured for this chain (strata explorer --l3 URL)",
    ...empty,
  };
}
