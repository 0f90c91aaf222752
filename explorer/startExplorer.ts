/**
 * The explorer's composition root: query clients over each chain's RPC, a watcher per chain feeding
 * the activity cache and the live feed, the page bundle, and the HTTP server.
 */
import {
  QueryClient,
  setupBankExtension,
  setupDistributionExtension,
  setupStakingExtension,
} from "@cosmjs/stargate";
import { Comet38Client, HttpClient } from "@cosmjs/tendermint-rpc";
import { errorMessage } from "../chain/core/errors/index.js";
import type { Logger } from "../chain/core/log/index.js";
import { createL3Queries } from "../chain/l3-privacy/client/index.js";
import {
  setupModelsExtension,
  setupNodesExtension,
  setupScoresExtension,
  setupSessionsExtension,
  setupSettlementExtension,
  setupTasksExtension,
} from "../client/index.js";
import { createActivity } from "./server/activity.js";
import type { ApiContext, ChainHandle, CosmosQueries, L2Queries, L3Node } from "./server/api/index.js";
import { bundlePage } from "./server/bundle.js";
import { createExplorerRegistry } from "./server/decode.js";
import { ExplorerError, ExplorerErrorCode } from "./server/errors.js";
import { startHttp } from "./server/http.js";
import { createChainRpc } from "./server/rpc.js";
import { type ChainWatcher, watchChain } from "./server/watch.js";

/** Options of {@link startExplorer}. */
export interface ExplorerOptions {
  /** L1 node RPC URL. */
  l1: string;
  /** L2 node RPC URL (optional: an L1-only explorer). */
  l2?: string;
  /** L3 node RPC URLs: each one's chain id comes from `status`; its audit log shows on that L3's page. */
  l3?: string[];
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port; 0 picks a free one. */
  port: number;
  /** Blocks of each chain kept for the lists and plots; default 300. */
  window?: number;
}

/** A running explorer. */
export interface Explorer {
  /** Base URL of the web app. */
  url: string;
  /** Stops watching and serving. Idempotent. */
  close(): Promise<void>;
}

function checkUrl(flag: string, url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ExplorerError(
      ExplorerErrorCode.badOption,
      `${flag} must be an http(s) URL, got ${JSON.stringify(url)}`,
    );
  }
  // [REJECT] chain RPC URLs are http(s): the explorer derives the WebSocket URL itself
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new ExplorerError(
      ExplorerErrorCode.badOption,
      `${flag} must be an http(s) URL, got ${JSON.stringify(url)}`,
    );
  return url.replace(/\/$/, "");
}

/**
 * Starts the explorer over the chains at `opts.l1` (and `opts.l2`). The chains need not be up:
 * pages show a chain as down until it answers.
 * @throws ExplorerError badOption (a URL), bundleFailed; the listen error when the port is taken.
 */
export async function startExplorer(opts: ExplorerOptions, deps: { logger: Logger }): Promise<Explorer> {
  const log = deps.logger.child({ module: "explorer" });
  const urls = { l1: checkUrl("--l1", opts.l1), ...(opts.l2 ? { l2: checkUrl("--l2", opts.l2) } : {}) };
  const l3Urls = (opts.l3 ?? []).map((u) => checkUrl("--l3", u));
  const bundle = await bundlePage();
  const rpcs = {
    l1: createChainRpc("l1", urls.l1),
    ...(urls.l2 ? { l2: createChainRpc("l2", urls.l2) } : {}),
  };
  const activity = createActivity(rpcs, { logger: log }, opts.window ? { window: opts.window } : {});
  const chainIds = new Map<string, string>();
  const reports = new Map();
  const comets: Comet38Client[] = [];
  const cosmos = (url: string) => {
    const comet = Comet38Client.create(new HttpClient(url));
    comets.push(comet);
    return comet;
  };
  let http: Awaited<ReturnType<typeof startHttp>> | undefined;
  const watchers: ChainWatcher[] = [];
  let sampling = false;

  /** Reads every node's reputation at a new L2 height (one query; skipped while one runs). */
  const sampleReputation = (height: number): void => {
    const l2 = ctx.l2;
    if (!l2 || sampling) return;
    sampling = true;
    l2.queries.nodes
      .list({ page: { limit: 200 } })
      .then((r) =>
        activity.addReputations(
          height,
          r.nodes.map((x) => ({ operator: x.operator, reputation: Number(x.reputation) })),
        ),
      )
      .catch((err) => log.debug("cannot read reputations", { error: errorMessage(err) }))
      .finally(() => {
        sampling = false;
      });
  };

  const handle = (key: "l1" | "l2"): ChainHandle => {
    const rpc = rpcs[key]!;
    const watcher = watchChain(rpc, {
      logger: log,
      onBlock(b) {
        activity.addBlock(key, b);
        if (key === "l2") sampleReputation(b.height);
        http?.broadcast({ type: "block", chain: key, block: b });
      },
      onStatus(up, height, error) {
        http?.broadcast({ type: "status", chain: key, up, height, ...(error ? { error } : {}) });
        if (!up) return;
        rpc
          .call<{ node_info: { network: string }; sync_info: { latest_block_height: string } }>("status")
          .then((s) => {
            chainIds.set(key, s.node_info.network);
            return activity.backfill(key, Number(s.sync_info.latest_block_height));
          })
          .catch((err) => log.debug("cannot read status", { chain: key, error: errorMessage(err) }));
      },
    });
    watchers.push(watcher);
    return { key, rpc, watcher, queries: undefined as unknown as CosmosQueries };
  };

  const l1 = handle("l1");
  l1.queries = QueryClient.withExtensions(
    cosmos(urls.l1),
    setupBankExtension,
    setupStakingExtension,
    setupDistributionExtension,
  );
  let l2: (ChainHandle & { queries: L2Queries }) | undefined;
  if (urls.l2) {
    const h = handle("l2");
    h.queries = QueryClient.withExtensions(
      cosmos(urls.l2),
      setupBankExtension,
      setupStakingExtension,
      setupDistributionExtension,
      setupModelsExtension,
      setupNodesExtension,
      setupSessionsExtension,
      setupTasksExtension,
      setupScoresExtension,
      setupSettlementExtension,
    );
    l2 = h as ChainHandle & { queries: L2Queries };
  }
  const l3Nodes: L3Node[] = l3Urls.map((url, i) => ({
    url,
    rpc: createChainRpc(`l3 #${i + 1}`, url),
    queries: createL3Queries(cosmos(url)),
  }));
  const ctx: ApiContext = {
    l1,
    ...(l2 ? { l2 } : {}),
    activity,
    registry: createExplorerRegistry(),
    chainIds,
    reports,
    l3Nodes,
  };
  try {
    http = await startHttp(
      { host: opts.host ?? "127.0.0.1", port: opts.port },
      {
        ctx,
        bundle,
        logger: log,
        health: () => ({
          ok: true,
          chains: Object.fromEntries(
            [l1, ...(l2 ? [l2] : [])].map((c) => [c.key, { up: c.watcher.up(), height: c.watcher.height() }]),
          ),
        }),
      },
    );
  } catch (err) {
    await Promise.all(watchers.map((w) => w.close()));
    for (const c of comets) c.disconnect();
    throw err;
  }
  log.info("explorer serving", { url: http.url, l1: urls.l1, l2: urls.l2 ?? null, l3: l3Urls });
  let closed = false;
  const server = http;
  return {
    url: server.url,
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
      await Promise.all(watchers.map((w) => w.close()));
      for (const c of comets) c.disconnect();
    },
  };
}
