/** `strata query tasks show`: the task report across tasks, scores and settlement. */
import type { Command } from "commander";
import type { TaskReport } from "../../../client/index.js";
import { outputFormat, printResult } from "../../output.js";
import { addNodeOption, lines, notFound, withClient } from "./common.js";

/** The human rendering of a task report. */
export function taskReportText(r: TaskReport): string {
  const out = [
    lines([
      ["task", r.id],
      ["status", r.status],
      ["session", r.sessionId],
      ["model", r.model],
      ["router", r.router],
      ["recorded at", r.recordedHeight],
      ["reveal deadline", r.revealDeadline],
      ["reserved", r.status === "SETTLED" ? undefined : `${r.reserved} ustra`],
    ]),
    "receipts:",
    ...r.receipts.map(
      (x) =>
        `  ${x.executor}${x.served ? " (served)" : ""}  tokens ${x.inputTokens} in / ${x.outputTokens} out  ${x.revealed ? "revealed" : "not revealed"}`,
    ),
  ];
  if (r.reveals.length > 0) {
    out.push("reveals:", ...r.reveals.map((x) => `  ${x.executor}: ${JSON.stringify(x.output)}`));
  }
  if (r.missedReveals.length > 0) out.push(`missed reveals: ${r.missedReveals.join(", ")}`);
  if (r.guards.length > 0)
    out.push(`guards: ${r.guards.join(", ")} (quorum ${r.quorum}, deadline ${r.scoreDeadline})`);
  if (r.scores.length > 0) {
    out.push(
      "scores:",
      ...r.scores.map(
        (g) =>
          `  ${g.guard} by ${g.method} at ${g.height}: ${g.scores.map((s) => `${s.executor}=${s.score}`).join(" ")}${g.note ? `  (${g.note})` : ""}`,
      ),
    );
  }
  out.push(`verdict: ${r.verdict ?? "none yet"}${r.verdict ? ` at ${r.verdictHeight}` : ""}`);
  if (r.finalScores.length > 0)
    out.push(`final scores: ${r.finalScores.map((s) => `${s.executor}=${s.score}`).join(" ")}`);
  if (r.faulty.length > 0) out.push(`faulty: ${r.faulty.join(", ")}`);
  if (r.settlement) {
    const s = r.settlement;
    out.push(
      `settled at ${s.height}: charge ${s.charge} ustra, refunded ${s.refunded} ustra (${s.inputTokens} in × ${s.priceInputPer_1k} + ${s.outputTokens} out × ${s.priceOutputPer_1k} per 1k)`,
      "payments:",
      ...r.payments.map((p) => `  ${p.amount} ustra to ${p.recipient} (${p.role}): ${p.reason}`),
    );
  }
  if (r.slashes.length > 0) {
    out.push(
      "slashes:",
      ...r.slashes.map((s) => `  ${s.node}: ${s.amount} ustra for ${s.reason}${s.jailed ? ", jailed" : ""}`),
    );
  }
  return out.join("\n");
}

/** Registers `query tasks …` on the `query` command. */
export function registerTasksQuery(query: Command): void {
  const tasks = query.command("tasks").description("task records (L2)");
  addNodeOption(
    tasks
      .command("show")
      .description("a task: receipts, reveals, guard scores, verdict, payments with reasons, slashes")
      .argument("<id>", "task id (64 hex)"),
  ).action(async (id: string, _opts, cmd: Command) => {
    const report = await withClient(cmd, (c) => c.taskReport(id.toLowerCase()));
    if (!report) throw notFound(`task ${id}`);
    printResult(outputFormat(cmd), report, taskReportText);
  });
}
