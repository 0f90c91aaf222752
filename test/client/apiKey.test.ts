import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { ed25519Generate } from "../../chain/core/crypto/index.js";
import {
  API_KEY_PREFIX,
  apiKeySha256,
  enumName,
  enumValue,
  ModelStatus,
  newApiKey,
  outputCommitment,
  plain,
  RECEIPT_DOMAIN,
  Role,
  receiptSignBytes,
  signReceipt,
  Verdict,
  verifyReceipt,
} from "../../client/index.js";
import { strata } from "../../proto/gen/strata.js";

describe("client helpers", () => {
  it("newApiKey: sk-strata- and 32 random bytes in base64url, with the sha256 hex of the key", () => {
    const a = newApiKey();
    const b = newApiKey();
    assert.match(a.key, /^sk-strata-[A-Za-z0-9_-]{43}$/);
    assert.ok(a.key.startsWith(API_KEY_PREFIX));
    assert.equal(Buffer.from(a.key.slice(API_KEY_PREFIX.length), "base64url").length, 32);
    assert.notEqual(a.key, b.key);
    assert.match(a.sha256, /^[0-9a-f]{64}$/);
    assert.equal(a.sha256, createHash("sha256").update(a.key).digest("hex"));
    assert.equal(apiKeySha256(a.key), a.sha256);
    assert.notEqual(a.sha256, b.sha256);
  });

  it("enumName / enumValue: short names both ways, case-insensitive", () => {
    assert.equal(enumName(Verdict, Verdict.VERDICT_ACCEPTED), "ACCEPTED");
    assert.equal(enumName(ModelStatus, ModelStatus.MODEL_STATUS_DEPRECATED), "DEPRECATED");
    assert.equal(enumName(Role, 99), "99");
    assert.equal(enumValue(Role, "executor"), Role.ROLE_EXECUTOR);
    assert.equal(enumValue(Role, "ROLE_GUARD"), Role.ROLE_GUARD);
    assert.equal(enumValue(Role, "miner"), undefined);
  });

  it("plain: defaults as own fields, u64 fields as numbers, Buffers as Uint8Array", () => {
    const Node = strata.nodes.v1.Node;
    const decoded = Node.decode(
      Node.encode({
        operator: "x",
        reputation: 123456,
        pubkey: Uint8Array.of(1, 2),
        hardware: { memoryBytes: 2 ** 40 },
      }).finish(),
    );
    const p = plain(decoded);
    assert.equal(p.reputation, 123456);
    assert.equal(p.registeredHeight, 0);
    assert.equal(p.hardware?.memoryBytes, 2 ** 40);
    assert.equal(p.status, 0);
    assert.deepEqual(p.pubkey, Uint8Array.of(1, 2));
    assert.equal(Object.getPrototypeOf(p.pubkey), Uint8Array.prototype);
    assert.equal(JSON.parse(JSON.stringify(p)).tasksSettled, 0);
  });

  it("re-exports the chain's receipt signing: sign bytes bound to the chain id, sign and verify", () => {
    const { key } = ed25519Generate();
    const fields = {
      taskId: "e".repeat(64),
      sessionId: 3,
      executor: "strata1executor",
      modelSha256: "a".repeat(64),
      promptSha256: "b".repeat(64),
      commitment: outputCommitment("hello", "c".repeat(64)),
      inputTokens: 10,
      outputTokens: 20,
    };
    const bytes = receiptSignBytes("strata-l2-x", fields);
    assert.deepEqual(
      Buffer.from(bytes.subarray(0, RECEIPT_DOMAIN.length + 12)),
      Buffer.from(`${RECEIPT_DOMAIN}strata-l2-x\0`),
    );
    const signed = signReceipt("strata-l2-x", fields, key);
    assert.equal(verifyReceipt("strata-l2-x", signed, key.pubKey), true);
    assert.equal(verifyReceipt("strata-l2-y", signed, key.pubKey), false);
    assert.equal(
      outputCommitment("hello", "c".repeat(64)),
      createHash("sha256")
        .update(Buffer.concat([Buffer.from("hello"), Buffer.from("c".repeat(64), "hex")]))
        .digest("hex"),
    );
  });
});
