/**
 * The explorer's cache of recent chain activity (in memory only; everything in it was read from
 * the chain and can be read again): the metas of each chain's last blocks, the L2 task events of
 * those blocks (recorded tasks, verdicts, settlements) and each node's reputation at every height
 * the explorer saw, since the chain keeps only the latest value.
 */
import { errorMessage } from "../../chain/core/errors/index.js";
import type { Logger } from "../../chain/core/log/index.js";
import type { BlockMeta } from "../shared/api.js";
import type { ReputationSample } from "../shared/series.js";
import type { ChainRpc } from "./rpc.js";
import { fetchBlockMetas } from "./watch.js";

/** L2 task events of one block. */
export interface TaskEvents {
  height: number;
  time: string;
  /** Tasks recorded (`record_task`). */
  recorded: { id: string; session: string; router: string }[];
  /** Verdicts (`verdict`). */
  verdicts: { task: string; verdict: string }[];
  /** Settlements (`settle_task`). */
  settled: { task: string; verdict: string; charge: string }[];
}

interface RpcEvent {
  type: string;
  attributes: { key: string; value: string }[];
}

interface RpcBlockResults {
  height: string;
  txs_results: { code: number; events: RpcEvent[] }[] | null;
  finalize_block_events: RpcEvent[] | null;
}

function attr(e: RpcEvent, key: string): string {
  return e.attributes.find((a) => a.key === key)?.value ?? "";
}

/** The task events of a `block_results` answer (failed txs' events are not state). */
export function taskEventsOf(results: RpcBlockResults, time: string): TaskEvents {
  const events = [
    ...(results.txs_results ?? []).filter((t) => t.code === 0).flatMap((t) => t.events),
    ...(results.finalize_block_events ?? []),
  ];
  const out: TaskEvents = { height: Number(results.height), time, recorded: [], verdicts: [], settled: [] };
  for (const e of events) {
    if (e.type === "record_task")
      out.recorded.push({ id: attr(e, "id"), session: attr(e, "session"), router: attr(e, "router") });
    else if (e.type === "verdict") out.verdicts.push({ task: attr(e, "task"), verdict: attr(e, "verdict") });
    else if (e.type === "settle_task")
      out.settled.push({ task: attr(e, "task"), verdict: attr(e, "verdict"), charge: attr(e, "charge") });
  }
  return out;
}

/** Options of {@link createActivity}. */
export interface ActivityOptions {
  /** Blocks kept per chain (and read back at start); default 300. */
  window?: number;
  /** Reputation changes kept per node; default 2,000. */
  samplesPerNode?: number;
}

/** The cache. */
export interface Activity {
  /** The kept metas of a chain, ascending. */
  blocks(chain: string): BlockMeta[];
  /** Records a new block (from the watcher); L2 blocks also get their task events read. */
  addBlock(chain: string, block: BlockMeta): void;
  /** The kept L2 task events, ascending by height. */
  taskEvents(): TaskEvents[];
  /** Reputation changes of a node seen so far, ascending. */
  reputation(operator: string): ReputationSample[];
  /** Records the reputations read at a height. */
  addReputations(height: number, nodes: { operator: string; reputation: number }[]): void;
  /** Reads the last `window` blocks of a chain (after start or after it came back). */
  backfill(chain: string, tip: number): Promise<void>;
}

/** Creates the cache over the chains' RPCs (`l2` may be absent). */
export function createActivity(
  rpcs: { l1: ChainRpc; l2?: ChainRpc },
  deps: { logger: Logger },
  opts: ActivityOptions = {},
): Activity {
  const window = opts.window ?? 300;
  const samplesPerNode = opts.samplesPerNode ?? 2000;
  const metas = new Map<string, Map<number, BlockMeta>>();
  const events = new Map<number, TaskEvents>();
  const samples = new Map<string, ReputationSample[]>();
  const log = deps.logger.child({ component: "activity" });

  const trim = <T>(m: Map<number, T>, tip: number): void => {
    for (const h of m.keys()) if (h <= tip - window) m.delete(h);
  };

  // Blocks whose results could not be read yet: retried with the next blocks (a few at a time).
  const unread = new Map<number, BlockMeta>();
  const readEvents = async (block: BlockMeta): Promise<void> => {
    if (!rpcs.l2 || events.has(block.height)) return;
    try {
      const r = await rpcs.l2.call<RpcBlockResults>("block_results", { height: String(block.height) });
      events.set(block.height, taskEventsOf(r, block.time));
      unread.delete(block.height);
      trim(events, Math.max(...metas.get("l2")!.keys()));
    } catch (err) {
      unread.set(block.height, block);
      log.debug("cannot read block results", { height: block.height, error: errorMessage(err) });
    }
  };

  const chainMetas = (chain: string): Map<number, BlockMeta> => {
    const m = metas.get(chain) ?? new Map<number, BlockMeta>();
    metas.set(chain, m);
    return m;
  };

  const addBlock = (chain: string, block: BlockMeta): void => {
    const m = chainMetas(chain);
    m.set(block.height, block);
    trim(m, block.height);
    if (chain !== "l2") return;
    void readEvents(block);
    for (const [h, b] of [...unread].slice(0, 4)) {
      if (h <= block.height - window) unread.delete(h);
      else if (h !== block.height) void readEvents(b);
    }
  };

  return {
    blocks: (chain) => [...(metas.get(chain)?.values() ?? [])].sort((a, b) => a.height - b.height),
    addBlock,
    taskEvents: () => [...events.values()].sort((a, b) => a.height - b.height),
    reputation: (operator) => [...(samples.get(operator) ?? [])],
    addReputations(height, nodes) {
      for (const n of nodes) {
        const list = samples.get(n.operator) ?? [];
        samples.set(n.operator, list);
        const last = list[list.length - 1];
        if (last && last.height >= height) continue;
        // Only changes are kept (and the height the value was first seen).
        if (last && last.reputation === n.reputation) continue;
        list.push({ height, reputation: n.reputation });
        if (list.length > samplesPerNode) list.splice(0, list.length - samplesPerNode);
      }
    },
    async backfill(chain, tip) {
      const rpc = chain === "l2" ? rpcs.l2 : rpcs.l1;
      if (!rpc || tip < 1) return;
      const m = chainMetas(chain);
      const from = Math.max(1, tip - window + 1);
      let missing = 0;
      for (let h = from; h <= tip; h++) if (!m.has(h)) missing++;
      if (missing === 0) return;
      try {
        const blocks = await fetchBlockMetas(rpc, from, tip);
        for (const b of blocks) if (!m.has(b.height)) m.set(b.height, b);
        trim(m, Math.max(...m.keys()));
        if (chain !== "l2") return;
        // A few block_results calls at a time: a 2-core machine also runs the chains.
        const todo = blocks.filter((b) => !events.has(b.height));
        for (let i = 0; i < todo.length; i += 4) await Promise.all(todo.slice(i, i + 4).map(readEvents));
      } catch (err) {
        log.warn("cannot read recent blocks", { chain, error: errorMessage(err) });
      }
    },
  };
}
