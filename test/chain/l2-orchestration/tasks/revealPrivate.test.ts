import assert from "node:assert/strict";
import { ed25519FromSeed } from "../../../../chain/core/crypto/index.js";
import { TasksCode } from "../../../../chain/l2-orchestration/modules/tasks/index.js";
import { withNumbers } from "../../../../chain/l2-orchestration/shared/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { msg, responses } from "../harness.js";
import { hex, Market, MODEL } from "../lifecycle/market.js";

const T = "tasks";
const L3_DIGEST = "ab".repeat(32);

// L2 RULES.md, "l3registry", "Private sessions on L2" ([private-1]): a private session's task is
// recorded with digests only, its request is never revealed and its reveals carry the L3 task
// digest instead of the output.
describe("tasks: reveals of a private session's task carry the L3 digest ([private-1])", () => {
  let m: Market;
  let id: string;

  beforeEach(() => {
    m = Market.create();
    m.chain.deliverOk("owner", [
      msg(strata.l3registry.v1.MsgRegisterL3, {
        creator: m.addr("owner"),
        chainId: "acme-l3",
        name: "acme",
        validators: [{ pubKey: ed25519FromSeed(new Uint8Array(32).fill(3)).pubKey, power: 10 }],
        admins: [m.addr("owner")],
        genesisSha256: new Uint8Array(32).fill(1),
      }),
    ]);
    const r = m.chain.deliverOk("user", [
      msg(strata.sessions.v1.MsgOpenSession, {
        owner: m.addr("user"),
        model: MODEL.id,
        redundancy: 3,
        maxPricePer_1k: "5000",
        deposit: "10000000",
        apiKeySha256: hex("private api key"),
        durationBlocks: 1000,
        routers: [],
        l3ChainId: "acme-l3",
      }),
    ]);
    m.sessionId = withNumbers(strata.sessions.v1.MsgOpenSessionResponse.decode(responses(r)[0]!.value)).id;
    assert.equal(m.session().l3ChainId, "acme-l3");
    id = m.taskId(1);
    m.chain.deliverOk("router", [m.record([m.task(id)])]);
  });

  it("accepts the L3 digest as every executor's reveal; the plaintext output never reaches L2", () => {
    const r = m.chain.deliver("router", [
      m.reveal(
        "router",
        ["exec1", "exec2", "exec3"].map((e) => ({ ...m.revealOf(id, e), output: `l3:${L3_DIGEST}` })),
      ),
    ]);
    assert.equal(r.code, 0, r.log);
    const task = m.getTask(id)!;
    assert.deepEqual(
      task.reveals.map((x) => x.output),
      Array(3).fill(`l3:${L3_DIGEST}`),
    );
    assert.equal(
      task.reveals.some((x) => x.output.includes(m.honestOutput(id))),
      false,
    );
  });

  it("refuses the plaintext output, a malformed digest and a revealed request (state unchanged)", () => {
    m.chain.nextBlock();
    m.expectRefused(
      "router",
      [m.reveal("router", [m.revealOf(id, "exec1")])],
      T,
      TasksCode.invalidReveal,
      /carries the L3 task digest/,
    );
    m.expectRefused(
      "router",
      [m.reveal("router", [{ ...m.revealOf(id, "exec1"), output: `l3:${L3_DIGEST.toUpperCase()}` }])],
      T,
      TasksCode.invalidReveal,
      /64 lowercase hex/,
    );
    m.expectRefused(
      "router",
      [
        m.reveal("router", [
          { ...m.revealOf(id, "exec1"), output: `l3:${L3_DIGEST}`, prompt: `prompt of ${id}` },
        ]),
      ],
      T,
      TasksCode.invalidReveal,
      /request is never revealed on L2/,
    );
  });
});
