/**
 * The pure parts of the p2p layer: message codec, seen cache, peer scores and bans over a fake
 * clock, reconnect backoff, and the byte queue.
 */
import assert from "node:assert/strict";
import { ByteQueue } from "../../../../chain/core/p2p/byteQueue.js";
import {
  backoffDelay,
  decodeMessage,
  isP2PError,
  MessageKind,
  P2PErrorCode,
  PeerScores,
  ResponseStatus,
  SeenCache,
} from "../../../../chain/core/p2p/index.js";
import {
  encodeChannelMessage,
  encodeErrorResponse,
  encodeRequest,
  encodeResponse,
  PING,
  PONG,
} from "../../../../chain/core/p2p/messageCodec.js";

describe("p2p message codec", () => {
  it("round-trips every kind", () => {
    assert.deepEqual(decodeMessage(encodeChannelMessage(0x22, Buffer.from("vote"))), {
      kind: MessageKind.message,
      channel: 0x22,
      payload: Buffer.from("vote"),
    });
    assert.deepEqual(decodeMessage(encodeRequest(0x40, 0xfffffffe, Buffer.of(7))), {
      kind: MessageKind.request,
      channel: 0x40,
      id: 0xfffffffe,
      payload: Buffer.of(7),
    });
    assert.deepEqual(decodeMessage(encodeResponse(5, ResponseStatus.ok, Buffer.of(1, 2))), {
      kind: MessageKind.response,
      id: 5,
      status: ResponseStatus.ok,
      body: Buffer.of(1, 2),
    });
    const err = decodeMessage(encodeErrorResponse(6, "x".repeat(1000)));
    assert.equal(err.kind === MessageKind.response && err.body.length, 256);
    assert.deepEqual(decodeMessage(PING), { kind: MessageKind.ping });
    assert.deepEqual(decodeMessage(PONG), { kind: MessageKind.pong });
  });

  for (const [name, bytes] of [
    ["empty", []],
    ["unknown kind", [9]],
    ["message without channel", [1]],
    ["truncated request", [2, 1, 0, 0]],
    ["truncated response", [3, 0, 0, 0, 1]],
    ["unknown status", [3, 0, 0, 0, 1, 7]],
    ["ping with trailing bytes", [4, 0]],
  ] as const) {
    it(`[REJECT] ${name}`, () => {
      assert.throws(
        () => decodeMessage(Uint8Array.from(bytes)),
        (e: unknown) => isP2PError(e, P2PErrorCode.malformedMessage),
      );
    });
  }

  it("refuses to encode a channel outside u8", () => {
    assert.throws(() => encodeChannelMessage(256, Buffer.alloc(0)), RangeError);
  });
});

describe("p2p seen cache", () => {
  it("reports first sight once and forgets the oldest when full", () => {
    const seen = new SeenCache(2);
    assert.equal(seen.add(Buffer.from("a")), true);
    assert.equal(seen.add(Buffer.from("a")), false);
    seen.add(Buffer.from("b"));
    seen.add(Buffer.from("c"));
    assert.equal(seen.size, 2);
    assert.equal(seen.has(Buffer.from("a")), false);
    assert.equal(seen.has(Buffer.from("c")), true);
  });
});

describe("p2p peer scores", () => {
  it("accumulates penalties and decays them with the half-life", () => {
    let t = 0;
    const scores = new PeerScores({ banThreshold: 100, banDurationMs: 1_000, halfLifeMs: 100 }, () => t);
    assert.deepEqual(scores.penalize("p", "high"), { penalty: 50, banned: false });
    t = 100; // one half-life
    assert.equal(scores.penalty("p"), 25);
    assert.deepEqual(scores.penalize("p", "high"), { penalty: 75, banned: false });
    assert.deepEqual(scores.penalize("p", "medium"), { penalty: 95, banned: false });
    assert.deepEqual(scores.penalize("p", "low"), { penalty: 100, banned: true });
  });

  it("bans on reaching the threshold and expires the ban on the clock", () => {
    let t = 0;
    const scores = new PeerScores({ banThreshold: 100, banDurationMs: 1_000 }, () => t);
    for (let i = 0; i < 19; i++) assert.equal(scores.penalize("p", "low").banned, false);
    assert.equal(scores.penalize("p", "low").banned, true);
    assert.equal(scores.isBanned("p"), true);
    assert.equal(scores.penalty("p"), 0, "a ban resets the penalty");
    assert.deepEqual(scores.banned(), [{ id: "p", until: 1_000 }]);
    t = 999;
    assert.equal(scores.isBanned("p"), true);
    t = 1_000;
    assert.equal(scores.isBanned("p"), false);
    assert.equal(scores.penalize("q", "fatal").banned, true);
    scores.unban("q");
    assert.equal(scores.isBanned("q"), false);
  });

  it("keeps its tables bounded", () => {
    const scores = new PeerScores({ maxTracked: 3 }, () => 0);
    for (const id of ["a", "b", "c", "d"]) scores.penalize(id, "low");
    assert.equal(scores.penalty("a"), 0);
    assert.equal(scores.penalty("d"), 5);
  });
});

describe("p2p reconnect backoff", () => {
  it("doubles from the initial delay up to the cap, less the jitter", () => {
    const none = () => 0;
    const delays = [0, 1, 2, 3, 4, 10, 1_000].map((a) =>
      backoffDelay(a, { initialMs: 100, maxMs: 1_000 }, none),
    );
    assert.deepEqual(delays, [100, 200, 400, 800, 1_000, 1_000, 1_000]);
    assert.equal(
      backoffDelay(0, { initialMs: 100, jitter: 0.5 }, () => 0.999999),
      50,
    );
  });
});

describe("p2p byte queue", () => {
  it("reads exact lengths across chunks", () => {
    const q = new ByteQueue();
    q.push(Buffer.from("ab"));
    q.push(Buffer.from("cde"));
    q.push(Buffer.from("f"));
    assert.equal(q.peek(1).toString(), "a");
    assert.equal(q.take(3).toString(), "abc");
    assert.equal(q.length, 3);
    assert.equal(q.take(3).toString(), "def");
    assert.throws(() => q.take(1), RangeError);
  });
});
