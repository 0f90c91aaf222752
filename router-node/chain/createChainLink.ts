/**
 * The composition root of a router on L2: the session authenticator, the executor registry, the
 * attesting local executor, the peer execute endpoint, the journal and the recorder, wired into
 * the gateway's {@link ChainGateway}.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { Ed25519KeyPair } from "../../chain/core/crypto/index.js";
import type { Logger } from "../../chain/core/log/index.js";
import type { ModelVersion } from "../../client/index.js";
import { RouterError, RouterErrorCode } from "../errors.js";
import type { ChainGateway, ChainTask } from "../gateway/types.js";
import { canonicalRequest, canonicalRequestSha256 } from "../inference/canonicalRequest.js";
import type { InferenceBackend, ServedModel } from "../inference/index.js";
import type { MetricsRegistry } from "../metrics/index.js";
import { withAttestation } from "./attest.js";
import { createExecutorRegistry } from "./executorRegistry.js";
import { type JournalTask, openJournal } from "./journal.js";
import type { L2Port, TaskLimits } from "./l2Link.js";
import {
  checkPrivateSession,
  openPrivateRecorder,
  PRIVATE_JOURNAL_FILE,
  type PrivateRecorder,
  type PrivateTasks,
} from "./l3/index.js";
import { receiptToWire } from "./peerProtocol.js";
import { createPeerServer } from "./peerServer.js";
import { createRecorder, type RecorderOptions } from "./recorder.js";
import { JOURNAL_FILE } from "./registration.js";
import { chargeOf, createSessionAuth, type SessionAuthOptions } from "./sessionAuth.js";

/** Options of {@link createChainLink}. */
export interface ChainLinkOptions {
  /** The router home (holds the journal). */
  home: string;
  /** The L2 RPC URL (shown in `/health`). */
  l2Url: string;
  /** The L2 model version this router executes, and the local model id it is served under. */
  served?: { model: ModelVersion; localModelId: string };
  sessions?: SessionAuthOptions;
  recorder?: RecorderOptions;
  /** How long an executor list is used before asking again; default 3 s. */
  executorsFreshMs?: number;
  /** Largest peer request body. */
  maxBodyBytes: number;
  /** The tasks module's limits (read at start). */
  limits: TaskLimits;
}

/** Dependencies of {@link createChainLink}. */
export interface ChainLinkDeps {
  link: L2Port;
  /** The router's node key (receipts, peer requests). */
  key: Ed25519KeyPair;
  /** The local backend (after fault injection), when the router executes. */
  local?: InferenceBackend;
  logger: Logger;
  registry: MetricsRegistry;
  now: () => number;
  /**
   * The private-task side when the router serves an L3 (`--l3`): private sessions of that L3 are
   * recorded there as ciphertext, and on L2 with the L3 digest ([private-1]). Without it, every
   * private session is refused (403).
   */
  l3?: PrivateTasks;
}

/** A running L2 link. */
export interface ChainLink extends ChainGateway {
  /** Starts the recorder (once the node's registration is in a block: they share one account). */
  startRecording(): void;
  close(): Promise<void>;
}

const TASK_ID = /^[0-9a-f]{64}$/;

/**
 * Opens the journal (replaying what a previous run left), starts the recorder and returns the
 * gateway's L2 side.
 * @throws RouterError `JournalFailed` when the journal cannot be opened.
 */
export async function createChainLink(opts: ChainLinkOptions, deps: ChainLinkDeps): Promise<ChainLink> {
  const log = deps.logger.child({ component: "l2" });
  const { link } = deps;
  const r = deps.registry;
  const recordedTotal = r.counter("strata_router_tasks_recorded_total", "Tasks recorded on L2.");
  const revealedTotal = r.counter(
    "strata_router_tasks_revealed_total",
    "Tasks whose outputs were revealed on L2.",
  );
  const droppedTotal = r.counter(
    "strata_router_tasks_dropped_total",
    "Tasks that could not be recorded, by reason.",
    ["reason"],
  );
  const errorsTotal = r.counter(
    "strata_router_recording_errors_total",
    "Failed recording attempts (retried with back-off).",
    ["stage"],
  );
  const journaledTotal = r.counter("strata_router_tasks_journaled_total", "Tasks written to the journal.");

  const auth = createSessionAuth(opts.sessions ?? {}, { link, logger: deps.logger, now: deps.now });
  const { journal, tasks: replayed } = await openJournal(join(opts.home, JOURNAL_FILE));
  const recorder = createRecorder(replayed, opts.recorder ?? {}, {
    link,
    journal,
    logger: deps.logger,
    events: {
      recorded(task, _height) {
        recordedTotal.inc();
        auth.recorded(task.taskId, task.sessionId, BigInt(task.charge));
      },
      revealed() {
        revealedTotal.inc();
      },
      dropped(task, reason) {
        droppedTotal.inc({ reason: /\(([a-z]+):?\d*\)/.exec(reason)?.[1] ?? "refused" });
        auth.forget(task.taskId);
      },
      error(stage) {
        errorsTotal.inc({ stage });
      },
    },
  });
  r.gauge(
    "strata_router_tasks_pending",
    "Tasks answered and not yet recorded or revealed, by stage.",
    ["stage"],
    (g) => {
      const c = recorder.counts();
      g.set({ stage: "record" }, c.pending);
      g.set({ stage: "reveal" }, c.recorded);
    },
  );
  // Private tasks' L3 records: journaled (ciphertext only) and retried until the L3 holds them.
  const l3Tasks = deps.l3;
  const privateRecorder: PrivateRecorder | undefined = l3Tasks
    ? await openPrivateRecorder(join(opts.home, PRIVATE_JOURNAL_FILE), opts.recorder ?? {}, {
        target: { submit: (t) => l3Tasks.submit(t), stored: (id) => l3Tasks.stored(id) },
        logger: deps.logger,
      })
    : undefined;
  const pendingAtStart = recorder.counts();
  if (pendingAtStart.pending + pendingAtStart.recorded > 0)
    log.info("resuming recording from the journal", pendingAtStart);

  const caller = { chainId: link.chainId, operator: link.operator, key: deps.key };
  const served = opts.served;
  const attesting =
    served && deps.local
      ? withAttestation(deps.local, served.localModelId, served.model.id, caller)
      : undefined;
  const registry = createExecutorRegistry(
    opts.executorsFreshMs !== undefined ? { freshMs: opts.executorsFreshMs } : {},
    {
      link,
      ...(attesting && served ? { local: { backend: attesting, model: served.model.id } } : {}),
      caller,
      logger: deps.logger,
      now: deps.now,
    },
  );
  const peerServer = attesting
    ? createPeerServer({
        link,
        executor: attesting,
        logger: deps.logger,
        now: deps.now,
        maxBodyBytes: opts.maxBodyBytes,
      })
    : undefined;

  const aliasesOf = (l2Model: string): string[] =>
    served && served.model.id === l2Model ? [served.localModelId] : [];
  const servedModelOf = (l2Model: string): ServedModel | null =>
    attesting && served?.model.id === l2Model ? attesting.models[0]! : null;

  return {
    async begin(authorization, request, promptBytes) {
      const taskId = randomBytes(32).toString("hex");
      const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1]?.trim();
      const admitted = await auth.admit({
        apiKey: bearer,
        requestedModel: request.model,
        aliasesOf,
        promptBytes,
        maxTokens: request.params.maxTokens,
        taskId,
      });
      const { session, model } = admitted;
      // A private session only at an allow-listed router of its L3, for a member of it
      // (L2 RULES.md, "Private sessions on L2"; router-node/chain/l3)
      const privately = (session.l3ChainId ?? "") !== "" ? deps.l3 : undefined;
      try {
        const denied = checkPrivateSession(session, deps.l3?.chainId ?? null);
        if (denied) throw denied;
        await privately?.ensureAllowed();
        await privately?.ensureMember(session.owner);
      } catch (err) {
        admitted.release();
        throw err;
      }
      let executors: Awaited<ReturnType<typeof registry.executorsFor>>;
      try {
        executors = await registry.executorsFor(session.model, model.weightsSha256);
        // A private task runs only on allow-listed routers of its L3: they alone may see its text.
        if (privately) {
          const allowed = await Promise.all(executors.map((e) => privately.isAllowedRouter(e.id)));
          executors = executors.filter((_, i) => allowed[i]);
        }
      } catch (err) {
        admitted.release();
        throw new RouterError(
          RouterErrorCode.L2Unavailable,
          `cannot read the executors of ${session.model}: ${(err as Error).message}`,
        );
      }
      if (executors.length < session.redundancy) {
        admitted.release();
        throw new RouterError(
          RouterErrorCode.NoExecutorAvailable,
          `session ${session.id} needs ${session.redundancy} executors of ${session.model}; the registry lists ${executors.length} this router can reach`,
        );
      }
      const l2Request = { ...request, model: session.model };
      const prompt = canonicalRequest(l2Request);
      l2Request.task = { taskId, sessionId: session.id, promptSha256: canonicalRequestSha256(prompt) };
      let finished = false;
      const task: ChainTask = {
        taskId,
        request: l2Request,
        servedModel: servedModelOf(session.model),
        run: { executors, redundancy: session.redundancy },
        async complete(outcome) {
          finished = true;
          const k = session.redundancy;
          const attested = outcome.outputs.filter((o) => o.result.attestation).slice(0, k);
          if (attested.length < k || outcome.outputs[0]?.result.attestation === undefined) {
            log.warn("task not recordable: too few receipts", {
              task: taskId,
              receipts: attested.length,
              redundancy: k,
            });
            droppedTotal.inc({ reason: "receipts" });
            admitted.release();
            return;
          }
          // [REJECT] outputs the chain would refuse to reveal (its executors would miss their reveals)
          const tooLong = privately
            ? undefined
            : attested.find((o) => Buffer.byteLength(o.text, "utf8") > opts.limits.maxOutputBytes);
          if (tooLong) {
            log.warn("task not recordable: an output exceeds max_output_bytes", {
              task: taskId,
              executor: tooLong.executor,
              maxOutputBytes: opts.limits.maxOutputBytes,
            });
            droppedTotal.inc({ reason: "output_too_large" });
            admitted.release();
            return;
          }
          const served = attested[0]!.result.attestation!.receipt;
          const charge = chargeOf(k, served.inputTokens, served.outputTokens, model);
          // [private-1] a private task: sealed for the L3 (recorded there in the background), and
          // revealed on L2 as its L3 digest, never its request or output
          let l3Digest: string | undefined;
          if (privately) {
            try {
              const sealed = await privately.seal({
                taskId,
                requester: session.owner,
                model: session.model,
                prompt,
                completion: attested[0]!.text,
              });
              l3Digest = Buffer.from(sealed.digest).toString("hex");
              // durable before the answer completes; recorded on the L3 with retries
              if (!privateRecorder) throw new Error("no private journal");
              await privateRecorder.add(sealed, taskId);
            } catch (err) {
              log.error("private task not sealed or journaled: it will not be recorded", {
                task: taskId,
                error: err,
              });
              droppedTotal.inc({ reason: "l3" });
              admitted.release();
              return;
            }
          }
          admitted.settle(charge);
          const jt: JournalTask = {
            taskId,
            sessionId: session.id,
            receipts: attested.map((o) => receiptToWire(o.result.attestation!.receipt)),
            reveals: attested.map((o) => ({
              executor: o.result.attestation!.receipt.executor,
              output: l3Digest ? `l3:${l3Digest}` : o.text,
              salt: o.result.attestation!.salt,
            })),
            prompt: l3Digest ? "" : prompt,
            charge: charge.toString(),
            at: Date.now(),
          };
          recorder.track(jt);
          try {
            await journal.append({ type: "task", task: jt });
            journaledTotal.inc();
            recorder.durable(taskId);
          } catch (err) {
            recorder.untrack(taskId);
            admitted.release();
            log.error("task not journaled: it will not be recorded", { task: taskId, error: err });
          }
        },
        abandon() {
          if (!finished) admitted.release();
          finished = true;
        },
      };
      return task;
    },

    async taskStatus(id) {
      // [REJECT] a task id is 64 lowercase hex characters
      if (!TASK_ID.test(id)) throw new RouterError(RouterErrorCode.TaskNotFound, `task ${id} not found`);
      const local = recorder.state(id);
      if (local?.state === "pending")
        return { id, object: "strata.task", status: "pending recording", session_id: local.task.sessionId };
      if (local?.state === "dropped")
        return {
          id,
          object: "strata.task",
          status: "dropped",
          session_id: local.task.sessionId,
          reason: local.reason,
        };
      let report: Awaited<ReturnType<L2Port["taskReport"]>>;
      try {
        report = await link.taskReport(id);
      } catch (err) {
        throw new RouterError(
          RouterErrorCode.L2Unavailable,
          `cannot reach L2 to read task ${id}: ${(err as Error).message}`,
        );
      }
      if (!report) {
        if (local)
          return { id, object: "strata.task", status: "pending recording", session_id: local.task.sessionId };
        throw new RouterError(RouterErrorCode.TaskNotFound, `task ${id} not found`);
      }
      return { object: "strata.task", ...JSON.parse(JSON.stringify(report)) };
    },

    handleExecute(req, res) {
      if (!peerServer)
        throw new RouterError(RouterErrorCode.RouteNotFound, "this router does not execute (no local model)");
      return peerServer(req, res);
    },

    health() {
      const c = recorder.counts();
      const linkStatus = auth.linkStatus();
      return {
        l2: {
          url: opts.l2Url,
          chain_id: link.chainId,
          operator: link.operator,
          model: served?.model.id ?? null,
          reachable: linkStatus.ok && c.lastError === null,
          height: auth.height(),
          last_error: c.lastError ?? linkStatus.lastError,
          tasks: { pending_record: c.pending, pending_reveal: c.recorded },
        },
      };
    },

    startRecording() {
      recorder.start();
    },

    async close() {
      await recorder.close();
      await journal.close();
      await privateRecorder?.close();
      await registry.close();
    },
  };
}
