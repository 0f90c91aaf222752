import type { AddressInfo } from "node:net";
import { type Logger, nullLogger } from "../chain/core/log/index.js";
import {
  createLlamaBackend,
  createOpenAIBackend,
  type FaultSpec,
  type LlamaBackendOptions,
  type OpenAIBackendOptions,
  withFaults,
} from "./backends/index.js";
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
import { createRouterMetrics } from "./metrics/index.js";

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
  try {
    if (opts.backend) {
      let backend = await openBackend(opts.backend, logger);
      opened.push(backend);
      if (opts.faults && Object.keys(opts.faults).length > 0) {
        logger.warn("fault injection enabled: this router misbehaves on purpose", { faults: opts.faults });
        backend = withFaults(backend, opts.faults, deps.crash ? { crash: deps.crash } : {});
      }
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
    await Promise.allSettled(opened.map((b) => b.close()));
    throw new RouterError(
      RouterErrorCode.InvalidConfig,
      `cannot listen on ${host}:${opts.port ?? 0}: ${(err as Error).message}`,
    );
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  logger.info("router listening", { url, executors: executors.map((e) => e.id), redundancy });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    models: () => dispatcher.models(),
    executors: () => dispatcher.status(),
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Open streams are cut: their `close` events cancel the work behind them.
        server.closeAllConnections();
        await closed;
        await Promise.allSettled(opened.map((b) => b.close()));
        logger.info("router stopped", { url });
      })();
      return closing;
    },
  };
}
