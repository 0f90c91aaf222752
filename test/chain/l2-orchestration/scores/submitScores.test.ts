import assert from "node:assert/strict";
import { ScoresCode } from "../../../../chain/l2-orchestration/modules/scores/index.js";
import { withNumbers } from "../../../../chain/l2-orchestration/shared/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { eventsOf, responses } from "../harness.js";
import { Market } from "../lifecycle/market.js";

const v1 = strata.scores.v1;
const { Verdict, Method } = v1;
const S = "scores";
const P = "/strata.scores.v1.Query/";

/** A market with one task recorded and fully revealed: SCORING, 3 of 4 guards drawn, quorum 2. */
function scoringMarket(opts: Parameters<typeof Market.create>[0] = {}) {
  const m = Market.create({ guards: 4, ...opts });
  const id = m.taskId(1);
  m.chain.deliverOk("router", [m.record([m.task(id)])]);
  m.chain.deliverOk("router", [
    m.reveal(
      "router",
      m.executors.map((e) => m.revealOf(id, e)),
    ),
  ]);
  const assigned = m.assignedGuards(id);
  const unassigned = m.guards.filter((g) => !assigned.includes(g));
  return { m, id, assigned, unassigned };
}

function pending(m: Market, guard: string): string[] {
  return m.chain.queryOk(
    `${P}GuardAssignments`,
    v1.QueryGuardAssignmentsRequest.encode({ guard: m.addr(guard) }).finish(),
    (b) => v1.QueryGuardAssignmentsResponse.decode(b).taskIds,
  );
}

describe("scores: MsgSubmitScores and verdicts", () => {
  describe("verdicts", () => {
    it("a quorum of scores decides at once: lower median per executor, ACCEPTED", () => {
      const { m, id, assigned } = scoringMarket();
      assert.deepEqual(pending(m, assigned[0]!), [id]);
      const [g1, g2, g3] = assigned as [string, string, string];
      const r1 = m.chain.deliver(g1, [m.score(g1, [m.scoreOf(id, { exec2: 900_000, exec3: 700_000 })])]);
      assert.equal(r1.code, 0, r1.log);
      assert.deepEqual(v1.MsgSubmitScoresResponse.decode(responses(r1)[0]!.value).decided, []);
      assert.deepEqual(pending(m, g1), []);
      assert.deepEqual(pending(m, g2), [id]);
      const r2 = m.chain.deliver(g2, [m.score(g2, [m.scoreOf(id, { exec2: 800_000, exec3: 950_000 })])]);
      assert.equal(r2.code, 0, r2.log);
      assert.deepEqual(v1.MsgSubmitScoresResponse.decode(responses(r2)[0]!.value).decided, [id]);
      const s = m.getScoring(id)!;
      assert.equal(s.verdict, Verdict.VERDICT_ACCEPTED);
      assert.equal(s.verdictHeight, m.chain.height);
      // lower median of two scores is the smaller one
      assert.deepEqual(
        s.finalScores.map((f) => f.score),
        [1_000_000, 800_000, 700_000],
      );
      assert.deepEqual(s.faulty, []);
      // The third guard's pending entry went with the verdict.
      assert.deepEqual(pending(m, g3), []);
      assert.deepEqual(eventsOf(r2.events, "verdict")[0]!.verdict, "VERDICT_ACCEPTED");
      m.checkInvariants();
    });

    it("a quorum of three takes the middle score; a revealed executor below the threshold is faulty", () => {
      const { m, id, assigned } = scoringMarket({ modules: { scores: { params: { quorum: 3 } } } });
      const given = [
        { exec2: 200_000, exec3: 100_000 },
        { exec2: 900_000, exec3: 400_000 },
        { exec2: 600_000, exec3: 999_999 },
      ];
      assigned.forEach((g, i) => {
        m.chain.deliverOk(g, [m.score(g, [m.scoreOf(id, given[i]!)])]);
      });
      const s = m.getScoring(id)!;
      assert.equal(s.scores.length, 3);
      assert.deepEqual(
        s.finalScores.map((f) => f.score),
        [1_000_000, 600_000, 400_000],
      );
      assert.deepEqual(s.faulty, [m.addr("exec3")]);
      // The served executor is fine: ACCEPTED.
      assert.equal(s.verdict, Verdict.VERDICT_ACCEPTED);
    });

    it("REJECTED when the served (first) executor is faulty", () => {
      const { m, id, assigned } = scoringMarket();
      for (const g of assigned.slice(0, 2)) m.chain.deliverOk(g, [m.score(g, [m.scoreOf(id, { exec1: 0 })])]);
      const s = m.getScoring(id)!;
      assert.equal(s.verdict, Verdict.VERDICT_REJECTED);
      assert.deepEqual(s.faulty, [m.addr("exec1")]);
    });

    it("at the deadline with one score: decided from it; with none: UNVERIFIED", () => {
      const { m, id, assigned } = scoringMarket();
      const other = m.taskId(2);
      m.chain.deliverOk("router", [m.record([m.task(other)])]);
      m.chain.deliverOk("router", [
        m.reveal(
          "router",
          m.executors.map((e) => m.revealOf(other, e)),
        ),
      ]);
      const g = assigned[0]!;
      m.chain.deliverOk(g, [m.score(g, [m.scoreOf(id, { exec3: 0 })])]);
      const deadline = m.getScoring(id)!.deadline;
      m.chain.advanceTo(deadline - 1);
      assert.equal(m.getScoring(id)!.verdict, Verdict.VERDICT_UNSPECIFIED);
      const block = m.chain.nextBlock();
      const s = m.getScoring(id)!;
      assert.equal(s.verdict, Verdict.VERDICT_ACCEPTED);
      assert.deepEqual(s.faulty, [m.addr("exec3")]);
      assert.equal(eventsOf(block.blockEvents, "verdict").length, 1);
      m.chain.advanceTo(m.getScoring(other)!.deadline);
      const u = m.getScoring(other)!;
      assert.equal(u.verdict, Verdict.VERDICT_UNVERIFIED);
      assert.deepEqual(u.finalScores, []);
      for (const guard of m.guards) assert.deepEqual(pending(m, guard), []);
      m.checkInvariants();
    });

    it("UNVERIFIED at once when no guard can be drawn; EXPIRED at once when nobody revealed", () => {
      const m = Market.create({ guards: 0 });
      const id = m.taskId(1);
      m.chain.deliverOk("router", [m.record([m.task(id)])]);
      m.chain.deliverOk("router", [m.reveal("router", [m.revealOf(id, "exec1"), m.revealOf(id, "exec2")])]);
      m.chain.advanceTo(m.getTask(id)!.revealDeadline);
      const s = m.getScoring(id)!;
      assert.equal(s.verdict, Verdict.VERDICT_UNVERIFIED);
      assert.deepEqual(s.assigned, []);
      assert.deepEqual(
        s.finalScores.map((f) => [f.executor, f.score]),
        [[m.addr("exec3"), 0]],
      );
      const silent = m.taskId(2);
      m.chain.deliverOk("router", [m.record([m.task(silent)])]);
      m.chain.advanceTo(m.getTask(silent)!.revealDeadline);
      assert.equal(m.getScoring(silent)!.verdict, Verdict.VERDICT_EXPIRED);
    });
  });

  describe("refuses", () => {
    it("a score from an unassigned guard, and from a node that is no guard", () => {
      const { m, id, unassigned } = scoringMarket();
      const g = unassigned[0]!;
      m.expectRefused(
        g,
        [m.score(g, [m.scoreOf(id, {})])],
        S,
        ScoresCode.notAssigned,
        /was not drawn for task/,
      );
      m.expectRefused(
        "exec1",
        [m.score("exec1", [m.scoreOf(id, {})])],
        S,
        ScoresCode.notAssigned,
        /not drawn/,
      );
    });

    it("a double score", () => {
      const { m, id, assigned } = scoringMarket();
      const g = assigned[0]!;
      m.chain.deliverOk(g, [m.score(g, [m.scoreOf(id, {})])]);
      m.expectRefused(g, [m.score(g, [m.scoreOf(id, {})])], S, ScoresCode.doubleScore, /already scored task/);
      // Also twice in one message.
      const { m: m2, id: id2, assigned: a2 } = scoringMarket();
      const g2 = a2[0]!;
      m2.expectRefused(
        g2,
        [m2.score(g2, [m2.scoreOf(id2, {}), m2.scoreOf(id2, {})])],
        S,
        ScoresCode.doubleScore,
        /already scored/,
      );
    });

    it("a score after the verdict, and after the deadline", () => {
      const { m, id, assigned } = scoringMarket();
      for (const g of assigned.slice(0, 2)) m.chain.deliverOk(g, [m.score(g, [m.scoreOf(id, {})])]);
      const late = assigned[2]!;
      m.expectRefused(
        late,
        [m.score(late, [m.scoreOf(id, {})])],
        S,
        ScoresCode.verdictReached,
        /was decided at height \d+ \(verdict VERDICT_ACCEPTED\)/,
      );
      m.chain.advanceTo(m.getScoring(id)!.deadline);
      m.expectRefused(
        late,
        [m.score(late, [m.scoreOf(id, {})])],
        S,
        ScoresCode.scoreTooLate,
        /scores closed at height/,
      );
    });

    it("a score for a task still in its reveal phase or unknown", () => {
      const m = Market.create();
      const id = m.taskId(1);
      m.chain.deliverOk("router", [m.record([m.task(id)])]);
      m.expectRefused(
        "guard1",
        [m.score("guard1", [m.scoreOf(id, {})])],
        S,
        ScoresCode.notScoring,
        /still in its reveal phase/,
      );
      m.expectRefused(
        "guard1",
        [m.score("guard1", [m.scoreOf(m.taskId(9), {})])],
        S,
        ScoresCode.notScoring,
        /no scoring/,
      );
    });

    it("scores that are not exactly the task's executors, out of range, without a method or with a long note", () => {
      const { m, id, assigned } = scoringMarket();
      const g = assigned[0]!;
      const refuse = (score: strata.scores.v1.ITaskScore, code: number, log: RegExp) =>
        m.expectRefused(g, [m.score(g, [score])], S, code, log);
      refuse(
        m.scoreOf(id, {}, ["exec1", "exec2"]),
        ScoresCode.invalidScore,
        /must name exactly its executors/,
      );
      refuse(m.scoreOf(id, {}, ["exec1", "exec2", "guard1"]), ScoresCode.invalidScore, /must name exactly/);
      refuse(m.scoreOf(id, {}, ["exec1", "exec2", "exec2"]), ScoresCode.invalidScore, /scored twice/);
      refuse(m.scoreOf(id, { exec2: 1_000_001 }), ScoresCode.invalidScore, /exceeds 1000000/);
      refuse(
        { ...m.scoreOf(id, {}), method: Method.METHOD_UNSPECIFIED },
        ScoresCode.invalidScore,
        /not a scoring method/,
      );
      refuse(
        { ...m.scoreOf(id, {}), method: 9 as strata.scores.v1.Method },
        ScoresCode.invalidScore,
        /not a scoring method/,
      );
      refuse(
        { ...m.scoreOf(id, {}), note: "x".repeat(257) },
        ScoresCode.invalidScore,
        /note longer than 256 bytes/,
      );
      refuse({ ...m.scoreOf(id, {}), taskId: "12" }, ScoresCode.invalidTaskId, /not 64 lowercase hex/);
      m.expectRefused(g, [m.score(g, [])], S, ScoresCode.invalidRequest, /no scores/);
      // A valid score still lands.
      assert.equal(
        m.chain.deliver(g, [m.score(g, [{ ...m.scoreOf(id, {}), note: "é".repeat(128) }])]).code,
        0,
      );
    });

    it("more scores than max_scores_per_msg", () => {
      const { m, id, assigned } = scoringMarket({ modules: { scores: { params: { maxScoresPerMsg: 1 } } } });
      const g = assigned[0]!;
      m.expectRefused(
        g,
        [m.score(g, [m.scoreOf(id, {}), m.scoreOf(m.taskId(2), {})])],
        S,
        ScoresCode.invalidRequest,
        /at most 1/,
      );
    });
  });

  describe("queries", () => {
    it("TaskScoring (NotFound before assignment), GuardAssignments, Params", () => {
      const { m, id, assigned } = scoringMarket();
      const got = m.chain.queryOk(
        `${P}TaskScoring`,
        v1.QueryTaskScoringRequest.encode({ taskId: id }).finish(),
        (b) => withNumbers(v1.QueryTaskScoringResponse.decode(b)),
      );
      assert.deepEqual(
        got.scoring!.assigned,
        assigned.map((g) => m.addr(g)),
      );
      const missing = m.chain.query(
        `${P}TaskScoring`,
        v1.QueryTaskScoringRequest.encode({ taskId: m.taskId(7) }).finish(),
      );
      assert.equal(missing.code, 22);
      const bad = m.chain.query(
        `${P}GuardAssignments`,
        v1.QueryGuardAssignmentsRequest.encode({ guard: "x" }).finish(),
      );
      assert.equal(bad.code, 18);
      const { params } = m.chain.queryOk(`${P}Params`, new Uint8Array(), (b) =>
        withNumbers(v1.QueryParamsResponse.decode(b)),
      );
      assert.deepEqual(
        { ...params },
        { guardsPerTask: 3, quorum: 2, scoreBlocks: 50, fraudThreshold: 500_000, maxScoresPerMsg: 200 },
      );
    });
  });
});
