/**
 * One task judged: the revealed request read back, the comparison mode, the sampling draw, the
 * plan, a re-execution when the plan asks for one, and the score (RULES.md, scores, "Guard
 * scoring policy"). Policies are the pure functions of `policy/`; this file only runs them.
 */
import { errorMessage } from "../../chain/core/errors/index.js";
import type { Logger } from "../../chain/core/log/index.js";
import { enumName, Method } from "../../client/index.js";
import {
  canonicalRequestSha256,
  type GenerationRequest,
  parseCanonicalRequest,
} from "../../router-node/inference/index.js";
import type { GuardMetrics } from "../metrics/createGuardMetrics.js";
import {
  type CompareConfig,
  comparisonMode,
  isSampled,
  perGuardRate,
  planTask,
  type ReexecReason,
  reexecutionRequest,
  type SampleSigner,
  scoreTask,
  type TaskScoreDecision,
} from "../policy/index.js";
import type { Reexecutor } from "../reexec/createReexecutor.js";
import type { AssignedTask } from "./loadTask.js";

/** The judging configuration. */
export interface JudgeConfig {
  /** Share of tasks re-executed at random by at least one of their guards, in [0, 1] ({@link perGuardRate}). */
  reexecRate: number;
  compare: CompareConfig;
}

/** Dependencies of {@link judgeTask}. */
export interface JudgeDeps {
  /** The guard's node key: draws the sample. */
  signer: SampleSigner;
  /** The guard's model copy, or null when it has none. */
  reexecutor: Reexecutor | null;
  logger: Logger;
  metrics: GuardMetrics;
  /** Monotonic milliseconds. */
  now(): number;
}

/** A judged task. */
export interface Judgement {
  decision: TaskScoreDecision;
  /** The score rests on the guard's own run. */
  reexecuted: boolean;
}

/** The revealed request, when it is there, hashes to the receipts' digest and reads back. */
function revealedRequest(task: AssignedTask, log: Logger): GenerationRequest | null {
  if (task.prompt === null) return null;
  if (canonicalRequestSha256(task.prompt) !== task.promptSha256) {
    log.warn("revealed request does not hash to prompt_sha256; not re-executable", { task: task.view.id });
    return null;
  }
  try {
    return parseCanonicalRequest(task.prompt, task.model.id);
  } catch (err) {
    log.warn("revealed request is not a canonical request; not re-executable", {
      task: task.view.id,
      error: errorMessage(err),
    });
    return null;
  }
}

/** Judges one assigned task; re-executes it when the plan says so and the guard can. */
export async function judgeTask(task: AssignedTask, cfg: JudgeConfig, deps: JudgeDeps): Promise<Judgement> {
  const log = deps.logger.child({ task: task.view.id });
  const request = revealedRequest(task, log);
  const mode = comparisonMode(
    { request: request ? request.params : null, modelFormat: task.model.format },
    cfg.compare,
  );
  const canReexecute =
    request !== null && deps.reexecutor !== null && deps.reexecutor.digest === task.model.weightsSha256;
  const planInput = {
    task: task.view,
    modelSha256: task.model.weightsSha256,
    mode,
    sampled: isSampled(task.view.id, perGuardRate(cfg.reexecRate, task.guards), deps.signer),
    canReexecute,
  };
  const plan = planTask(planInput);
  let reexecution: { output: string; reason: ReexecReason } | null = null;
  if (plan.reexecute && request && deps.reexecutor) {
    const started = deps.now();
    try {
      const output = await deps.reexecutor.run(reexecutionRequest(request));
      reexecution = { output, reason: plan.reexecute };
      deps.metrics.reexecution(plan.reexecute, "ok", (deps.now() - started) / 1000);
    } catch (err) {
      // Judged on what is left (digests, redundancy) rather than not at all.
      deps.metrics.reexecution(plan.reexecute, "failed", (deps.now() - started) / 1000);
      log.warn("re-execution failed; judging without it", {
        reason: plan.reexecute,
        error: errorMessage(err),
      });
    }
  }
  const decision = scoreTask({ ...planInput, reexecution });
  deps.metrics.taskJudged(enumName(Method, decision.method));
  for (const o of decision.outcomes) deps.metrics.executorJudged(o.outcome);
  log.info("judged", {
    method: enumName(Method, decision.method),
    agreement: plan.agreement.level,
    sampled: planInput.sampled,
    reexecuted: reexecution?.reason ?? null,
    scores: decision.scores.map((s) => `${s.executor}=${s.score}`).join(" "),
  });
  return { decision, reexecuted: reexecution !== null };
}
