import type { AddressInfo } from "node:net";
import { type Logger, nullLogger } from "../chain/core/log/index.js";
import type { Hardware, ModelVersion, StrataL2Client } from "../client/index.js";
import {
  createLlamaBackend,
  createOpenAIBackend,
  type FaultSpec,
  type LlamaBackendOptions,
  type OpenAIBackendOptions,
  withFaults,
} from "./backends/index.js";
import type { L2Port, TaskLimits } from "./chain/l2Link.js";
import type { PrivateTasks } from "./chain/l3/index.js";
import type { RecorderOptions } from "./chain/recorder.js";
import type { SessionAuthOptions } from "./chain/sessionAuth.js";
import {
  createAdmissionQueue,
  createDispatcher,
  type Executor,
  type ExecutorStatus,
  type SelectionPolicy,
} from "./dispatch/index.js";
import { RouterError, RouterErrorCode } from "./errors.js";
import { createGateway } from "./gateway/index.js";
import type { InferenceBackend, ServedModel } from "./inference/index.js";
import { createRouterMetrics, type MetricsRegistry } from "./metrics/index.js";

/** The router's own backend: a GGUF file in process, or an OpenAI-compatible upstream. */
export type BackendSpec =
  | ({ kind: "llama" } & LlamaBackendOptions)
  | ({ kind: "openai" } & OpenAIBackendOptions);

/** What an executor declares to the selection policy. */
export interface ExecutorTerms {
  /** Price per 1k tokens; default 0. */
  price?: number;
  /** Requests served at once; default the llama backend's `parallel`, else 16. */
  capacity?: number;
  /** Reputation in [0, 1]; default 1 (L2 will feed it later). */
  reputation?: number;
}

/** A peer router to dispatch to, with its terms. */
export interface PeerSpec extends ExecutorTerms {
  /** Its OpenAI base URL, e.g. `http://127.0.0.1:9001/v1`. */
  url: string;
}

/** How a router joins L2 (`--l2`): sessions, registry executors, receipts and recording. */
export interface L2RouterOptions {
  /** A client connected to the L2 node with the operator's signer. */
  client: StrataL2Client;
  /** The operator account (signs registration and task transactions). */
  operator: string;
  /** The L2 RPC URL (for `/health`). */
  url: string;
  /** The router home: node key (`node_key.json`) and task journal. */
  home: string;
  /** The L2 model version (`name@version`) the local file is; default: found by its sha256. */
  model?: string;
  /** The URL peers and users reach this router at (its registered endpoint); default its listen URL. */
  publicUrl?: string;
  /** Stake bonded at registration (ustra); default the chain's `min_stake`. */
  stake?: string;
  /** Asking price per 1,000 tokens (ustra); default "0". */
  price?: string;
  /** Hardware reported at registration. */
  hardware: Required<Hardware>;
  sessions?: SessionAuthOptions;
  recorder?: RecorderOptions;
  /** How long an executor list from the registry is used; default 3 s. */
  executorsFreshMs?: number;
  /** The router's private-task side on its L3 (`--l3`): serves that L3's private sessions. */
  l3?: PrivateTasks;
}

/** Options of {@link createRouter}. */
export interface RouterOptions {
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Port; default 0 (ephemeral, read the bound one from `url`). */
  port?: number;
  /** The local backend; optional when peers are given (a pure gateway). */
  backend?: BackendSpec;
  /** Declared terms of the local backend. */
  terms?: ExecutorTerms;
  /** Faults the local backend injects (testing and drills only). */
  faults?: FaultSpec;
  /** Peer routers used as further executors. */
  peers?: PeerSpec[];
  /** Executors per request (k); default 1. */
  redundancy?: number;
  /** Per-request deadline; default 120 s. */
  deadlineMs?: number;
  /** Requests allowed to wait for admission before 429; default 64. */
  maxQueue?: number;
  /** Requests served at once; default the executors' total capacity divided by k. */
  maxConcurrent?: number;
  /** Largest request body; default 4 MiB. */
  maxBodyBytes?: number;
  /** `max_tokens` when a request has none; default 256. */
  defaultMaxTokens?: number;
  /** Weights of the dispatch policy. */
  policy?: SelectionPolicy;
  /** How long a failed executor ranks last; default 5 s. */
  failureCooldownMs?: number;
  /** How long to wait for redundant outputs once the served one is done; default 10 s. */
  redundancyWaitMs?: number;
  /** Join L2: authenticate sessions, execute and record tasks (without it: no auth, no recording). */
  l2?: L2RouterOptions;
}

/** Dependencies of {@link createRouter}, injected so tests and the localnet can pin them. */
export interface RouterDeps {
  logger?: Logger;
  /** Monotonic milliseconds; default `performance.now`. */
  now?: () => number;
  /** Wall-clock milliseconds; default `Date.now`. */
  wallClock?: () => number;
  /** How the `crash-after` fault crashes; default: the generation fails instead. */
  crash?: () => void;
}

/** A running router. */
export interface Router {
  /** Base URL, e.g. `http://127.0.0.1:43123` (the OpenAI base is `${url}/v1`). */
  url: string;
  port: number;
  /** Models served. */
  models(): ServedModel[];
  /** Live executor status. */
  executors(): ExecutorStatus[];
  /** The L2 registration, when the router runs on L2. */
  l2: { operator: string; chainId: string; model: string | null; pubkey: string; action: string } | null;
  /** Stops listening, cuts open connections (cancelling their work) and releases backends. */
  close(): Promise<void>;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
  taken.add(id);
  return id;
}

async function openBackend(spec: BackendSpec, logger: Logger): Promise<InferenceBackend> {
  if (spec.kind === "llama") {
    const { kind: _, ...opts } = spec;
    return createLlamaBackend(opts, { logger });
  }
  const { kind: _, ...opts } = spec;
  return createOpenAIBackend(opts, { logger });
}

/**
 * Starts a router node's serving path: backends, dispatcher, admission queue, metrics and the
 * OpenAI-compatible gateway, listening on `host:port`.
 *
 * @throws RouterError `InvalidConfig` without any backend or peer, or with bad numbers; any error
 *   of the backends' factories (model load, upstream discovery).
 */
export async function createRouter(opts: RouterOptions, deps: RouterDeps = {}): Promise<Router> {
  const logger = (deps.logger ?? nullLogger).child({ module: "router" });
  const now = deps.now ?? (() => performance.now());
  const peers = opts.peers ?? [];
  if (!opts.backend && peers.length === 0) {
    throw new RouterError(
      RouterErrorCode.InvalidConfig,
      "a router needs a backend (--model or --upstream) or peers",
    );
  }
  const redundancy = opts.redundancy ?? 1;
  if (!Number.isInteger(redundancy) || redundancy < 1) {
    throw new RouterError(
      RouterErrorCode.InvalidConfig,
      `redundancy must be a positive integer, got ${redundancy}`,
    );
  }

  const opened: InferenceBackend[] = [];
  const executors: Executor[] = [];
  const taken = new Set<string>();
  let localBackend: InferenceBackend | undefined;
  try {
    if (opts.backend) {
      let backend = await openBackend(opts.backend, logger);
      opened.push(backend);
      if (opts.faults && Object.keys(opts.faults).length > 0) {
        logger.warn("fault injection enabled: this router misbehaves on purpose", { faults: opts.faults });
        backend = withFaults(backend, opts.faults, deps.crash ? { crash: deps.crash } : {});
      }
      localBackend = backend;
      const t = opts.terms ?? {};
      const defaultCapacity = opts.backend.kind === "llama" ? (opts.backend.parallel ?? 1) : 16;
      executors.push({
        id: uniqueId(opts.backend.kind === "llama" ? "local" : "upstream", taken),
        backend,
        price: t.price ?? 0,
        capacity: t.capacity ?? defaultCapacity,
        reputation: t.reputation ?? 1,
      });
    }
    // Peers start in parallel: each may wait for its router to come up.
    const peerBackends = await Promise.all(
      peers.map((p) => createOpenAIBackend({ baseUrl: p.url, ownedBy: "strata-peer" }, { logger })),
    );
    opened.push(...peerBackends);
    peerBackends.forEach((backend, i) => {
      const p = peers[i]!;
      executors.push({
        id: uniqueId(`peer:${new URL(p.url).host}`, taken),
        backend,
        price: p.price ?? 0,
        capacity: p.capacity ?? 16,
        reputation: p.reputation ?? 1,
      });
    });
  } catch (err) {
    await Promise.allSettled(opened.map((b) => b.close()));
    throw err;
  }

  const totalCapacity = executors.reduce((n, e) => n + e.capacity, 0);
  const admission = createAdmissionQueue({
    maxConcurrent: opts.maxConcurrent ?? Math.max(1, Math.floor(totalCapacity / redundancy)),
    maxQueue: opts.maxQueue ?? 64,
  });
  let dispatcherRef: ReturnType<typeof createDispatcher> | undefined;
  const metrics = createRouterMetrics({
    queueDepth: () => admission.depth,
    active: () => admission.active,
    executorsInFlight: () => dispatcherRef?.status() ?? [],
  });
  const dispatcher = createDispatcher(
    {
      executors,
      redundancy,
      ...(opts.policy ? { policy: opts.policy } : {}),
      ...(opts.failureCooldownMs !== undefined ? { failureCooldownMs: opts.failureCooldownMs } : {}),
      ...(opts.redundancyWaitMs !== undefined ? { redundancyWaitMs: opts.redundancyWaitMs } : {}),
    },
    { logger, metrics, now },
  );
  dispatcherRef = dispatcher;

  let chain: Awaited<ReturnType<typeof startL2>> | undefined;
  if (opts.l2) {
    try {
      chain = await startL2(
        opts.l2,
        localBackend,
        metrics.registry,
        opts.maxBodyBytes ?? 4 * 1024 * 1024,
        logger,
        now,
      );
    } catch (err) {
      await Promise.allSettled(opened.map((b) => b.close()));
      throw err;
    }
  }

  const server = createGateway({
    dispatcher,
    admission,
    metrics,
    logger,
    deadlineMs: opts.deadlineMs ?? 120_000,
    maxBodyBytes: opts.maxBodyBytes ?? 4 * 1024 * 1024,
    defaultMaxTokens: opts.defaultMaxTokens ?? 256,
    now,
    wallClock: deps.wallClock ?? Date.now,
    ...(chain ? { chain: chain.link } : {}),
  });
  const host = opts.host ?? "127.0.0.1";
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(opts.port ?? 0, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (err) {
    await chain?.link.close();
    await Promise.allSettled(opened.map((b) => b.close()));
    throw new RouterError(
      RouterErrorCode.InvalidConfig,
      `cannot listen on ${host}:${opts.port ?? 0}: ${(err as Error).message}`,
    );
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let l2Info: Router["l2"] = null;
  if (opts.l2 && chain) {
    // Registered once listening: the endpoint peers call is this server.
    try {
      const localExecutor = executors.find((e) => e.backend === localBackend);
      const { ensureRegistration } = await import("./chain/registration.js");
      const { action } = await ensureRegistration(
        opts.l2.client,
        {
          operator: opts.l2.operator,
          pubkey: chain.key.pubKey,
          endpoint: opts.l2.publicUrl ?? url,
          models: chain.model ? [chain.model.id] : [],
          capacity: localExecutor?.capacity ?? 1,
          price: opts.l2.price ?? "0",
          hardware: opts.l2.hardware,
          stake: opts.l2.stake ?? (await opts.l2.client.query.nodes.params()).minStake,
        },
        logger,
      );
      chain.link.startRecording();
      l2Info = {
        operator: opts.l2.operator,
        chainId: chain.chainId,
        model: chain.model?.id ?? null,
        pubkey: Buffer.from(chain.key.pubKey).toString("base64"),
        action,
      };
    } catch (err) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await chain.link.close();
      await Promise.allSettled(opened.map((b) => b.close()));
      throw err;
    }
  }
  logger.info("router listening", { url, executors: executors.map((e) => e.id), redundancy });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    models: () => dispatcher.models(),
    executors: () => dispatcher.status(),
    l2: l2Info,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Open streams are cut: their `close` events cancel the work behind them.
        server.closeAllConnections();
        await closed;
        await chain?.link.close();
        await Promise.allSettled(opened.map((b) => b.close()));
        logger.info("router stopped", { url });
      })();
      return closing;
    },
  };
}

/**
 * The L2 side of a router before it listens: the node key, the L2 model version of the local file
 * (refused when its digest differs from the registered one), the journal and the recorder.
 * @throws RouterError `ModelDigestMismatch`, `ModelNotFound`, `JournalFailed`, `L2Unavailable`.
 */
async function startL2(
  l2: L2RouterOptions,
  local: InferenceBackend | undefined,
  registry: MetricsRegistry,
  maxBodyBytes: number,
  logger: Logger,
  now: () => number,
) {
  // The L2 side (and cosmjs behind the client) loads only for a router on L2.
  const [{ createChainLink }, { createL2Link }, { loadOrCreateNodeKey, resolveModel }] = await Promise.all([
    import("./chain/createChainLink.js"),
    import("./chain/l2Link.js"),
    import("./chain/registration.js"),
  ]);
  let chainId: string;
  let models: ModelVersion[];
  let limits: TaskLimits;
  let link: L2Port;
  try {
    chainId = await l2.client.stargate.getChainId();
    link = createL2Link(l2.client, chainId, l2.operator);
    [models, limits] = await Promise.all([link.models(), link.taskLimits()]);
  } catch (err) {
    throw new RouterError(
      RouterErrorCode.L2Unavailable,
      `cannot reach L2 at ${l2.url}: ${(err as Error).message}`,
    );
  }
  const { key, created } = await loadOrCreateNodeKey(l2.home);
  if (created) logger.info("created the router's node key", { home: l2.home });
  let model: ModelVersion | null = null;
  let localModelId: string | undefined;
  if (local) {
    const served = local.models[0];
    if (!served?.digest)
      throw new RouterError(
        RouterErrorCode.InvalidConfig,
        "on L2 the local model needs a known sha256 (--upstream-digest)",
      );
    // [REJECT] the file's digest is the registered version's weights_sha256
    model = resolveModel(models, served.digest, l2.model);
    localModelId = served.id;
    logger.info("serving L2 model version", { model: model.id, sha256: served.digest, local: served.id });
  }
  const chainLink = await createChainLink(
    {
      home: l2.home,
      l2Url: l2.url,
      ...(model && localModelId ? { served: { model, localModelId } } : {}),
      ...(l2.sessions ? { sessions: l2.sessions } : {}),
      ...(l2.recorder ? { recorder: l2.recorder } : {}),
      ...(l2.executorsFreshMs !== undefined ? { executorsFreshMs: l2.executorsFreshMs } : {}),
      maxBodyBytes,
      limits,
    },
    { link, key, ...(local ? { local } : {}), ...(l2.l3 ? { l3: l2.l3 } : {}), logger, registry, now },
  );
  return { link: chainLink, key, chainId, model };
}
