/**
 * Reads what a guard needs to judge one assigned task from L2: the task (receipts, reveals and the
 * revealed request), its scoring (assignment height and deadline) and its model version.
 */
import type { ModelVersion, StrataQueryClient } from "../../client/index.js";
import { TaskStatus, Verdict } from "../../client/index.js";
import type { TaskView } from "../policy/index.js";

/** An assigned task, read from L2. */
export interface AssignedTask {
  view: TaskView;
  model: Pick<ModelVersion, "id" | "weightsSha256" | "format">;
  assignedHeight: number;
  deadline: number;
  /** Guards drawn for the task (this one included). */
  guards: number;
  /** The request revealed with the task (`Reveal.prompt`, the first one set), or null. */
  prompt: string | null;
  /** The receipts' `prompt_sha256`. */
  promptSha256: string;
}

/** Model versions by id: their content never changes, so one read each is enough. */
export type ModelCache = Map<string, Pick<ModelVersion, "id" | "weightsSha256" | "format">>;

/**
 * The task `id` as the guard judges it, or null when it is no longer waiting for scores (unknown,
 * not SCORING, or decided).
 */
export async function loadAssignedTask(
  query: StrataQueryClient,
  id: string,
  models: ModelCache,
): Promise<AssignedTask | null> {
  const [task, scoring] = await Promise.all([query.tasks.task(id), query.scores.taskScoring(id)]);
  if (!task || !scoring) return null;
  if (task.status !== TaskStatus.TASK_STATUS_SCORING || scoring.verdict !== Verdict.VERDICT_UNSPECIFIED)
    return null;
  let model = models.get(task.model);
  if (!model) {
    const m = await query.models.model(task.model);
    if (!m) return null;
    model = { id: m.id, weightsSha256: m.weightsSha256, format: m.format };
    models.set(m.id, model);
  }
  const prompt = task.reveals.find((r) => r.prompt)?.prompt ?? null;
  return {
    view: {
      id: task.id,
      receipts: task.receipts.map((r) => ({ executor: r.executor ?? "", modelSha256: r.modelSha256 ?? "" })),
      reveals: task.reveals.map((r) => ({ executor: r.executor ?? "", output: r.output ?? "" })),
      missedReveals: [...task.missedReveals],
    },
    model,
    assignedHeight: Number(scoring.assignedHeight),
    deadline: Number(scoring.deadline),
    guards: scoring.assigned.length,
    prompt,
    promptSha256: task.receipts[0]?.promptSha256 ?? "",
  };
}
