import assert from "node:assert/strict";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { SessionsCode } from "../../../../chain/l2-orchestration/modules/sessions/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { L2Chain, msg, nodeKey } from "../harness.js";
import { FUNDS, Market, MODEL, STAKE } from "./market.js";

const { Role } = strata.nodes.v1;
const { Verdict } = strata.scores.v1;

describe("L2 marketplace lifecycle, in process", () => {
  it("publish → attest → register → open → record → reveal → scores → verdict → settlement → close with refund", () => {
    const labels = ["owner", "user", "router", "exec1", "exec2", "exec3", "guard1", "guard2", "guard3"];
    const chain = L2Chain.create({ accounts: Object.fromEntries(labels.map((l) => [l, FUNDS])) });
    const m = Market.over(chain, 3, 3);
    // Every block of the story keeps the marketplace invariants.
    const step = (label: string, msgs: Any[]) => {
      const r = chain.deliverOk(label, msgs);
      m.checkInvariants();
      return r;
    };
    const register = (label: string, roles: strata.nodes.v1.Role[], models: string[] = []) =>
      step(label, [
        msg(strata.nodes.v1.MsgRegisterNode, {
          operator: m.addr(label),
          roles,
          pubkey: nodeKey(label).pubKey,
          endpoint: roles.includes(Role.ROLE_GUARD) ? "" : `http://${label}.test:8080`,
          models,
          capacity: roles.includes(Role.ROLE_GUARD) ? 0 : 4,
          pricePer_1k: "0",
          stake: STAKE.toString(),
        }),
      ]);

    step("owner", [
      msg(strata.models.v1.MsgPublishModel, {
        owner: m.addr("owner"),
        name: MODEL.name,
        version: MODEL.version,
        weightsSha256: MODEL.weights,
        weightsSize: 1000,
        format: "gguf",
        quantization: "Q8_0",
        storageUris: ["ipfs://llama"],
        priceInputPer_1k: MODEL.priceIn.toString(),
        priceOutputPer_1k: MODEL.priceOut.toString(),
        license: "MIT",
        visibility: strata.models.v1.Visibility.VISIBILITY_PUBLIC,
      }),
    ]);
    for (const g of m.guards) register(g, [Role.ROLE_GUARD]);
    step("guard1", [
      msg(strata.models.v1.MsgAttestModel, {
        guard: m.addr("guard1"),
        id: MODEL.id,
        weightsSha256: MODEL.weights,
      }),
    ]);
    register("router", [Role.ROLE_ROUTER]);
    for (const e of m.executors) register(e, [Role.ROLE_EXECUTOR], [MODEL.id]);

    const deposit = 1_000_000n;
    const userBefore = chain.balance("user");
    m.sessionId = m.openSession({ redundancy: 3, deposit, routers: ["router"] });
    m.checkInvariants();
    assert.equal(chain.balance("user"), userBefore - deposit);

    // Two tasks; exec3 cheats on the second one.
    const honest = m.taskId("lifecycle-1");
    const cheated = m.taskId("lifecycle-2");
    step("router", [
      m.record([m.task(honest), m.task(cheated, m.executors, { exec3: { output: "nonsense" } })]),
    ]);
    step("router", [
      m.reveal(
        "router",
        m.executors.map((e) => m.revealOf(honest, e)),
      ),
    ]);
    step("exec1", [m.reveal("exec1", [m.revealOf(cheated, "exec1")])]);
    step("exec2", [m.reveal("exec2", [m.revealOf(cheated, "exec2")])]);
    step("exec3", [m.reveal("exec3", [m.revealOf(cheated, "exec3", "nonsense")])]);
    for (const id of [honest, cheated]) {
      const guards = m.assignedGuards(id);
      assert.equal(guards.length, 3);
      for (const g of guards.slice(0, 2)) {
        step(g, [m.score(g, [m.scoreOf(id, id === cheated ? { exec3: 0 } : {})])]);
      }
      assert.notEqual(m.getScoring(id)!.verdict, Verdict.VERDICT_UNSPECIFIED);
    }
    assert.equal(m.getScoring(honest)!.verdict, Verdict.VERDICT_ACCEPTED);
    assert.equal(m.getScoring(cheated)!.verdict, Verdict.VERDICT_ACCEPTED);
    const charges = [honest, cheated].map((id) => BigInt(m.getSettlement(id)!.charge));
    assert.deepEqual(charges, [600n, 400n]);
    assert.equal(m.node("exec3").status, strata.nodes.v1.NodeStatus.NODE_STATUS_JAILED);
    assert.equal(m.session().openTasks, 0);

    // Close: the rest of the deposit comes back.
    step("user", [msg(strata.sessions.v1.MsgCloseSession, { owner: m.addr("user"), id: m.sessionId })]);
    assert.equal(chain.balance("user"), userBefore - 1000n);
    assert.equal(m.session().status, strata.sessions.v1.SessionStatus.SESSION_STATUS_CLOSED);
    assert.equal(chain.balance(chain.moduleAddress("sessions")), 0n);
    // The treasury holds its shares, remainders and the slashed stake.
    assert.equal(m.treasury(), 30n + 20n + STAKE / 10n);
    chain.advanceTo(chain.height + 60);
    m.checkInvariants();
  });

  it("a session cannot close while its tasks are unsettled; it can once they are", () => {
    const m = Market.create();
    const id = m.taskId(1);
    m.chain.deliverOk("router", [m.record([m.task(id)])]);
    const close = msg(strata.sessions.v1.MsgCloseSession, { owner: m.addr("user"), id: m.sessionId });
    m.expectRefused("user", [close], "sessions", SessionsCode.openTasks, /not yet settled/);
    m.chain.advanceTo(m.getTask(id)!.revealDeadline);
    m.chain.deliverOk("user", [close]);
    m.checkInvariants();
  });
});
