import assert from "node:assert/strict";
import { nullLogger } from "../../../../chain/core/log/index.js";
import {
  generateX25519KeyPair,
  L3CryptoCode,
  L3CryptoError,
  openRecordText,
  unwrapEpochKey,
} from "../../../../chain/l3-privacy/crypto/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import {
  checkPrivateSession,
  createPrivateTasks,
  decryptModelWeights,
  encryptModelWeights,
  type L3Port,
} from "../../../../router-node/chain/l3/index.js";
import { RouterError, RouterErrorCode } from "../../../../router-node/errors.js";
import { toErrorReply } from "../../../../router-node/gateway/errorBody.js";
import { account, L3_TEST_CHAIN_ID, L3Chain, msg } from "../../../chain/l3-privacy/harness.js";

const v1 = strata.l3.v1;
const SECRET_PROMPT = "Q3 merger target is Globex, price 41.5 per share";
const SECRET_COMPLETION = "Draft memo: the Globex deal closes on 14 March";

/** The L3 port of `label` over the in-process L3 app (what `l3PortOverClient` does over RPC). */
function portOf(l3: L3Chain, label: string): L3Port {
  return {
    chainId: L3_TEST_CHAIN_ID,
    async member(address) {
      const r = l3.query("/strata.l3.v1.Query/Member", v1.QueryMemberRequest.encode({ address }).finish());
      return r.code === 0 ? (v1.QueryMemberResponse.decode(r.value).member ?? null) : null;
    },
    async currentEpoch() {
      return l3.epoch();
    },
    async recordTasks(tasks) {
      const r = l3.deliver(label, [msg(v1.MsgRecordTasks, { sender: l3.addr(label), tasks })]);
      if (r.code !== 0) throw new Error(`${r.codespace}:${r.code} ${r.log}`);
      return { height: l3.height };
    },
    async task(taskId) {
      const r = l3.query("/strata.l3.v1.Query/Task", v1.QueryTaskRequest.encode({ taskId }).finish());
      return r.code === 0 ? (v1.QueryTaskResponse.decode(r.value).task ?? null) : null;
    },
  };
}

function contains(haystack: Uint8Array, needle: string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle, "utf8"));
}

/** Every value and key of the L3 state as one buffer (what a validator's disk holds). */
function stateBytes(l3: L3Chain): Buffer {
  const parts: Buffer[] = [];
  for (const [k, v] of l3.store.iterate(new Uint8Array())) parts.push(Buffer.from(k), Buffer.from(v));
  return Buffer.concat(parts);
}

describe("router L3: private tasks recorded as ciphertext on a real L3 app", function () {
  this.timeout(30_000);
  let l3: L3Chain;

  before(async () => {
    l3 = await L3Chain.create({
      parties: { admin: "ADMIN", alice: "MEMBER", router: "ROUTER" },
      custodians: ["c1", "c2"],
      others: ["outsider", "rogue"],
    });
  });

  it("records a member's task: the L3 holds ciphertext only; member and router decrypt; others cannot", async () => {
    const router = createPrivateTasks(
      { router: l3.addr("router"), x25519: l3.x25519("router") },
      { port: portOf(l3, "router"), logger: nullLogger },
    );
    await router.ensureAllowed();
    await router.ensureMember(l3.addr("alice"));
    await assert.rejects(
      router.ensureMember(l3.addr("outsider")),
      (e: unknown) =>
        e instanceof RouterError &&
        e.code === RouterErrorCode.PermissionDenied &&
        /not a member/.test(e.message),
    );
    const recorded = await router.record({
      taskId: "task-1",
      requester: l3.addr("alice"),
      model: "strata/tiny@1.0",
      prompt: SECRET_PROMPT,
      completion: SECRET_COMPLETION,
    });
    assert.equal(recorded.epoch, 1);

    // Bytes: neither plaintext occurs in the stored record, nor anywhere in the L3 state.
    const stored = (await portOf(l3, "router").task("task-1"))!;
    const storedBytes = v1.PrivateTask.encode(stored).finish();
    for (const secret of [SECRET_PROMPT, SECRET_COMPLETION, "Globex"]) {
      assert.equal(contains(storedBytes, secret), false, `stored record holds ${secret}`);
      assert.equal(stateBytes(l3).includes(Buffer.from(secret)), false, `L3 state holds ${secret}`);
    }
    // The digest the L3 stored is the router's (what L2 may see), and it does not hold the text.
    assert.deepEqual(Buffer.from(stored.digest!), Buffer.from(recorded.digest));

    // The router opens what it served with its own wrap.
    assert.deepEqual(await router.open(stored), { prompt: SECRET_PROMPT, completion: SECRET_COMPLETION });
    // The member opens it with its wrap.
    const aliceKey = await l3.keyOf("alice", 1);
    const ctx = { chainId: L3_TEST_CHAIN_ID, taskId: "task-1" };
    const rec = (r: strata.l3.v1.IEncryptedRecord) => ({
      epoch: Number(r.epoch),
      nonce: r.nonce!,
      ciphertext: r.ciphertext!,
    });
    assert.equal(openRecordText(aliceKey, rec(stored.prompt!), { ...ctx, field: "prompt" }), SECRET_PROMPT);
    assert.equal(
      openRecordText(aliceKey, rec(stored.completion!), { ...ctx, field: "completion" }),
      SECRET_COMPLETION,
    );

    // A non-member (no wrap) and a non-allow-listed router cannot open the epoch key at all.
    for (const label of ["outsider", "rogue"]) {
      assert.throws(
        () => unwrapEpochKey(l3.x25519(label).secretKey, l3.addr(label), L3_TEST_CHAIN_ID, l3.epoch()),
        (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.noAccess,
      );
    }
    // Bytes again: a wrong key (anyone's but a party's, e.g. what L2 could guess) fails authentication.
    assert.throws(
      () =>
        openRecordText(generateX25519KeyPair().secretKey, rec(stored.prompt!), { ...ctx, field: "prompt" }),
      (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.aeadFailure,
    );
    // A tampered ciphertext is an AEAD failure reported, not a crash.
    const tampered = {
      ...stored,
      prompt: { ...stored.prompt!, ciphertext: Uint8Array.from(stored.prompt!.ciphertext!) },
    };
    tampered.prompt.ciphertext[0]! ^= 1;
    await assert.rejects(
      router.open(tampered),
      (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.aeadFailure,
    );
  });

  it("refuses a router that is not on the allow-list (403 at the router, refused by the L3, state unchanged)", async () => {
    const rogue = createPrivateTasks(
      { router: l3.addr("rogue"), x25519: l3.x25519("rogue") },
      { port: portOf(l3, "rogue"), logger: nullLogger },
    );
    await assert.rejects(rogue.ensureAllowed(), (e: unknown) => {
      assert.ok(e instanceof RouterError);
      assert.equal(e.code, RouterErrorCode.PermissionDenied);
      assert.match(e.message, /is not on the allow-list of L3 chain acme-l3-test/);
      return true;
    });
    // Even if it tried: it holds no wrap to seal with, and the L3 refuses its record.
    await assert.rejects(
      rogue.record({
        taskId: "t-rogue",
        requester: l3.addr("alice"),
        model: "m",
        prompt: "p",
        completion: "c",
      }),
      (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.noAccess,
    );
    const routerKey = await l3.keyOf("router", 1);
    const { sealRecord } = await import("../../../../chain/l3-privacy/crypto/index.js");
    const prompt = sealRecord(
      routerKey,
      1,
      { chainId: L3_TEST_CHAIN_ID, taskId: "t-rogue", field: "prompt" },
      "p",
    );
    l3.expectRefused(
      "rogue",
      [
        msg(v1.MsgRecordTasks, {
          sender: l3.addr("rogue"),
          tasks: [{ taskId: "t-rogue", requester: l3.addr("alice"), model: "m", prompt }],
        }),
      ],
      "privatetasks",
      3,
    );
  });

  it("records concurrent completions one MsgRecordTasks at a time (no sequence race), batching what waits", async () => {
    const router = createPrivateTasks(
      { router: l3.addr("router"), x25519: l3.x25519("router") },
      { port: portOf(l3, "router"), logger: nullLogger },
    );
    const before = l3.height;
    const done = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        router.record({
          taskId: `conc-${i}`,
          requester: l3.addr("alice"),
          model: "m",
          prompt: `p${i}`,
          completion: `c${i}`,
        }),
      ),
    );
    for (const [i, r] of done.entries()) {
      const stored = (await portOf(l3, "router").task(`conc-${i + 1}`))!;
      assert.deepEqual(Buffer.from(stored.digest!), Buffer.from(r.digest));
    }
    // fewer blocks than tasks: the ones that waited went together
    assert.ok(l3.height - before < 5, `${l3.height - before} blocks for 5 tasks`);
  });

  it("a private session is served only by a router of its L3", () => {
    assert.equal(checkPrivateSession({ id: 1, l3ChainId: "" }, null), null);
    assert.equal(checkPrivateSession({ id: 2, l3ChainId: "acme" }, "acme"), null);
    const none = checkPrivateSession({ id: 3, l3ChainId: "acme" }, null);
    assert.equal(none?.code, RouterErrorCode.PermissionDenied);
    // the gateway answers it as HTTP 403 with a clear error
    const reply = toErrorReply(none);
    assert.equal(reply.status, 403);
    assert.equal(reply.body.error.code, "permission_denied");
    assert.match(reply.body.error.message, /private to L3 chain acme; this router serves no L3/);
    const other = checkPrivateSession({ id: 4, l3ChainId: "acme" }, "globex");
    assert.match(other!.message, /private to L3 chain acme; this router serves globex/);
  });
});

describe("router L3: private model weights", () => {
  it("only the L3's members and allow-listed routers decrypt the weights; the registry digest is the ciphertext's", () => {
    const weights = new Uint8Array(Buffer.from("GGUF-private-weights-".repeat(1000)));
    const member = { address: account("alice").address, kp: generateX25519KeyPair() };
    const router = { address: account("router").address, kp: generateX25519KeyPair() };
    const outsider = { address: account("outsider").address, kp: generateX25519KeyPair() };
    const enc = encryptModelWeights(weights, {
      chainId: "acme-l3",
      modelId: "acme/secret@1.0",
      readers: [member, router].map((p) => ({ address: p.address, x25519PublicKey: p.kp.publicKey })),
    });
    assert.equal(Buffer.from(enc.ciphertext).includes(Buffer.from("GGUF-private")), false);
    assert.equal(enc.ciphertextSha256.length, 64);
    assert.notEqual(enc.ciphertextSha256, enc.weightsSha256);
    for (const p of [member, router])
      assert.deepEqual(decryptModelWeights(enc, { address: p.address, secretKey: p.kp.secretKey }), weights);
    // no wrap for the outsider
    assert.throws(
      () => decryptModelWeights(enc, { address: outsider.address, secretKey: outsider.kp.secretKey }),
      (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.noAccess,
    );
    // the outsider's key against the router's wrap: authentication fails
    assert.throws(
      () =>
        decryptModelWeights(
          { ...enc, wraps: enc.wraps.map((w) => ({ ...w, recipient: outsider.address })) },
          { address: outsider.address, secretKey: outsider.kp.secretKey },
        ),
      (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.aeadFailure,
    );
    // a tampered ciphertext no longer matches the registry digest
    const bad = Uint8Array.from(enc.ciphertext);
    bad[10]! ^= 1;
    assert.throws(
      () =>
        decryptModelWeights(
          { ...enc, ciphertext: bad },
          { address: router.address, secretKey: router.kp.secretKey },
        ),
      (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.keyIdMismatch,
    );
  });
});
