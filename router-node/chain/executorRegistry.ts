/**
 * Executors from the L2 registry: the ACTIVE executors serving a model, with their on-chain
 * stake, reputation, price and capacity, turned into the dispatcher's executors (this router's own
 * attesting backend, or a peer backend per operator). The list is cached per model and refreshed
 * in the background; while L2 is unreachable the last list stands.
 */
import type { Logger } from "../../chain/core/log/index.js";
import type { Node } from "../../client/index.js";
import type { Executor } from "../dispatch/index.js";
import type { InferenceBackend, ServedModel } from "../inference/index.js";
import type { L2Port } from "./l2Link.js";
import { createPeerBackend, type PeerCaller } from "./peerBackend.js";

const ROLE_EXECUTOR = 2;
const NODE_ACTIVE = 1;
/** Fixed-point scale of reputation on L2 (RULES.md: SCALE = 1,000,000). */
const SCALE = 1_000_000;

/** An executor the registry lists for a model, in the selection policy's terms. */
export interface RegistryCandidate {
  operator: string;
  endpoint: string;
  pubkey: Uint8Array;
  /** Price per 1k tokens (ustra). */
  price: number;
  capacity: number;
  /** Reputation in [0, 1]. */
  reputation: number;
  /** Bonded stake (ustra). */
  stake: number;
  /** True for this router's own node. */
  self: boolean;
}

/**
 * The candidates among `nodes` for `model` (pure): [EXCLUDE] a node that is not ACTIVE (jailed,
 * unbonding, unbonded), lacks the EXECUTOR role or the model, or (a peer) has no endpoint. Order:
 * the registry's (operator order), which is the policy's tie-break.
 */
export function candidatesFromNodes(
  nodes: readonly Node[],
  model: string,
  self: string,
): RegistryCandidate[] {
  return nodes
    .filter(
      (n) =>
        n.status === NODE_ACTIVE &&
        n.roles.includes(ROLE_EXECUTOR) &&
        n.models.includes(model) &&
        (n.operator === self || n.endpoint !== ""),
    )
    .map((n) => ({
      operator: n.operator,
      endpoint: n.endpoint,
      pubkey: n.pubkey,
      price: Number(n.pricePer_1k || "0"),
      capacity: n.capacity,
      reputation: Number(n.reputation) / SCALE,
      stake: Number(n.stake || "0"),
      self: n.operator === self,
    }));
}

/** Options of {@link createExecutorRegistry}. */
export interface ExecutorRegistryOptions {
  /** How long a list is used without asking again; default 3 s. */
  freshMs?: number;
}

/** Dependencies of {@link createExecutorRegistry}. */
export interface ExecutorRegistryDeps {
  link: L2Port;
  /** This router's attesting backend and the L2 model it serves (absent: it only routes). */
  local?: { backend: InferenceBackend; model: string };
  caller: PeerCaller;
  logger: Logger;
  now: () => number;
}

/** Executors of the L2 registry. */
export interface ExecutorRegistry {
  /**
   * The dispatcher's executors for `model` with the L2 version's digest `digest`.
   * @throws the L2 error when nothing is cached and L2 cannot be reached.
   */
  executorsFor(model: string, digest: string): Promise<Executor[]>;
  close(): Promise<void>;
}

/** Creates the registry view. */
export function createExecutorRegistry(
  opts: ExecutorRegistryOptions,
  deps: ExecutorRegistryDeps,
): ExecutorRegistry {
  const freshMs = opts.freshMs ?? 3000;
  const lists = new Map<string, { nodes: Node[]; at: number; refreshing: Promise<Node[]> | null }>();
  const peers = new Map<string, { endpoint: string; pubkey: string; backend: InferenceBackend }>();

  function refresh(model: string): Promise<Node[]> {
    let e = lists.get(model);
    if (e?.refreshing) return e.refreshing;
    if (!e) {
      e = { nodes: [], at: Number.NEGATIVE_INFINITY, refreshing: null };
      lists.set(model, e);
    }
    const entry = e;
    entry.refreshing = deps.link
      .executors(model)
      .then((nodes) => {
        entry.nodes = nodes;
        entry.at = deps.now();
        return nodes;
      })
      .finally(() => {
        entry.refreshing = null;
      });
    return entry.refreshing;
  }

  async function nodesOf(model: string): Promise<Node[]> {
    const e = lists.get(model);
    if (e && e.at > Number.NEGATIVE_INFINITY) {
      if (deps.now() - e.at >= freshMs)
        refresh(model).catch((err) => deps.logger.debug("executor list refresh failed", { error: err }));
      return e.nodes;
    }
    return refresh(model);
  }

  function peerBackend(c: RegistryCandidate, model: ServedModel & { digest: string }): InferenceBackend {
    const key = `${c.operator}|${model.id}`;
    const pubkey = Buffer.from(c.pubkey).toString("hex");
    const known = peers.get(key);
    if (known && known.endpoint === c.endpoint && known.pubkey === pubkey) return known.backend;
    // A new endpoint or key: a new client (the old one's sockets are closed).
    if (known) void known.backend.close();
    const backend = createPeerBackend(
      { operator: c.operator, endpoint: c.endpoint, pubkey: c.pubkey, model },
      deps.caller,
      { logger: deps.logger },
    );
    peers.set(key, { endpoint: c.endpoint, pubkey, backend });
    return backend;
  }

  return {
    async executorsFor(model, digest) {
      const nodes = await nodesOf(model);
      const out: Executor[] = [];
      for (const c of candidatesFromNodes(nodes, model, deps.caller.operator)) {
        let backend: InferenceBackend;
        if (c.self) {
          if (!deps.local || deps.local.model !== model) continue;
          backend = deps.local.backend;
        } else {
          try {
            backend = peerBackend(c, { id: model, digest, contextSize: null, ownedBy: c.operator });
          } catch (err) {
            deps.logger.warn("peer executor skipped", { peer: c.operator, error: err });
            continue;
          }
        }
        out.push({
          id: c.operator,
          backend,
          price: c.price,
          capacity: c.capacity,
          reputation: c.reputation,
          stake: c.stake,
        });
      }
      return out;
    },
    async close() {
      await Promise.allSettled([...peers.values()].map((p) => p.backend.close()));
      peers.clear();
    },
  };
}
