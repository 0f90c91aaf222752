/**
 * The `strata-p2p/1` handshake and record layer as pure functions: node ids and addresses, the
 * key schedule (both sides agree, directions differ), the [REJECT] rules of hellos and auth
 * records, and the AEAD records (tamper, reorder, length, counter exhaustion).
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  authSignBytes,
  decodeHello,
  deriveSession,
  encodeAuth,
  encodeHello,
  formatPeerAddress,
  generateEphemeral,
  HELLO_LENGTH,
  isP2PError,
  nodeIdFromPubKey,
  P2PErrorCode,
  parsePeerAddress,
  RecordOpener,
  RecordSealer,
  readRecordLength,
  recordNonce,
  verifyAuth,
} from "../../../../chain/core/p2p/index.js";
import { NETWORK, nodeKey } from "./helpers.js";

function pair() {
  const ei = generateEphemeral();
  const er = generateEphemeral();
  const hi = encodeHello(ei.publicKey);
  const hr = encodeHello(er.publicKey);
  return {
    hi,
    hr,
    initiator: deriveSession("initiator", ei, hi, hr),
    responder: deriveSession("responder", er, hr, hi),
  };
}

function rejects(code: P2PErrorCode) {
  return (err: unknown) => isP2PError(err, code);
}

describe("p2p node ids and addresses", () => {
  it("node id is hex of the first 20 bytes of sha256(pubkey)", () => {
    const key = nodeKey(1);
    const expected = createHash("sha256").update(key.pubKey).digest().subarray(0, 20).toString("hex");
    assert.equal(nodeIdFromPubKey(key.pubKey), expected);
    assert.match(expected, /^[0-9a-f]{40}$/);
  });

  it("parses and formats id@host:port", () => {
    const id = nodeIdFromPubKey(nodeKey(1).pubKey);
    const a = parsePeerAddress(`${id.toUpperCase()}@127.0.0.1:26656`);
    assert.deepEqual(a, { id, host: "127.0.0.1", port: 26656 });
    assert.equal(formatPeerAddress(a), `${id}@127.0.0.1:26656`);
    assert.deepEqual(parsePeerAddress(`${id}@[::1]:1`), { id, host: "::1", port: 1 });
    assert.equal(formatPeerAddress({ id, host: "::1", port: 1 }), `${id}@[::1]:1`);
  });

  for (const bad of [
    "127.0.0.1:1",
    "abc@127.0.0.1:1",
    "@h:1",
    `${"a".repeat(40)}@h`,
    `${"a".repeat(40)}@h:0`,
    `${"a".repeat(40)}@h:65536`,
    `${"a".repeat(40)}@bad host:1`,
    `${"a".repeat(40)}@[nope]:1`,
  ]) {
    it(`rejects the address ${JSON.stringify(bad)}`, () => {
      assert.throws(() => parsePeerAddress(bad), rejects(P2PErrorCode.invalidAddress));
    });
  }
});

describe("p2p handshake key schedule", () => {
  it("both sides derive the same transcript hash and mirrored directional keys", () => {
    const { initiator, responder } = pair();
    assert.deepEqual(initiator.transcriptHash, responder.transcriptHash);
    assert.deepEqual(initiator.sendKey, responder.recvKey);
    assert.deepEqual(initiator.recvKey, responder.sendKey);
    assert.notDeepEqual(initiator.sendKey, initiator.recvKey);
  });

  it("fresh ephemeral keys give fresh sessions", () => {
    assert.notDeepEqual(pair().initiator.sendKey, pair().initiator.sendKey);
  });

  it("[REJECT] a hello without the protocol magic", () => {
    const hello = encodeHello(generateEphemeral().publicKey);
    assert.equal(hello.length, HELLO_LENGTH);
    const wrong = Uint8Array.from(hello);
    wrong[0] ^= 0xff;
    assert.throws(() => decodeHello(wrong), rejects(P2PErrorCode.handshakeFailed));
    assert.throws(() => decodeHello(hello.subarray(0, 43)), rejects(P2PErrorCode.handshakeFailed));
  });

  it("[REJECT] our own hello reflected back", () => {
    const e = generateEphemeral();
    const h = encodeHello(e.publicKey);
    assert.throws(() => deriveSession("initiator", e, h, h), rejects(P2PErrorCode.handshakeFailed));
  });

  it("[REJECT] a low-order X25519 point (all-zero shared secret)", () => {
    const e = generateEphemeral();
    for (const point of [new Uint8Array(32), Uint8Array.of(1, ...new Uint8Array(31))]) {
      assert.throws(
        () => deriveSession("initiator", e, encodeHello(e.publicKey), encodeHello(point)),
        rejects(P2PErrorCode.handshakeFailed),
      );
    }
  });
});

describe("p2p handshake auth record", () => {
  it("verifies a peer's auth and returns its proven identity", () => {
    const { initiator, responder } = pair();
    const key = nodeKey(7);
    const auth = encodeAuth(key, "initiator", initiator.transcriptHash, {
      network: NETWORK,
      moniker: "seven",
    });
    const remote = verifyAuth(auth, "initiator", responder.transcriptHash);
    assert.equal(remote.id, nodeIdFromPubKey(key.pubKey));
    assert.deepEqual(remote.pubKey, key.pubKey);
    assert.equal(remote.network, NETWORK);
    assert.equal(remote.moniker, "seven");
  });

  it("[REJECT] a signature made in the other role (no reflection of roles)", () => {
    const { initiator } = pair();
    const auth = encodeAuth(nodeKey(7), "responder", initiator.transcriptHash, {
      network: NETWORK,
      moniker: "",
    });
    assert.throws(
      () => verifyAuth(auth, "initiator", initiator.transcriptHash),
      rejects(P2PErrorCode.authFailed),
    );
  });

  it("[REJECT] a signature over another session's transcript (no replay)", () => {
    const a = pair();
    const b = pair();
    const auth = encodeAuth(nodeKey(7), "initiator", a.initiator.transcriptHash, {
      network: NETWORK,
      moniker: "",
    });
    assert.throws(
      () => verifyAuth(auth, "initiator", b.responder.transcriptHash),
      rejects(P2PErrorCode.authFailed),
    );
  });

  it("[REJECT] a public key swapped under someone else's signature", () => {
    const { initiator } = pair();
    const auth = encodeAuth(nodeKey(7), "initiator", initiator.transcriptHash, {
      network: NETWORK,
      moniker: "",
    });
    const forged = Uint8Array.from(auth);
    forged.set(nodeKey(8).pubKey, 0);
    assert.throws(
      () => verifyAuth(forged, "initiator", initiator.transcriptHash),
      rejects(P2PErrorCode.authFailed),
    );
  });

  it("[REJECT] malformed auth records: short, overlong string, trailing bytes, bad UTF-8", () => {
    const { initiator } = pair();
    const h = initiator.transcriptHash;
    const auth = encodeAuth(nodeKey(7), "initiator", h, { network: "n", moniker: "m" });
    const cases = [
      auth.subarray(0, 90),
      Uint8Array.from([...auth.subarray(0, 96), 200, 0x6e, 1, 0x6d]),
      Uint8Array.from([...auth, 0]),
      Uint8Array.from([...auth.subarray(0, 96), 1, 0xff, 0]),
    ];
    for (const bytes of cases) {
      assert.throws(() => verifyAuth(bytes, "initiator", h), rejects(P2PErrorCode.handshakeFailed));
    }
  });

  it("sign bytes are domain-separated by role", () => {
    const h = new Uint8Array(32);
    assert.notDeepEqual(authSignBytes("initiator", h), authSignBytes("responder", h));
    assert.ok(Buffer.from(authSignBytes("initiator", h)).toString("latin1").startsWith("strata-p2p/1 auth"));
  });
});

describe("p2p record layer", () => {
  const key = new Uint8Array(32).fill(9);

  it("seals and opens records in order with counter nonces", () => {
    const sealer = new RecordSealer(key);
    const opener = new RecordOpener(key);
    for (const text of ["a", "", "hello world"]) {
      const record = sealer.seal(Buffer.from(text));
      assert.equal(readRecordLength(record.subarray(0, 4), 1024), text.length + 16);
      assert.equal(opener.open(record.subarray(0, 4), record.subarray(4)).toString(), text);
    }
    assert.equal(sealer.sealed, 3);
    assert.deepEqual(recordNonce(258), Buffer.from("000000000000000000000102", "hex"));
  });

  it("[REJECT] a flipped byte anywhere in a record", () => {
    const record = new RecordSealer(key).seal(Buffer.from("payload"));
    for (let i = 4; i < record.length; i++) {
      const bad = Buffer.from(record);
      bad[i] = bad[i]! ^ 0x80;
      assert.throws(
        () => new RecordOpener(key).open(bad.subarray(0, 4), bad.subarray(4)),
        rejects(P2PErrorCode.authFailed),
      );
    }
  });

  it("[REJECT] a changed length prefix (it is associated data)", () => {
    const record = new RecordSealer(key).seal(Buffer.from("payload"));
    const header = Buffer.from(record.subarray(0, 4));
    header[3] = header[3]! + 1;
    assert.throws(
      () => new RecordOpener(key).open(header, record.subarray(4)),
      rejects(P2PErrorCode.authFailed),
    );
  });

  it("[REJECT] a replayed or reordered record", () => {
    const sealer = new RecordSealer(key);
    const first = sealer.seal(Buffer.from("one"));
    const second = sealer.seal(Buffer.from("two"));
    const opener = new RecordOpener(key);
    assert.throws(
      () => opener.open(second.subarray(0, 4), second.subarray(4)),
      rejects(P2PErrorCode.authFailed),
    );
    const replay = new RecordOpener(key);
    replay.open(first.subarray(0, 4), first.subarray(4));
    assert.throws(
      () => replay.open(first.subarray(0, 4), first.subarray(4)),
      rejects(P2PErrorCode.authFailed),
    );
  });

  it("[REJECT] counter exhaustion on both sides", () => {
    const sealer = new RecordSealer(key, 2);
    sealer.seal(Buffer.of(1));
    sealer.seal(Buffer.of(2));
    assert.throws(() => sealer.seal(Buffer.of(3)), rejects(P2PErrorCode.counterExhausted));
    const opener = new RecordOpener(key, 0);
    assert.throws(
      () => opener.open(Buffer.alloc(4), Buffer.alloc(16)),
      rejects(P2PErrorCode.counterExhausted),
    );
  });

  it("[REJECT] record lengths out of bounds", () => {
    const header = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(n);
      return b;
    };
    assert.equal(readRecordLength(header(16), 100), 16);
    assert.equal(readRecordLength(header(116), 100), 116);
    assert.throws(() => readRecordLength(header(117), 100), rejects(P2PErrorCode.frameTooLarge));
    assert.throws(() => readRecordLength(header(15), 100), rejects(P2PErrorCode.frameTooLarge));
    assert.throws(() => readRecordLength(header(0xffffffff), 100), rejects(P2PErrorCode.frameTooLarge));
  });
});
