import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { parseAmount, SCALE, taskUnit } from "../../shared/index.js";
import { SettlementCode, SettlementError } from "./errors.js";
import type {
  ModelsKeeper,
  NodesKeeper,
  SessionsKeeper,
  SettledTask,
  TasksKeeper,
  VerdictScoring,
} from "./expectedKeepers.js";
import { splitCharge } from "./split.js";
import { settlementStore } from "./store.js";

const { Verdict } = strata.scores.v1;

/** Keepers a settlement reads and writes through. */
export interface SettleTaskDeps {
  models: ModelsKeeper;
  nodes: NodesKeeper;
  sessions: SessionsKeeper;
  tasks: TasksKeeper;
  /** Address of the treasury module account. */
  treasury: string;
}

/**
 * Settles a task at its verdict (RULES.md, settlement; the scores module's `afterVerdict`):
 * charges `n_paid · unit` (ACCEPTED: revealed and not faulty; UNVERIFIED: revealed; REJECTED and
 * EXPIRED: nothing), splits it by role, has sessions pay it from escrow and release the rest of
 * the reservation, moves reputations, slashes faulty executors (jailed) and missed reveals, marks
 * the task SETTLED and stores the `Settlement` record.
 * @throws SettlementError(invariant) when the state breaks an invariant (a bug).
 */
export function settleTask(
  deps: SettleTaskDeps,
  ctx: Context,
  task: SettledTask,
  scoring: VerdictScoring,
): void {
  const params = settlementStore.getParams(ctx);
  const model = deps.models.getModel(ctx, task.model);
  if (!model)
    throw new SettlementError(SettlementCode.invariant, `task ${task.id}: model ${task.model} not found`);
  const served = task.receipts[0]!;
  const priceIn = parseAmount(model.priceInputPer_1k) ?? 0n;
  const priceOut = parseAmount(model.priceOutputPer_1k) ?? 0n;
  const unit = taskUnit(served.inputTokens, served.outputTokens, priceIn, priceOut);
  const reserved = parseAmount(task.reserved) ?? 0n;
  // Lookups only; every loop below walks the receipts in order.
  const missed = new Set(task.missedReveals);
  const faulty = new Set(scoring.faulty);
  const finalScore = new Map(scoring.finalScores.map((s) => [s.executor, BigInt(s.score)]));
  const verdict = scoring.verdict;

  let paid: { address: string; weight: bigint }[] = [];
  if (verdict === Verdict.VERDICT_ACCEPTED) {
    paid = task.receipts
      .filter((r) => !missed.has(r.executor) && !faulty.has(r.executor))
      .map((r) => ({ address: r.executor, weight: finalScore.get(r.executor) ?? 0n }));
  } else if (verdict === Verdict.VERDICT_UNVERIFIED) {
    // Equal weights: nobody judged the outputs.
    paid = task.receipts
      .filter((r) => !missed.has(r.executor))
      .map((r) => ({ address: r.executor, weight: 0n }));
  }
  const charge = BigInt(paid.length) * unit;
  if (charge > reserved) {
    throw new SettlementError(
      SettlementCode.invariant,
      `task ${task.id}: charge ${charge} exceeds reserved ${reserved}`,
    );
  }
  const guards = verdict === Verdict.VERDICT_ACCEPTED ? scoring.scores.map((g) => g.guard) : [];
  const payments =
    charge > 0n
      ? splitCharge({
          charge,
          params,
          executors: paid,
          router: task.router,
          modelOwner: model.owner,
          guards,
          treasury: deps.treasury,
        })
      : [];
  deps.sessions.settle(
    ctx,
    task.sessionId,
    reserved,
    payments.map((p) => ({ recipient: p.recipient, amount: p.amount })),
  );

  // Reputation: with a judged verdict every executor and every guard that scored; otherwise only
  // missed reveals (nobody judged the revealed outputs).
  const judged = verdict === Verdict.VERDICT_ACCEPTED || verdict === Verdict.VERDICT_REJECTED;
  for (const r of task.receipts) {
    const wasMissed = missed.has(r.executor);
    if (judged) {
      deps.nodes.recordScore(
        ctx,
        r.executor,
        wasMissed ? 0n : (finalScore.get(r.executor) ?? 0n),
        wasMissed || faulty.has(r.executor),
      );
    } else if (wasMissed) {
      deps.nodes.recordScore(ctx, r.executor, 0n, true);
    }
  }
  if (judged) {
    for (const g of scoring.scores) {
      let deviation = 0n;
      for (const s of g.score!.scores) {
        const diff = BigInt(s.score) - (finalScore.get(s.executor) ?? 0n);
        deviation += diff < 0n ? -diff : diff;
      }
      const mean = deviation / BigInt(Math.max(1, g.score!.scores.length));
      deps.nodes.recordScore(ctx, g.guard, SCALE - mean, false);
    }
  }

  // Slashing: honest executors never lose stake.
  const slashes: strata.settlement.v1.ISlash[] = [];
  for (const r of task.receipts) {
    if (faulty.has(r.executor)) {
      const amount = deps.nodes.slash(ctx, r.executor, BigInt(params.fraudSlash), "fraud", true);
      slashes.push({ node: r.executor, amount: amount.toString(), reason: "fraud", jailed: true });
    } else if (missed.has(r.executor)) {
      const amount = deps.nodes.slash(
        ctx,
        r.executor,
        BigInt(params.missedRevealSlash),
        "missed_reveal",
        false,
      );
      slashes.push({ node: r.executor, amount: amount.toString(), reason: "missed_reveal", jailed: false });
    }
  }

  deps.tasks.markSettled(ctx, task.id);
  settlementStore.setSettlement(ctx, {
    taskId: task.id,
    sessionId: task.sessionId,
    charge: charge.toString(),
    refunded: (reserved - charge).toString(),
    inputTokens: served.inputTokens,
    outputTokens: served.outputTokens,
    priceInputPer_1k: priceIn.toString(),
    priceOutputPer_1k: priceOut.toString(),
    payments: payments.map((p) => ({
      recipient: p.recipient,
      role: p.role,
      amount: p.amount.toString(),
      reason: p.reason,
    })),
    slashes,
    height: ctx.block.height,
  });
  ctx.events.emit("settle_task", {
    task: task.id,
    session: String(task.sessionId),
    verdict: Verdict[verdict] ?? String(verdict),
    charge: charge.toString(),
    refunded: (reserved - charge).toString(),
  });
}
