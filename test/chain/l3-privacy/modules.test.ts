import assert from "node:assert/strict";
import { describe, it } from "mocha";
import {
  L3CryptoCode,
  L3CryptoError,
  openRecordText,
  resealShareForRecipient,
  sealRecord,
} from "../../../chain/l3-privacy/crypto/index.js";
import { strata } from "../../../proto/gen/strata.js";
import { L3_TEST_CHAIN_ID, L3Chain, msg } from "./harness.js";

const v1 = strata.l3.v1;
const { Role, AuditKind, RewrapStatus } = v1;

function addMember(chain: L3Chain, admin: string, label: string, role = Role.ROLE_MEMBER) {
  return msg(v1.MsgSubmitChange, {
    admin: chain.addr(admin),
    change: {
      addMember: {
        address: chain.addr(label),
        role,
        x25519PublicKey: chain.x25519(label).publicKey,
        name: label,
      },
    },
  });
}

/** Every custodian in `labels` answers every PENDING request, as their key services do. */
function answerRewraps(chain: L3Chain, labels: string[]): void {
  for (const req of chain.rewraps().filter((r) => r.status === RewrapStatus.REWRAP_STATUS_PENDING)) {
    for (const c of labels) {
      const sealed = resealShareForRecipient({
        custodianSecretKey: chain.custodyKeys.get(c)!.secretKey,
        custodian: chain.addr(c),
        chainId: L3_TEST_CHAIN_ID,
        epoch: chain.epoch(Number(req.epoch)),
        request: {
          id: req.id,
          recipient: req.recipient,
          recipientX25519PublicKey: req.recipientX25519PublicKey,
        },
      });
      chain.deliverOk(c, [
        msg(v1.MsgSubmitRewrapShare, { custodian: chain.addr(c), requestId: req.id, sealed }),
      ]);
    }
  }
}

function prompt(
  chain: L3Chain,
  key: Uint8Array,
  epoch: number,
  sender: string,
  taskId: string,
  text: string,
) {
  return msg(v1.MsgSubmitPrompt, {
    sender: chain.addr(sender),
    taskId,
    model: "tiny@1",
    router: chain.addr("router"),
    prompt: sealRecord(key, epoch, { chainId: L3_TEST_CHAIN_ID, taskId, field: "prompt" }, text),
  });
}

function task(chain: L3Chain, id: string): strata.l3.v1.PrivateTask {
  return chain.queryOk("/strata.l3.v1.Query/Task", v1.QueryTaskRequest.encode({ taskId: id }).finish(), (b) =>
    v1.QueryTaskResponse.decode(b),
  ).task as strata.l3.v1.PrivateTask;
}

async function canRead(chain: L3Chain, label: string, id: string): Promise<string | undefined> {
  const t = task(chain, id);
  try {
    const key = await chain.keyOf(label, Number(t.prompt!.epoch));
    return openRecordText(key, t.prompt!, { chainId: L3_TEST_CHAIN_ID, taskId: id, field: "prompt" });
  } catch (err) {
    assert.ok(err instanceof L3CryptoError, `expected a coded crypto error, got ${String(err)}`);
    return undefined;
  }
}

const base = {
  parties: { admin: "ADMIN", alice: "MEMBER", bob: "MEMBER", router: "ROUTER" } as const,
  custodians: ["val1", "val2", "val3"],
  custodyThreshold: 2,
  others: ["carol", "eve", "router2"],
};

describe("L3 modules (in process)", () => {
  it("genesis: parties read epoch 1, custodians and outsiders do not; the audit log starts with the parties and epoch 1", async () => {
    const chain = await L3Chain.create(base);
    const k = await chain.keyOf("alice", 1);
    assert.deepEqual(await chain.keyOf("router", 1), k);
    await assert.rejects(
      chain.keyOf("eve", 1),
      (e) => e instanceof L3CryptoError && e.code === L3CryptoCode.noAccess,
    );
    await assert.rejects(
      chain.keyOf("val1", 1),
      (e) => e instanceof L3CryptoError && e.code === L3CryptoCode.noAccess,
    );
    const log = chain.audit();
    assert.deepEqual(
      log.map((r) => AuditKind[r.kind]),
      [...Array(4).fill("AUDIT_KIND_GENESIS_PARTY"), "AUDIT_KIND_EPOCH_STARTED"],
    );
    assert.deepEqual(
      log.map((r) => Number(r.seq)),
      [1, 2, 3, 4, 5],
    );
  });

  it("refuses a genesis whose custody threshold is 1 (Shamir needs 2)", async () => {
    await assert.rejects(L3Chain.create({ ...base, custodyThreshold: 1 }), /need 2 ≤ t ≤ n|threshold/);
  });

  it("a non-admin cannot add members; bad input is refused with clear errors and no state change", async () => {
    const chain = await L3Chain.create(base);
    chain.expectRefused("alice", [addMember(chain, "alice", "carol")], "membership", 3, "is not an admin");
    chain.expectRefused("eve", [addMember(chain, "eve", "carol")], "membership", 3);
    chain.expectRefused("admin", [addMember(chain, "admin", "bob")], "membership", 7, "already a party");
    chain.expectRefused("admin", [addMember(chain, "admin", "val1")], "membership", 7, "custodian");
    const badKey = msg(v1.MsgSubmitChange, {
      admin: chain.addr("admin"),
      change: {
        addMember: {
          address: chain.addr("carol"),
          role: Role.ROLE_MEMBER,
          x25519PublicKey: new Uint8Array(5),
        },
      },
    });
    chain.expectRefused("admin", [badKey], "membership", 2, "32 bytes");
    const asRouter = msg(v1.MsgSubmitChange, {
      admin: chain.addr("admin"),
      change: {
        addMember: {
          address: chain.addr("carol"),
          role: Role.ROLE_ROUTER,
          x25519PublicKey: chain.x25519("carol").publicKey,
        },
      },
    });
    chain.expectRefused("admin", [asRouter], "membership", 2, "allow_router");
  });

  it("a new member reads the current epoch once t custodians re-wrapped it; t-1 answers are not enough", async () => {
    const chain = await L3Chain.create(base);
    const k1 = await chain.keyOf("alice", 1);
    chain.deliverOk("admin", [addMember(chain, "admin", "carol")]);
    const [req] = chain.rewraps();
    assert.equal(req!.recipient, chain.addr("carol"));
    assert.equal(req!.status, RewrapStatus.REWRAP_STATUS_PENDING);
    answerRewraps(chain, ["val2"]);
    await assert.rejects(chain.keyOf("carol", 1), (e) => e instanceof L3CryptoError);
    // A custodian answers once; a non-custodian not at all.
    const sealed = chain.rewraps()[0]!.shares[0]!.sealed!;
    chain.expectRefused(
      "val2",
      [msg(v1.MsgSubmitRewrapShare, { custodian: chain.addr("val2"), requestId: 1, sealed })],
      "keys",
      7,
    );
    chain.expectRefused(
      "eve",
      [msg(v1.MsgSubmitRewrapShare, { custodian: chain.addr("eve"), requestId: 1, sealed })],
      "keys",
      3,
    );
    answerRewraps(chain, ["val3"]);
    assert.equal(chain.rewraps()[0]!.status, RewrapStatus.REWRAP_STATUS_FULFILLED);
    assert.deepEqual(await chain.keyOf("carol", 1), k1);
    // A third answer is still accepted (a recipient may skip a faulty share).
    answerRewraps(chain, []);
  });

  it("records are ciphertext only; members and the router read them; outsiders and non-allow-listed routers are refused", async () => {
    const chain = await L3Chain.create(base);
    const k = await chain.keyOf("alice", 1);
    const text = "confidential: acquisition target is Initech";
    const r = chain.deliverOk("alice", [prompt(chain, k, 1, "alice", "t1", text)]);
    assert.ok(r.events.some((e) => e.type === "l3_task"));
    const completion = sealRecord(
      k,
      1,
      { chainId: L3_TEST_CHAIN_ID, taskId: "t1", field: "completion" },
      "noted",
    );
    chain.expectRefused(
      "router2",
      [msg(v1.MsgSubmitCompletion, { sender: chain.addr("router2"), taskId: "t1", completion })],
      "privatetasks",
      3,
      "not an allow-listed router",
    );
    chain.deliverOk("router", [
      msg(v1.MsgSubmitCompletion, { sender: chain.addr("router"), taskId: "t1", completion }),
    ]);
    const t = task(chain, "t1");
    // The chain holds no plaintext: not in the record, not anywhere in the store.
    assert.ok(!Buffer.from(t.prompt!.ciphertext!).includes(Buffer.from("Initech")));
    for (const [, value] of chain.store.iterate(new Uint8Array()))
      assert.ok(!Buffer.from(value).includes(Buffer.from("Initech")), "plaintext found in state");
    assert.equal(await canRead(chain, "bob", "t1"), text);
    assert.equal(await canRead(chain, "router", "t1"), text);
    assert.equal(await canRead(chain, "eve", "t1"), undefined);
    assert.equal(
      openRecordText(await chain.keyOf("router", 1), t.completion!, {
        chainId: L3_TEST_CHAIN_ID,
        taskId: "t1",
        field: "completion",
      }),
      "noted",
    );
    assert.equal(t.digest.length, 32);
    // Outsiders cannot write, ids are unique, the router records for members only.
    chain.expectRefused("eve", [prompt(chain, k, 1, "eve", "t2", "x")], "privatetasks", 3);
    chain.expectRefused("bob", [prompt(chain, k, 1, "bob", "t1", "x")], "privatetasks", 4);
    const entry = (requester: string, id: string) => ({
      taskId: id,
      requester: chain.addr(requester),
      model: "tiny@1",
      prompt: sealRecord(k, 1, { chainId: L3_TEST_CHAIN_ID, taskId: id, field: "prompt" }, "p"),
    });
    chain.expectRefused(
      "router",
      [
        msg(v1.MsgRecordTasks, {
          sender: chain.addr("router"),
          tasks: [entry("alice", "t3"), entry("eve", "t4")],
        }),
      ],
      "privatetasks",
      3,
    );
    chain.deliverOk("router", [
      msg(v1.MsgRecordTasks, {
        sender: chain.addr("router"),
        tasks: [entry("alice", "t3"), entry("bob", "t4")],
      }),
    ]);
    assert.equal(Number(task(chain, "t4").seq), 3);
  });

  it("removing a member starts a new epoch: it reads every record before and none after (bytes checked)", async () => {
    const chain = await L3Chain.create(base);
    const k1 = await chain.keyOf("alice", 1);
    const before = ["b1", "b2", "b3"];
    for (const id of before) chain.deliverOk("alice", [prompt(chain, k1, 1, "alice", id, `before ${id}`)]);
    // Rotations that break [key-3] are refused, and nothing changes.
    const remaining = chain.partyKeys().filter((p) => p.address !== chain.addr("bob"));
    const withBob = await chain.rotation();
    const removeWith = (rotation: strata.l3.v1.IEpochRotation) =>
      msg(v1.MsgSubmitChange, {
        admin: chain.addr("admin"),
        change: { remove: { address: chain.addr("bob"), rotation } },
      });
    chain.expectRefused("admin", [removeWith(withBob.rotation)], "keys", 4, "not a party after the change");
    const good = await chain.rotation(remaining);
    chain.expectRefused(
      "admin",
      [removeWith({ ...good.rotation, wraps: good.rotation.wraps!.slice(1) })],
      "keys",
      4,
      "no wrap for",
    );
    chain.expectRefused(
      "admin",
      [removeWith({ ...good.rotation, shares: good.rotation.shares!.slice(1) })],
      "keys",
      4,
      "no share",
    );
    chain.expectRefused("admin", [removeWith({ ...good.rotation, epoch: 5 })], "keys", 4, "next epoch is 2");
    chain.deliverOk("admin", [removeWith(good.rotation)]);
    assert.equal(Number(chain.epoch().number), 2);
    const k2 = await chain.keyOf("alice", 2);
    assert.deepEqual(k2, good.key);
    // A record under the old epoch is refused now.
    chain.expectRefused(
      "alice",
      [prompt(chain, k1, 1, "alice", "stale", "x")],
      "privatetasks",
      7,
      "not the current epoch 2",
    );
    const after = ["a1", "a2", "a3", "a4"];
    for (const id of after) chain.deliverOk("alice", [prompt(chain, k2, 2, "alice", id, `after ${id}`)]);
    // Bob is no longer a party and cannot write.
    chain.expectRefused("bob", [prompt(chain, k2, 2, "bob", "a5", "x")], "privatetasks", 3);
    let readBefore = 0;
    let readAfter = 0;
    for (const id of before) if ((await canRead(chain, "bob", id)) === `before ${id}`) readBefore++;
    for (const id of after) if ((await canRead(chain, "bob", id)) !== undefined) readAfter++;
    assert.equal(readBefore, before.length);
    assert.equal(readAfter, 0);
    // Even holding epoch 1's key, Bob's key opens no new record (bytes differ: AEAD fails).
    for (const id of after)
      assert.throws(
        () =>
          openRecordText(
            k1,
            { ...task(chain, id).prompt!, epoch: 1 },
            { chainId: L3_TEST_CHAIN_ID, taskId: id, field: "prompt" },
          ),
        (e) => e instanceof L3CryptoError && e.code === L3CryptoCode.aeadFailure,
      );
    for (const id of after) assert.equal(await canRead(chain, "alice", id), `after ${id}`);
    const kinds = chain.audit().map((r) => AuditKind[r.kind]);
    assert.deepEqual(kinds.slice(-3), [
      "AUDIT_KIND_CHANGE_PROPOSED",
      "AUDIT_KIND_PARTY_REMOVED",
      "AUDIT_KIND_EPOCH_STARTED",
    ]);
  });

  it("with admin threshold 2 a change waits for a second admin; approvals are checked; the audit log lists it all in order", async () => {
    const chain = await L3Chain.create({
      ...base,
      parties: { ...base.parties, admin2: "ADMIN" },
      adminThreshold: 2,
    });
    const r = chain.deliverOk("admin", [
      msg(v1.MsgSubmitChange, {
        admin: chain.addr("admin"),
        change: {
          allowRouter: {
            address: chain.addr("router2"),
            x25519PublicKey: chain.x25519("router2").publicKey,
            name: "r2",
          },
        },
      }),
    ]);
    assert.ok(r.events.some((e) => e.type === "l3_proposal"));
    assert.equal(chain.keepers.membership.getParty(chain.source(), chain.addr("router2")), undefined);
    const approve = (admin: string) => msg(v1.MsgApproveChange, { admin: chain.addr(admin), proposalId: 1 });
    chain.expectRefused("admin", [approve("admin")], "membership", 6);
    chain.expectRefused("alice", [approve("alice")], "membership", 3);
    chain.deliverOk("admin2", [approve("admin2")]);
    assert.equal(
      chain.keepers.membership.getParty(chain.source(), chain.addr("router2"))?.role,
      Role.ROLE_ROUTER,
    );
    chain.expectRefused(
      "admin2",
      [msg(v1.MsgApproveChange, { admin: chain.addr("admin2"), proposalId: 1 })],
      "membership",
      5,
    );
    answerRewraps(chain, ["val1", "val3"]);
    assert.deepEqual(await chain.keyOf("router2", 1), await chain.keyOf("alice", 1));
    const log = chain.audit();
    assert.deepEqual(
      log.slice(6).map((x) => AuditKind[x.kind]),
      [
        "AUDIT_KIND_CHANGE_PROPOSED",
        "AUDIT_KIND_CHANGE_APPROVED",
        "AUDIT_KIND_ROUTER_ALLOWED",
        "AUDIT_KIND_REWRAP_REQUESTED",
        "AUDIT_KIND_REWRAP_SHARE_SUBMITTED",
        "AUDIT_KIND_REWRAP_SHARE_SUBMITTED",
        "AUDIT_KIND_REWRAP_FULFILLED",
      ],
    );
    assert.deepEqual(
      log.map((x) => Number(x.seq)),
      log.map((_, i) => i + 1),
    );
    assert.equal(log[8]!.subject, chain.addr("router2"));
    assert.equal(log[8]!.actor, chain.addr("admin"));
  });

  it("removing a party cancels its pending re-wrap; the last admin cannot be removed", async () => {
    const chain = await L3Chain.create(base);
    chain.deliverOk("admin", [addMember(chain, "admin", "carol")]);
    const { rotation } = await chain.rotation(
      chain.partyKeys().filter((p) => p.address !== chain.addr("carol")),
    );
    chain.deliverOk("admin", [
      msg(v1.MsgSubmitChange, {
        admin: chain.addr("admin"),
        change: { remove: { address: chain.addr("carol"), rotation } },
      }),
    ]);
    assert.equal(chain.rewraps()[0]!.status, RewrapStatus.REWRAP_STATUS_CANCELLED);
    const sealed = {
      ephemeralPublicKey: new Uint8Array(32),
      nonce: new Uint8Array(24),
      ciphertext: new Uint8Array(49),
    };
    chain.expectRefused(
      "val1",
      [msg(v1.MsgSubmitRewrapShare, { custodian: chain.addr("val1"), requestId: 1, sealed })],
      "keys",
      6,
    );
    const last = await chain.rotation(chain.partyKeys().filter((p) => p.address !== chain.addr("admin")));
    chain.expectRefused(
      "admin",
      [
        msg(v1.MsgSubmitChange, {
          admin: chain.addr("admin"),
          change: { remove: { address: chain.addr("admin"), rotation: last.rotation } },
        }),
      ],
      "membership",
      9,
      "last admin",
    );
  });

  it("back-fill: a member added in epoch 2 reads epoch 1 after an admin's re-wrap request; rotation and threshold changes", async () => {
    const chain = await L3Chain.create(base);
    const k1 = await chain.keyOf("alice", 1);
    chain.deliverOk("alice", [prompt(chain, k1, 1, "alice", "old", "epoch one memo")]);
    const rot = await chain.rotation();
    chain.deliverOk("admin", [
      msg(v1.MsgSubmitChange, {
        admin: chain.addr("admin"),
        change: { rotateEpoch: { rotation: rot.rotation } },
      }),
    ]);
    assert.equal(Number(chain.epoch().number), 2);
    // A rotation whose key id was used before is refused.
    const again = await chain.rotation();
    chain.expectRefused(
      "admin",
      [
        msg(v1.MsgSubmitChange, {
          admin: chain.addr("admin"),
          change: { rotateEpoch: { rotation: { ...again.rotation, keyId: rot.rotation.keyId } } },
        }),
      ],
      "keys",
      4,
      "already used",
    );
    chain.deliverOk("admin", [addMember(chain, "admin", "carol")]);
    answerRewraps(chain, ["val1", "val2"]);
    assert.equal(await canRead(chain, "carol", "old"), undefined);
    const backfill = (epoch: number) =>
      msg(v1.MsgSubmitChange, {
        admin: chain.addr("admin"),
        change: { requestRewrap: { address: chain.addr("carol"), epoch } },
      });
    chain.expectRefused("admin", [backfill(3)], "membership", 2, "after the current epoch");
    chain.deliverOk("admin", [backfill(1)]);
    answerRewraps(chain, ["val2", "val3"]);
    assert.equal(await canRead(chain, "carol", "old"), "epoch one memo");
    const threshold = (t: number) =>
      msg(v1.MsgSubmitChange, {
        admin: chain.addr("admin"),
        change: { setAdminThreshold: { adminThreshold: t } },
      });
    chain.expectRefused("admin", [threshold(2)], "membership", 9, "admin threshold 2 with 1 admin");
    chain.deliverOk("admin", [addMember(chain, "admin", "eve", Role.ROLE_ADMIN)]);
    chain.deliverOk("admin", [threshold(2)]);
    chain.deliverOk("admin", [addMember(chain, "admin", "router2")]);
    assert.equal(chain.keepers.membership.getParty(chain.source(), chain.addr("router2")), undefined);
    chain.deliverOk("eve", [msg(v1.MsgApproveChange, { admin: chain.addr("eve"), proposalId: 6 })]);
    assert.equal(
      chain.keepers.membership.getParty(chain.source(), chain.addr("router2"))?.role,
      Role.ROLE_MEMBER,
    );
  });

  it("genesis export imports to the same state", async () => {
    const chain = await L3Chain.create(base);
    const k = await chain.keyOf("alice", 1);
    chain.deliverOk("admin", [addMember(chain, "admin", "carol")]);
    answerRewraps(chain, ["val1", "val2"]);
    chain.deliverOk("alice", [prompt(chain, k, 1, "alice", "t1", "hello")]);
    const exported = chain.exportGenesis();
    const again = await L3Chain.create(base);
    const fresh = new (again.store.constructor as new () => typeof again.store)();
    again.app.initChain(fresh, again.info(0), exported);
    const modules = ["keys", "membership", "privatetasks"];
    for (const m of modules)
      assert.deepEqual(
        [...fresh.iterate(new TextEncoder().encode(`${m}/`))],
        [...chain.store.iterate(new TextEncoder().encode(`${m}/`))],
        `module ${m} differs after export and import`,
      );
  });
});
