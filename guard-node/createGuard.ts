/**
 * The guard node's composition root: `createGuard(opts, {logger, signer})` opens its home, loads
 * its model copy, registers (or reuses) its GUARD node on L2, serves `/health` and `/metrics`,
 * follows L2 and, at each new height, judges the tasks assigned to it, posts their scores in
 * batches, and attests PENDING model versions.
 */
import type { OfflineSigner } from "@cosmjs/proto-signing";
import { errorMessage, isStrataError } from "../chain/core/errors/index.js";
import type { Logger } from "../chain/core/log/index.js";
import {
  connectStrataL2,
  type Hardware,
  ModelStatus,
  msgSubmitScores,
  type StrataL2Client,
  TxRefusedError,
} from "../client/index.js";
import { attestModel } from "./attest/attestModel.js";
import { type BlockFollower, followBlocks } from "./chain/followBlocks.js";
import { ensureGuardRegistration, type RegistrationOutcome } from "./chain/registerGuard.js";
import { GuardError, GuardErrorCode } from "./errors.js";
import { createGuardServer, type GuardHealth, type GuardServer } from "./http/createGuardServer.js";
import { createGuardMetrics } from "./metrics/createGuardMetrics.js";
import { type CompareConfig, postAfter, selectBatches, type TaskScoreDecision } from "./policy/index.js";
import { createReexecutor, type Reexecutor } from "./reexec/createReexecutor.js";
import { judgeTask } from "./scoring/judgeTask.js";
import { loadAssignedTask, type ModelCache } from "./scoring/loadTask.js";
import { staleScore } from "./scoring/staleScore.js";
import { type GuardState, loadGuardState, openGuardHome, saveGuardState } from "./state/guardHome.js";

/** Options of {@link createGuard}. */
export interface GuardOptions {
  /** The L2 node's RPC URL. */
  l2: string;
  /** The guard's home folder (node key, state, fetched weights). */
  home: string;
  /** The guard's copy of a GGUF model (re-execution); without it the guard never re-executes. */
  modelPath?: string;
  /**
   * Share of tasks re-executed at random by at least one of their guards, in [0, 1] (default
   * 0.05); each guard samples at `perGuardRate(rate, guards drawn)`.
   */
  reexecRate?: number;
  compare: CompareConfig;
  /** Blocks a score without re-execution is held (default: half the chain's `score_blocks`). */
  holdBlocks?: number;
  /** Stake bonded when registering (default the chain's `min_stake`). */
  stake?: string;
  hardware?: Hardware;
  /** Interface and port of `/health` and `/metrics` (port 0: any free one). */
  host: string;
  port: number;
  pollIntervalMs?: number;
  reconnectMs?: number;
  /** Attest PENDING model versions (default true). */
  attest?: boolean;
  threads?: number;
  contextSize?: number;
  /** Gas price of the guard's transactions (default the client's). */
  gasPrice?: string;
  /** Blocks after which a score sent but still assigned is sent again (default 10). */
  resubmitAfterBlocks?: number;
}

/** Dependencies of {@link createGuard}. */
export interface GuardDeps {
  logger: Logger;
  /** Signs the operator's transactions (a keyring key). */
  signer: OfflineSigner;
  /** Monotonic milliseconds (default `performance.now`). */
  now?: () => number;
}

/** A running guard. */
export interface Guard {
  /** Base URL of `/health` and `/metrics`. */
  url: string;
  /** The operator account (the guard's node). */
  address: string;
  /** The guard's ed25519 node key, hex. */
  pubkey: string;
  registration: RegistrationOutcome;
  /** sha256 of the model it re-executes with, or null. */
  model: string | null;
  /** Height it resumed from (the last one processed before a restart; 0 on a first start). */
  resumedFrom: number;
  health(): GuardHealth;
  /** Stops following, finishes the height in progress, saves its state, releases everything. */
  close(): Promise<void>;
}

/** How long one height may spend judging before posting what is due (the rest waits a block). */
const JUDGE_BUDGET_MS = 5000;

function toTaskScore(d: TaskScoreDecision) {
  return { taskId: d.taskId, method: d.method, scores: d.scores, note: d.note };
}

/**
 * Starts a guard.
 * @throws ClientError(nodeUnreachable) when the L2 node does not answer; GuardError
 *   (RegistrationFailed) for a node that cannot guard; RouterError when the model cannot be
 *   loaded; TxRefusedError when the chain refuses the registration.
 */
export async function createGuard(opts: GuardOptions, deps: GuardDeps): Promise<Guard> {
  const log = deps.logger;
  const now = deps.now ?? (() => performance.now());
  const reexecRate = opts.reexecRate ?? 0.05;
  // [REJECT] a rate in [0, 1]
  if (!(reexecRate >= 0 && reexecRate <= 1)) {
    throw new GuardError(GuardErrorCode.InvalidConfig, `re-execution rate ${reexecRate} is not in [0, 1]`);
  }
  const { paths, key } = await openGuardHome(opts.home);
  const [account] = await deps.signer.getAccounts();
  const address = account!.address;
  const resubmitAfter = opts.resubmitAfterBlocks ?? 10;

  let client: StrataL2Client | undefined;
  let reexecutor: Reexecutor | null = null;
  let follower: BlockFollower | undefined;
  let server: GuardServer | undefined;
  try {
    client = await connectStrataL2(opts.l2, {
      signer: deps.signer,
      broadcastPollIntervalMs: 200,
      ...(opts.gasPrice ? { gasPrice: opts.gasPrice } : {}),
    });
    if (opts.modelPath) {
      reexecutor = await createReexecutor(
        {
          modelPath: opts.modelPath,
          ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
          ...(opts.contextSize !== undefined ? { contextSize: opts.contextSize } : {}),
        },
        { logger: log },
      );
    }
    const { outcome } = await ensureGuardRegistration(
      client,
      {
        operator: address,
        pubkey: key.pubKey,
        ...(opts.stake !== undefined ? { stake: opts.stake } : {}),
        ...(opts.hardware ? { hardware: opts.hardware } : {}),
      },
      { logger: log },
    );
    const scoresParams = await client.query.scores.params();
    const holdBlocks = opts.holdBlocks ?? Math.floor(Number(scoresParams.scoreBlocks) / 2);
    const maxBatch = Number(scoresParams.maxScoresPerMsg);
    const state: GuardState = await loadGuardState(paths, address);
    const resumedFrom = state.lastHeight;
    if (resumedFrom > 0)
      log.info("resuming", { fromHeight: resumedFrom, sentScores: Object.keys(state.sent).length });

    // Judged scores waiting to be posted, by task id.
    const ready = new Map<string, { decision: TaskScoreDecision; postAfter: number; deadline: number }>();
    const models: ModelCache = new Map();
    const triedModels = new Set<string>();
    let lastSeen = 0;
    let lastError: string | null = null;
    const metrics = createGuardMetrics({
      height: () => lastSeen,
      followMode: () => follower?.mode() ?? "stopped",
      pendingScores: () => ready.size,
    });
    const c = client;
    const judgeDeps = { signer: key, reexecutor, logger: log, metrics, now };
    const judgeCfg = { reexecRate, compare: opts.compare };

    const save = () => saveGuardState(paths, state);

    const submitBatch = async (ids: string[], height: number): Promise<void> => {
      let pending = ids;
      while (pending.length > 0) {
        for (const id of pending) state.sent[id] = { height };
        await save();
        try {
          const out = await c.submit(address, [
            msgSubmitScores({
              guard: address,
              scores: pending.map((id) => toTaskScore(ready.get(id)!.decision)),
            }),
          ]);
          for (const id of pending) {
            state.sent[id] = { height, txhash: out.txhash };
            ready.delete(id);
          }
          metrics.scoreTx("committed", pending.length);
          const decided = (out.responses[0] as { decided?: string[] } | undefined)?.decided ?? [];
          log.info("posted scores", { tasks: pending.length, height: out.height, decided: decided.length });
          return;
        } catch (err) {
          for (const id of pending) delete state.sent[id];
          const stale = staleScore(err, pending);
          metrics.scoreTx(err instanceof TxRefusedError ? "refused" : "error", pending.length);
          if (!stale) {
            log.warn("posting scores failed; retrying at the next block", {
              tasks: pending.length,
              error: errorMessage(err),
            });
            return;
          }
          if (!stale.taskId) {
            log.warn("scores refused as stale; re-reading assignments at the next block", {
              reason: stale.reason,
              error: errorMessage(err),
            });
            return;
          }
          // One task of the batch was decided meanwhile (or scored before a restart): drop it
          // and send the rest again.
          const gone = stale.taskId;
          ready.delete(gone);
          metrics.scoreDropped(stale.reason);
          log.info("score no longer needed; dropped", { task: gone, reason: stale.reason });
          pending = pending.filter((id) => id !== gone);
        }
      }
    };

    const attestPending = async (): Promise<void> => {
      const { models: pending } = await c.query.models.list({
        status: ModelStatus.MODEL_STATUS_PENDING,
        page: { limit: 100 },
      });
      for (const model of pending) {
        if (triedModels.has(model.id) || state.refusedModels[model.id]) continue;
        triedModels.add(model.id);
        try {
          await attestModel(c, { guard: address, model, weightsDir: paths.weights }, { logger: log });
          metrics.attestation("attested");
        } catch (err) {
          if (err instanceof GuardError) {
            // Bad or unreadable weights: a clear line, no attestation, not retried by this guard.
            metrics.attestation("refused");
            state.refusedModels[model.id] = err.message;
            log.error("model version not attested", { model: model.id, code: err.code, reason: err.message });
          } else if (err instanceof TxRefusedError) {
            metrics.attestation("refused");
            log.info("attestation refused by the chain", { model: model.id, reason: err.log });
          } else {
            triedModels.delete(model.id);
            log.warn("attestation failed; retrying at the next block", {
              model: model.id,
              error: errorMessage(err),
            });
          }
        }
      }
    };

    const tick = async (height: number): Promise<void> => {
      const assigned = await c.query.scores.guardAssignments(address);
      const assignedSet = new Set(assigned);
      for (const id of [...ready.keys()]) {
        if (!assignedSet.has(id)) {
          ready.delete(id);
          metrics.scoreDropped("decided");
          log.info("task decided before this guard posted; score dropped", { task: id });
        }
      }
      for (const id of Object.keys(state.sent)) if (!assignedSet.has(id)) delete state.sent[id];
      const budgetEnd = now() + JUDGE_BUDGET_MS;
      for (const id of assigned) {
        if (ready.has(id)) continue;
        const sent = state.sent[id];
        if (sent) {
          if (height <= sent.height + resubmitAfter) continue;
          log.warn("a score sent earlier is not on chain; judging again", { task: id, sentAt: sent.height });
          delete state.sent[id];
        }
        const task = await loadAssignedTask(c.query, id, models);
        if (!task) continue;
        const judged = await judgeTask(task, judgeCfg, judgeDeps);
        ready.set(id, {
          decision: judged.decision,
          deadline: task.deadline,
          postAfter: postAfter({
            assignedHeight: task.assignedHeight,
            deadline: task.deadline,
            reexecuted: judged.reexecuted,
            holdBlocks,
          }),
        });
        if (now() > budgetEnd) break;
      }
      const selection = selectBatches(
        [...ready].map(([taskId, r]) => ({ taskId, postAfter: r.postAfter, deadline: r.deadline })),
        height,
        maxBatch,
      );
      for (const id of selection.expired) {
        ready.delete(id);
        metrics.scoreDropped("expired");
        log.warn("scoring deadline passed before the score was posted", { task: id });
      }
      for (const batch of selection.batches) await submitBatch(batch, height);
      if (opts.attest ?? true) await attestPending();
      state.lastHeight = Math.max(state.lastHeight, height);
      await save();
    };

    // One height at a time; heights that arrive meanwhile collapse into the latest.
    let wanted = 0;
    let processed = 0;
    let closing = false;
    let loop: Promise<void> | undefined;
    const run = async (): Promise<void> => {
      while (!closing && wanted > processed) {
        const height = wanted;
        try {
          await tick(height);
          lastError = null;
        } catch (err) {
          lastError = errorMessage(err);
          log.warn("height not fully processed; trying again at the next one", {
            height,
            error: lastError,
            ...(isStrataError(err) ? { code: `${err.codespace}:${err.code}` } : {}),
          });
        }
        processed = height;
      }
    };
    const onHeight = (height: number): void => {
      lastSeen = Math.max(lastSeen, height);
      wanted = Math.max(wanted, height);
      if (!loop) {
        loop = run().finally(() => {
          loop = undefined;
          // A height that arrived as the loop ended.
          if (!closing && wanted > processed) onHeight(wanted);
        });
      }
    };

    const health = (): GuardHealth => ({
      status: follower?.mode() === "stopped" || lastSeen === 0 || lastError !== null ? "degraded" : "ok",
      guard: address,
      height: lastSeen,
      follow: follower?.mode() ?? "stopped",
      model: reexecutor?.digest ?? null,
      reexecRate,
      pendingScores: ready.size,
    });
    server = await createGuardServer(
      { host: opts.host, port: opts.port },
      { health, metrics: () => metrics.registry.render() },
    );
    follower = followBlocks(
      {
        rpcUrl: opts.l2,
        ...(opts.pollIntervalMs !== undefined ? { pollIntervalMs: opts.pollIntervalMs } : {}),
        ...(opts.reconnectMs !== undefined ? { reconnectMs: opts.reconnectMs } : {}),
      },
      { logger: log, onHeight },
    );
    log.info("guard started", {
      guard: address,
      registration: outcome,
      url: server.url,
      model: reexecutor?.digest ?? null,
      reexecRate,
      holdBlocks,
    });
    const f = follower;
    const s = server;
    const r = reexecutor;
    return {
      url: s.url,
      address,
      pubkey: Buffer.from(key.pubKey).toString("hex"),
      registration: outcome,
      model: r?.digest ?? null,
      resumedFrom,
      health,
      async close() {
        if (closing) return;
        closing = true;
        await f.close();
        await loop;
        await save();
        await s.close();
        await r?.close();
        c.disconnect();
        log.info("guard stopped", { lastHeight: state.lastHeight });
      },
    };
  } catch (err) {
    await follower?.close();
    await server?.close();
    await reexecutor?.close();
    client?.disconnect();
    throw err;
  }
}
