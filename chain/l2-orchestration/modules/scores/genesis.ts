import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { enumFromJson, enumToJson, isDigest } from "../../shared/index.js";
import { ScoresCode, ScoresError } from "./errors.js";
import type { TaskScoring } from "./expectedKeepers.js";
import { parseScoresParams, type ScoresParams, type ScoresParamsJson } from "./params.js";
import { scoresStore } from "./store.js";

const { Method, Verdict } = strata.scores.v1;

/** A task scoring in genesis JSON: the protobuf fields (camelCase), enums by name. */
export interface TaskScoringJson {
  taskId: string;
  assigned?: string[];
  assignedHeight?: number;
  deadline?: number;
  quorum?: number;
  scores?: {
    guard: string;
    score: {
      taskId: string;
      method: string | number;
      scores: { executor: string; score: number }[];
      note?: string;
    };
    height: number;
  }[];
  verdict?: string | number;
  finalScores?: { executor: string; score: number }[];
  faulty?: string[];
  verdictHeight?: number;
}

/** Genesis section of the scores module. */
export interface ScoresGenesis {
  params?: ScoresParamsJson;
  scorings?: TaskScoringJson[];
}

function scoringFromJson(json: TaskScoringJson, index: number): TaskScoring {
  const where = `scorings[${index}]`;
  // [REJECT] a genesis scoring names a 64-hex task, a known verdict and known methods
  if (!isDigest(json.taskId ?? "")) throw new ScoresError(ScoresCode.invalidGenesis, `${where}: bad task id`);
  const verdict = enumFromJson(Verdict, json.verdict ?? 0);
  if (verdict === undefined) throw new ScoresError(ScoresCode.invalidGenesis, `${where}: bad verdict`);
  return {
    taskId: json.taskId,
    assigned: json.assigned ?? [],
    assignedHeight: json.assignedHeight ?? 0,
    deadline: json.deadline ?? 0,
    quorum: json.quorum ?? 0,
    scores: (json.scores ?? []).map((g) => {
      const method = enumFromJson(Method, g.score.method);
      if (!method) throw new ScoresError(ScoresCode.invalidGenesis, `${where}: bad method ${g.score.method}`);
      return {
        guard: g.guard,
        score: { taskId: g.score.taskId, method, scores: g.score.scores, note: g.score.note ?? "" },
        height: g.height,
      };
    }),
    verdict,
    finalScores: json.finalScores ?? [],
    faulty: json.faulty ?? [],
    verdictHeight: json.verdictHeight ?? 0,
  };
}

function scoringToJson(s: TaskScoring): TaskScoringJson {
  return {
    taskId: s.taskId,
    assigned: [...s.assigned],
    assignedHeight: s.assignedHeight,
    deadline: s.deadline,
    quorum: s.quorum,
    scores: s.scores.map((g) => ({
      guard: g.guard,
      score: {
        taskId: g.score!.taskId,
        method: enumToJson(Method, g.score!.method),
        scores: g.score!.scores.map((e) => ({ executor: e.executor, score: e.score })),
        note: g.score!.note,
      },
      height: g.height,
    })),
    verdict: enumToJson(Verdict, s.verdict),
    finalScores: s.finalScores.map((e) => ({ executor: e.executor, score: e.score })),
    faulty: [...s.faulty],
    verdictHeight: s.verdictHeight,
  };
}

/**
 * Loads the scores genesis: params (defaults for missing fields), scorings, and the indexes
 * derived from them (deadline queue of undecided tasks, pending assignments of guards that have
 * not scored).
 * @throws ScoresError(invalidGenesis) for bad params or a malformed or duplicate scoring.
 */
export function initScoresGenesis(ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as ScoresGenesis;
  scoresStore.setParams(ctx, parseScoresParams(genesis.params));
  (genesis.scorings ?? []).forEach((json, i) => {
    const s = scoringFromJson(json, i);
    if (scoresStore.hasScoring(ctx, s.taskId)) {
      throw new ScoresError(ScoresCode.invalidGenesis, `scorings[${i}]: duplicate task ${s.taskId}`);
    }
    scoresStore.setScoring(ctx, s);
    if (s.verdict === Verdict.VERDICT_UNSPECIFIED) {
      scoresStore.enqueueDeadline(ctx, s.deadline, s.taskId);
      for (const guard of s.assigned) {
        if (!s.scores.some((g) => g.guard === guard)) scoresStore.addPending(ctx, guard, s.taskId);
      }
    }
  });
}

/** The scores genesis section from state: params and every scoring in task-id order. */
export function exportScoresGenesis(ctx: Context): { params: ScoresParams; scorings: TaskScoringJson[] } {
  return {
    params: scoresStore.getParams(ctx),
    scorings: [...scoresStore.iterateScorings(ctx)].map(scoringToJson),
  };
}
