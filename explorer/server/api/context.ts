/**
 * What every API function reads from (the chains, the cache, the registry), and the checks and
 * error mapping they share.
 */
import { fromBech32 } from "@cosmjs/encoding";
import type { Registry } from "@cosmjs/proto-signing";
import type { BankExtension, DistributionExtension, QueryClient, StakingExtension } from "@cosmjs/stargate";
import { isStrataError } from "../../../chain/core/errors/index.js";
import type { createL3Queries } from "../../../chain/l3-privacy/client/index.js";
import type {
  ModelsExtension,
  NodesExtension,
  ScoresExtension,
  SessionsExtension,
  SettlementExtension,
  TaskReport,
  TasksExtension,
} from "../../../client/index.js";
import type { EventJson } from "../../shared/api.js";
import type { Activity } from "../activity.js";
import { ExplorerError, ExplorerErrorCode } from "../errors.js";
import type { ChainRpc } from "../rpc.js";
import type { ChainWatcher } from "../watch.js";

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

/** An L3 node given with `--l3`: its RPC, its typed L3 queries, and its chain id once `status` told it. */
export interface L3Node {
  url: string;
  rpc: ChainRpc;
  queries: ReturnType<typeof createL3Queries>;
  chainId?: string;
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
  /** L3 nodes (`--l3`), read for their chains' audit logs. */
  l3Nodes?: L3Node[];
}

export const notFound = (what: string) => new ExplorerError(ExplorerErrorCode.notFound, `${what} not found`);
export const badRequest = (what: string) => new ExplorerError(ExplorerErrorCode.badRequest, what);

/** The handle of a chain key. @throws ExplorerError notFound for an unknown key. */
export function chainOf(ctx: ApiContext, key: string): ChainHandle {
  if (key === "l1") return ctx.l1;
  if (key === "l2" && ctx.l2) return ctx.l2;
  throw notFound(`chain ${JSON.stringify(key)}`);
}

export function l2Of(ctx: ApiContext): ChainHandle & { queries: L2Queries } {
  if (!ctx.l2) throw new ExplorerError(ExplorerErrorCode.notFound, "this explorer has no L2 chain (--l2)");
  return ctx.l2;
}

/**
 * Runs `fn` against a chain: refused at once while the chain is down, and a connection failure
 * during the call becomes `chainDown` (a query client's own errors name no chain).
 */
export async function onChain<T>(chain: ChainHandle, fn: () => Promise<T>): Promise<T> {
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

export function parseHeight(s: string): number {
  // [REJECT] a height is a positive whole number
  if (!/^\d{1,15}$/.test(s) || Number(s) < 1) throw badRequest(`not a block height: ${JSON.stringify(s)}`);
  return Number(s);
}

export function parseHash(s: string): string {
  // [REJECT] a hash is 64 hex digits
  if (!/^(0x)?[0-9a-fA-F]{64}$/.test(s)) throw badRequest(`not a hash (64 hex digits): ${JSON.stringify(s)}`);
  return s.replace(/^0x/, "").toUpperCase();
}

export function parseAddress(s: string): string {
  try {
    // [REJECT] an address is lowercase bech32 (ARCHITECTURE: one account, one spelling)
    if (s !== s.toLowerCase()) throw new Error("not lowercase");
    fromBech32(s, 90);
    return s;
  } catch {
    throw badRequest(`not an address: ${JSON.stringify(s)}`);
  }
}

export function events(
  list: { type: string; attributes: { key: string; value: string }[] }[] | null,
): EventJson[] {
  return (list ?? []).map((e) => ({
    type: e.type,
    attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })),
  }));
}
