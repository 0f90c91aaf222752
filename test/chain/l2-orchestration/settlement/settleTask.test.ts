import assert from "node:assert/strict";
import { withNumbers } from "../../../../chain/l2-orchestration/shared/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { eventsOf } from "../harness.js";
import { Market, STAKE } from "../lifecycle/market.js";

const { Verdict } = strata.scores.v1;
const { PaymentRole: R } = strata.settlement.v1;
const { NodeStatus } = strata.nodes.v1;
const P = "/strata.settlement.v1.Query/";
const UNIT = 200n; // floor((100 · 1000 + 50 · 2000) / 1000)
const REP = 500_000; // initial reputation

/** Balances of labels (and the treasury), to compare before and after a settlement. */
function balances(m: Market, labels: string[]): Record<string, bigint> {
  return Object.fromEntries([...labels.map((l) => [l, m.chain.balance(l)]), ["treasury", m.treasury()]]);
}

function deltas(before: Record<string, bigint>, after: Record<string, bigint>): Record<string, bigint> {
  return Object.fromEntries(Object.keys(before).map((k) => [k, after[k]! - before[k]!]));
}

/** Records a task, reveals what each executor ran (or nothing for `silent`), returns its id. */
function recordAndReveal(
  m: Market,
  label: string,
  outputs: Record<string, string> = {},
  silent: string[] = [],
) {
  const id = m.taskId(label);
  const runs = Object.fromEntries(Object.entries(outputs).map(([e, output]) => [e, { output }]));
  m.chain.deliverOk("router", [m.record([m.task(id, m.executors, runs)])]);
  m.checkInvariants();
  const reveals = m.executors.filter((e) => !silent.includes(e)).map((e) => m.revealOf(id, e, outputs[e]));
  if (reveals.length) m.chain.deliverOk("router", [m.reveal("router", reveals)]);
  if (silent.length) m.chain.advanceTo(m.getTask(id)!.revealDeadline);
  m.checkInvariants();
  return id;
}

/** The first `n` assigned guards score the task (`scores` by executor label). */
function score(m: Market, id: string, scores: Record<string, number>, n = 2) {
  for (const g of m.assignedGuards(id).slice(0, n)) {
    m.chain.deliverOk(g, [m.score(g, [m.scoreOf(id, scores)])]);
    m.checkInvariants();
  }
}

const everyone = ["exec1", "exec2", "exec3", "router", "owner", "guard1", "guard2", "guard3", "user"];

describe("settlement: at the verdict", () => {
  it("ACCEPTED, all honest: the charge is split by role, the session pays, reputations move", () => {
    const m = Market.create();
    const id = recordAndReveal(m, "honest");
    const [g1, g2] = m.assignedGuards(id) as [string, string];
    const before = balances(m, everyone);
    score(m, id, {});
    const s = m.getSettlement(id)!;
    assert.equal(s.charge, (3n * UNIT).toString());
    assert.equal(s.refunded, "0");
    assert.equal(s.inputTokens, 100);
    assert.equal(s.priceInputPer_1k, "1000");
    assert.deepEqual(
      s.payments.map((p) => [p.role, p.amount]),
      [
        [R.PAYMENT_ROLE_EXECUTOR, "160"],
        [R.PAYMENT_ROLE_EXECUTOR, "160"],
        [R.PAYMENT_ROLE_EXECUTOR, "160"],
        [R.PAYMENT_ROLE_ROUTER, "30"],
        [R.PAYMENT_ROLE_GUARD, "15"],
        [R.PAYMENT_ROLE_GUARD, "15"],
        [R.PAYMENT_ROLE_MODEL_OWNER, "30"],
        [R.PAYMENT_ROLE_TREASURY, "30"],
      ],
    );
    assert.ok(s.payments.every((p) => p.reason.length > 0));
    assert.deepEqual(s.slashes, []);
    const d = deltas(before, balances(m, everyone));
    assert.deepEqual(d, {
      exec1: 160n,
      exec2: 160n,
      exec3: 160n,
      router: 30n,
      owner: 30n,
      guard1: g1 === "guard1" || g2 === "guard1" ? 15n : 0n,
      guard2: g1 === "guard2" || g2 === "guard2" ? 15n : 0n,
      guard3: g1 === "guard3" || g2 === "guard3" ? 15n : 0n,
      user: 0n,
      treasury: 30n,
    });
    const session = m.session();
    assert.equal(session.balance, (10_000_000n - 600n).toString());
    assert.equal(session.spent, "600");
    assert.equal(session.reserved, "0");
    assert.equal(Number(session.openTasks), 0);
    assert.equal(m.getTask(id)!.status, strata.tasks.v1.TaskStatus.TASK_STATUS_SETTLED);
    assert.equal(m.getTask(id)!.settledHeight, m.chain.height);
    // rep' = 500000 + 100000 · (1000000 − 500000) / 1e6 = 550000, for executors and the guards that agreed.
    for (const l of ["exec1", g1, g2]) assert.equal(m.node(l).reputation, 550_000, l);
    assert.equal(m.node("exec1").tasksSettled, 1);
    const [unscored] = m.guards.filter((g) => g !== g1 && g !== g2);
    assert.equal(m.node(unscored!).reputation, REP);
    m.checkInvariants();
    // Queries.
    const q = m.chain.queryOk(
      `${P}Settlement`,
      strata.settlement.v1.QuerySettlementRequest.encode({ taskId: id }).finish(),
      (b) => withNumbers(strata.settlement.v1.QuerySettlementResponse.decode(b)),
    );
    assert.equal(q.settlement!.charge, "600");
    const missing = m.chain.query(
      `${P}Settlement`,
      strata.settlement.v1.QuerySettlementRequest.encode({ taskId: m.taskId(0) }).finish(),
    );
    assert.equal(missing.code, 22);
    const t = m.chain.queryOk(`${P}Treasury`, new Uint8Array(), (b) =>
      strata.settlement.v1.QueryTreasuryResponse.decode(b),
    );
    assert.equal(t.address, m.chain.moduleAddress("treasury"));
    assert.equal(t.balance, m.treasury().toString());
    const params = m.chain.queryOk(`${P}Params`, new Uint8Array(), (b) =>
      withNumbers(strata.settlement.v1.QueryParamsResponse.decode(b)),
    );
    assert.equal(params.params!.executorsBps, 8000);
  });

  it("a fraudulent executor (reveal differs, guards score it 0) is slashed fraud_slash and jailed and gets nothing; honest ones are paid", () => {
    const m = Market.create();
    const id = recordAndReveal(m, "fraud", { exec3: "a made-up answer" });
    const before = balances(m, everyone);
    const treasuryBefore = m.treasury();
    score(m, id, { exec3: 0 });
    const scoring = m.getScoring(id)!;
    assert.equal(scoring.verdict, Verdict.VERDICT_ACCEPTED);
    assert.deepEqual(scoring.faulty, [m.addr("exec3")]);
    const s = m.getSettlement(id)!;
    // Two executors paid: charge 2 · unit, one unit back to the session.
    assert.equal(s.charge, "400");
    assert.equal(s.refunded, "200");
    assert.ok(!s.payments.some((p) => p.recipient === m.addr("exec3")));
    assert.deepEqual(
      s.slashes.map((x) => [x.node, x.amount, x.reason, x.jailed]),
      [[m.addr("exec3"), (STAKE / 10n).toString(), "fraud", true]],
    );
    const d = deltas(before, balances(m, everyone));
    assert.equal(d.exec1, 160n);
    assert.equal(d.exec2, 160n);
    assert.equal(d.exec3, 0n);
    // The treasury takes its share and the slashed stake.
    assert.equal(m.treasury() - treasuryBefore, 20n + STAKE / 10n);
    const exec3 = m.node("exec3");
    assert.equal(exec3.status, NodeStatus.NODE_STATUS_JAILED);
    assert.equal(exec3.stake, (STAKE - STAKE / 10n).toString());
    assert.equal(exec3.tasksFaulted, 1);
    // rep' = 500000 + 100000 · (0 − 500000) / 1e6 = 450000
    assert.equal(exec3.reputation, 450_000);
    // Honest executors never lose stake.
    assert.equal(m.node("exec1").stake, STAKE.toString());
    assert.equal(m.session().balance, (10_000_000n - 400n).toString());
    m.checkInvariants();
  });

  it("a missed reveal slashes missed_reveal_slash without jail; the others are paid", () => {
    const m = Market.create();
    const id = recordAndReveal(m, "missed", {}, ["exec2"]);
    assert.deepEqual(m.getTask(id)!.missedReveals, [m.addr("exec2")]);
    score(m, id, { exec2: 0 });
    const s = m.getSettlement(id)!;
    assert.equal(m.getScoring(id)!.verdict, Verdict.VERDICT_ACCEPTED);
    assert.equal(s.charge, "400");
    assert.deepEqual(
      s.slashes.map((x) => [x.node, x.amount, x.reason, x.jailed]),
      [[m.addr("exec2"), (STAKE / 100n).toString(), "missed_reveal", false]],
    );
    assert.equal(m.node("exec2").status, NodeStatus.NODE_STATUS_ACTIVE);
    assert.equal(m.node("exec2").tasksFaulted, 1);
    m.checkInvariants();
  });

  it("REJECTED (the served executor cheated): nothing charged, the reservation returns, only the cheater is slashed", () => {
    const m = Market.create();
    const id = recordAndReveal(m, "rejected", { exec1: "made up" });
    const before = balances(m, everyone);
    score(m, id, { exec1: 100_000 });
    assert.equal(m.getScoring(id)!.verdict, Verdict.VERDICT_REJECTED);
    const s = m.getSettlement(id)!;
    assert.equal(s.charge, "0");
    assert.equal(s.refunded, "600");
    assert.deepEqual(s.payments, []);
    assert.deepEqual(
      s.slashes.map((x) => x.node),
      [m.addr("exec1")],
    );
    const d = deltas(before, balances(m, everyone));
    assert.equal(d.exec2, 0n);
    assert.equal(d.treasury, STAKE / 10n);
    assert.equal(m.session().balance, "10000000");
    assert.equal(m.session().reserved, "0");
    m.checkInvariants();
  });

  it("EXPIRED (nobody revealed): full refund, every executor slashed for its missed reveal", () => {
    const m = Market.create();
    const id = recordAndReveal(m, "expired", {}, m.executors);
    assert.equal(m.getScoring(id)!.verdict, Verdict.VERDICT_EXPIRED);
    const s = m.getSettlement(id)!;
    assert.equal(s.charge, "0");
    assert.equal(s.refunded, "600");
    assert.equal(s.slashes.length, 3);
    assert.ok(s.slashes.every((x) => x.reason === "missed_reveal" && !x.jailed));
    assert.equal(m.session().balance, "10000000");
    assert.equal(Number(m.session().openTasks), 0);
    // rep' = 450000 for each, counted faulted.
    for (const e of m.executors) assert.equal(m.node(e).reputation, 450_000);
    m.checkInvariants();
  });

  it("UNVERIFIED (no guard to draw): revealed executors paid equally, the guard share to the treasury", () => {
    const m = Market.create({ guards: 0 });
    const id = recordAndReveal(m, "unverified", {}, ["exec3"]);
    assert.equal(m.getScoring(id)!.verdict, Verdict.VERDICT_UNVERIFIED);
    const s = m.getSettlement(id)!;
    assert.equal(s.charge, "400");
    assert.deepEqual(
      s.payments.map((p) => [p.role, p.amount, p.reason]),
      [
        [R.PAYMENT_ROLE_EXECUTOR, "160", "executor share 80% x 1/2 (equal weights)"],
        [R.PAYMENT_ROLE_EXECUTOR, "160", "executor share 80% x 1/2 (equal weights)"],
        [R.PAYMENT_ROLE_ROUTER, "20", "router share 5%"],
        [R.PAYMENT_ROLE_TREASURY, "20", "guard share 5%: no guard scored"],
        [R.PAYMENT_ROLE_MODEL_OWNER, "20", "model owner share 5%"],
        [R.PAYMENT_ROLE_TREASURY, "20", "treasury share 5%"],
      ],
    );
    // Revealed executors' reputation does not move; the missed reveal's does.
    assert.equal(m.node("exec1").reputation, REP);
    assert.equal(m.node("exec3").reputation, 450_000);
    assert.deepEqual(
      s.slashes.map((x) => x.reason),
      ["missed_reveal"],
    );
    m.checkInvariants();
  });

  it("a guard far from the final scores loses reputation: SCALE − mean |guard − final|", () => {
    const m = Market.create({ modules: { scores: { params: { quorum: 3 } } } });
    const id = recordAndReveal(m, "guards");
    const [g1, g2, g3] = m.assignedGuards(id) as [string, string, string];
    m.chain.deliverOk(g1, [m.score(g1, [m.scoreOf(id, {})])]);
    m.chain.deliverOk(g2, [m.score(g2, [m.scoreOf(id, {})])]);
    // The outlier scores everyone 100000: mean deviation 900000, its score 100000.
    m.chain.deliverOk(g3, [m.score(g3, [m.scoreOf(id, { exec1: 100_000, exec2: 100_000, exec3: 100_000 })])]);
    assert.equal(m.getScoring(id)!.verdict, Verdict.VERDICT_ACCEPTED);
    assert.equal(m.node(g1).reputation, 550_000);
    // 500000 + 100000 · (100000 − 500000) / 1e6 = 460000
    assert.equal(m.node(g3).reputation, 460_000);
    // The outlier is still paid its guard share (its score made the verdict).
    assert.equal(m.getSettlement(id)!.payments.filter((p) => p.role === R.PAYMENT_ROLE_GUARD).length, 3);
    m.checkInvariants();
  });

  it("emits settle_task", () => {
    const m = Market.create();
    const id = recordAndReveal(m, "event");
    const g = m.assignedGuards(id);
    m.chain.deliverOk(g[0]!, [m.score(g[0]!, [m.scoreOf(id, {})])]);
    const r = m.chain.deliverOk(g[1]!, [m.score(g[1]!, [m.scoreOf(id, {})])]);
    assert.deepEqual(eventsOf(r.events, "settle_task"), [
      { task: id, session: "1", verdict: "VERDICT_ACCEPTED", charge: "600", refunded: "0" },
    ]);
  });
});
