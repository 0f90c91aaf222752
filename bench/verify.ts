/**
 * `npm run bench -- verify` (second part): how fast guards catch an always-cheating executor, and
 * what verification costs, simulated over the real pure policies: the guards' signature-drawn
 * re-execution sample (`isSampled`'s draw), `planTask` / `scoreTask`, the posting hold
 * (`postAfter`), and the chain's own verdict (`judge` of the scores module: lower median of the
 * first `quorum` scores, fraud below 500,000). Method and recorded figures: BENCHMARKS.md,
 * "Verification".
 */
import { createHash } from "node:crypto";
import { ed25519FromSeed } from "../chain/core/crypto/index.js";
import { judge, type ScoredTask, type TaskScoring } from "../chain/l2-orchestration/modules/scores/index.js";
import {
  type CompareMode,
  inSample,
  perGuardRate,
  planTask,
  postAfter,
  sampleMessage,
  sampleValue,
  scoreTask,
  type TaskView,
} from "../guard-node/policy/index.js";

/** Options of {@link benchVerification}. */
export interface VerificationBenchOptions {
  /** Re-execution rates: the share of tasks re-executed by at least one guard (`--reexec-rate`). */
  rates?: number[];
  /** Executors per task (k). */
  redundancies?: number[];
  /** Guards drawn per task (the chain's `guards_per_task`; quorum = min(2, guards)). */
  guards?: number[];
  /** Seeded trials per configuration. */
  trials?: number;
  /** Tasks the cheater serves per trial. */
  tasks?: number;
  seed?: string;
}

/** One configuration's figures. */
export interface VerificationFigures {
  rate: number;
  redundancy: number;
  guards: number;
  /** Share of trials in which the cheater was judged faulty within `tasks` tasks. */
  detectedWithin: number;
  /** k = 1: 1 − (1 − rate)^tasks, what the sample alone predicts; null for k ≥ 2 (caught at once). */
  detectedWithinAnalytic: number | null;
  /** Mean share of the cheater's first `tasks` tasks served before its detection (all when never detected). */
  undetectedShare: number;
  /** Mean tasks the cheater served before the one it was caught on (detected trials only). */
  meanTasksBeforeDetection: number | null;
  /** Re-executions per task on an honest workload (the sample's cost in steady state). */
  reexecPerTask: number;
  /** Re-executions per task while the cheater was being served (includes disagreement re-runs). */
  reexecPerCheatedTask: number;
  /** Extra executions per task from redundancy (k − 1). */
  redundancyPerTask: number;
  /** reexecPerTask + redundancyPerTask: verification compute over one execution per task. */
  extraComputePerTask: number;
  /** Honest executors judged faulty in the same runs (must be 0). */
  honestFaulted: number;
}

const SCALE_THRESHOLD = 500_000;
const QUORUM = 2;
const MODEL = "m".repeat(64);
const EXACT: CompareMode = { kind: "exact" };
const HONEST = "the honest answer";
const CHEAT = "THE HONEST ANSWER";

const hash = (text: string) => createHash("sha256").update(text).digest();

/** The verdict the chain reaches for one task from the guards' decisions. */
function verdictOf(
  view: TaskView,
  decisions: { postAfter: number; guard: number; scores: { executor: string; score: number }[] }[],
): string[] {
  const quorum = Math.min(QUORUM, decisions.length);
  // Scores land in posting order (held ones later; ties by draw order).
  const first = [...decisions]
    .sort((a, b) => a.postAfter - b.postAfter || a.guard - b.guard)
    .slice(0, quorum);
  const task = { receipts: view.receipts.map((r) => ({ executor: r.executor })), missedReveals: [] };
  const scores = first.map((d) => ({
    guard: `g${d.guard}`,
    height: 0,
    score: { taskId: view.id, method: 0, note: "", scores: d.scores },
  }));
  return judge(task as unknown as ScoredTask, scores as unknown as TaskScoring["scores"], SCALE_THRESHOLD)
    .faulty;
}

/**
 * Simulates, for each (rate, redundancy, guards), `trials` runs of an always-cheating executor
 * serving `tasks` tasks (k = 2: beside an honest executor), and the same tasks served honestly.
 */
export function benchVerification(opts: VerificationBenchOptions = {}): {
  method: string;
  trials: number;
  tasks: number;
  figures: VerificationFigures[];
} {
  // 4.6 %: the lowest rate whose predicted detection within 100 tasks (1 − 0.954^100) reaches 99 %.
  const rates = opts.rates ?? [0.01, 0.02, 0.046, 0.05, 0.1];
  const redundancies = opts.redundancies ?? [1, 2];
  const guardCounts = opts.guards ?? [1, 3];
  const trials = opts.trials ?? Number(process.env.STRATA_BENCH_VERIFY_TRIALS ?? 1000);
  const tasks = opts.tasks ?? 100;
  const seed = opts.seed ?? "strata bench verify v1";
  const maxGuards = Math.max(...guardCounts);

  // The draws are the guards' real signatures over the task ids; they do not depend on the rate,
  // so each (trial, guard, task) is signed once and compared with every rate.
  const draws: Float64Array[] = [];
  const ids: string[][] = [];
  for (let t = 0; t < trials; t++) {
    const keys = Array.from({ length: maxGuards }, (_, g) =>
      ed25519FromSeed(hash(`${seed}/${t}/guard/${g}`)),
    );
    const taskIds = Array.from({ length: tasks }, (_, i) => hash(`${seed}/${t}/task/${i}`).toString("hex"));
    ids.push(taskIds);
    const d = new Float64Array(maxGuards * tasks);
    for (let g = 0; g < maxGuards; g++) {
      for (let i = 0; i < tasks; i++)
        d[g * tasks + i] = sampleValue(keys[g]!.sign(sampleMessage(taskIds[i]!)));
    }
    draws.push(d);
  }

  const figures: VerificationFigures[] = [];
  for (const guards of guardCounts) {
    for (const redundancy of redundancies) {
      for (const rate of rates) {
        let detected = 0;
        let undetectedTasks = 0;
        let beforeDetection = 0;
        let honestReexecs = 0;
        let cheatReexecs = 0;
        let cheatTasks = 0;
        let honestFaulted = 0;
        for (let t = 0; t < trials; t++) {
          let caughtAt = -1;
          for (let i = 0; i < tasks; i++) {
            const id = ids[t]![i]!;
            for (const cheating of [true, false]) {
              if (cheating && caughtAt >= 0) continue;
              // Executor 0 is the one under test (served); in k = 2 executor 1 is an honest peer.
              const executors = Array.from({ length: redundancy }, (_, e) => `e${e}`);
              const view: TaskView = {
                id,
                receipts: executors.map((executor) => ({ executor, modelSha256: MODEL })),
                reveals: executors.map((executor, e) => ({
                  executor,
                  output: cheating && e === 0 ? CHEAT : HONEST,
                })),
                missedReveals: [],
              };
              const decisions = [];
              for (let g = 0; g < guards; g++) {
                const input = {
                  task: view,
                  modelSha256: MODEL,
                  mode: EXACT,
                  sampled: inSample(draws[t]![g * tasks + i]!, perGuardRate(rate, guards)),
                  canReexecute: true,
                };
                const plan = planTask(input);
                if (plan.reexecute) {
                  if (cheating) cheatReexecs++;
                  else honestReexecs++;
                }
                const decision = scoreTask({
                  ...input,
                  reexecution: plan.reexecute ? { output: HONEST, reason: plan.reexecute } : null,
                });
                decisions.push({
                  guard: g,
                  scores: decision.scores,
                  postAfter: postAfter({
                    assignedHeight: 0,
                    deadline: 50,
                    reexecuted: plan.reexecute !== null,
                    holdBlocks: 25,
                  }),
                });
              }
              const faulty = verdictOf(view, decisions);
              if (cheating) {
                cheatTasks++;
                if (faulty.includes("e0")) caughtAt = i;
              }
              honestFaulted += faulty.filter((e) => !(cheating && e === "e0")).length;
            }
          }
          if (caughtAt >= 0) {
            detected++;
            beforeDetection += caughtAt;
            undetectedTasks += caughtAt;
          } else {
            undetectedTasks += tasks;
          }
        }
        const reexecPerTask = honestReexecs / (trials * tasks);
        const round = (x: number) => Math.round(x * 10_000) / 10_000;
        figures.push({
          rate,
          redundancy,
          guards,
          detectedWithin: round(detected / trials),
          detectedWithinAnalytic: redundancy === 1 ? round(1 - (1 - rate) ** tasks) : null,
          undetectedShare: round(undetectedTasks / (trials * tasks)),
          meanTasksBeforeDetection: detected > 0 ? round(beforeDetection / detected) : null,
          reexecPerTask: round(reexecPerTask),
          reexecPerCheatedTask: round(cheatReexecs / cheatTasks),
          redundancyPerTask: redundancy - 1,
          extraComputePerTask: round(reexecPerTask + redundancy - 1),
          honestFaulted,
        });
      }
    }
  }
  return {
    method:
      "always-cheating executor (altered output) for `tasks` tasks per trial, k = 2 beside an honest executor; " +
      "guards draw with ed25519 signatures of the task ids; planTask/scoreTask/postAfter of guard-node/policy; " +
      "verdict by the chain's judge() over the first min(2, guards) scores in posting order",
    trials,
    tasks,
    figures,
  };
}
