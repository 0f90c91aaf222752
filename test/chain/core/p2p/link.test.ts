/**
 * Links over real TCP on 127.0.0.1: the handshake proves node ids, impostors and wrong networks
 * are refused, a flipped byte in transit closes the link, and garbage, oversized frames,
 * malformed messages and unknown channels are dropped and scored while the node keeps serving.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { isP2PError, type P2PError, P2PErrorCode } from "../../../../chain/core/p2p/index.js";
import { encodeChannelMessage, PING } from "../../../../chain/core/p2p/messageCodec.js";
import {
  closeAll,
  Forwarder,
  idOf,
  logged,
  near,
  rawSocket,
  rogueDial,
  socketClosed,
  startNode,
  type TestNode,
  waitConnected,
  waitFor,
} from "./helpers.js";

const CH = 0x22;

describe("p2p links (TCP)", () => {
  const nodes: TestNode[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  const node = async (opts: Parameters<typeof startNode>[0]) => {
    const n = await startNode(opts);
    nodes.push(n);
    return n;
  };

  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((c) => c()));
    await closeAll(nodes.splice(0));
  });

  it("handshake: both sides prove their node ids and exchange messages", async () => {
    const a = await node({ seed: 1 });
    const b = await node({ seed: 2, persistentPeers: [a.p2p.peerAddress()] });
    await waitConnected(a, b.id);
    await waitConnected(b, a.id);
    assert.equal(a.id, idOf(1));
    const [fromA] = a.p2p.peers();
    const [fromB] = b.p2p.peers();
    assert.equal(fromA?.id, b.id);
    assert.deepEqual(fromA?.pubKey, b.key.pubKey);
    assert.equal(fromA?.moniker, "node-2");
    assert.equal(fromA?.direction, "inbound");
    assert.equal(fromA?.persistent, false);
    assert.equal(fromB?.direction, "outbound");
    assert.equal(fromB?.persistent, true);
    assert.equal(fromB?.remoteAddress, "127.0.0.1");
    assert.equal(fromB?.remotePort, a.p2p.listenAddress().port);

    const got: string[] = [];
    a.p2p.handle(CH, ({ from, payload }) => {
      got.push(`${from}:${Buffer.from(payload).toString()}`);
    });
    assert.equal(b.p2p.send(a.id, CH, Buffer.from("hi")), true);
    await waitFor("message", () => got.length === 1);
    assert.deepEqual(got, [`${b.id}:hi`]);
    assert.equal(b.p2p.send(idOf(99), CH, Buffer.from("nobody")), false);
  });

  it("[REJECT] a peer proving another id than the one dialed (impostor or wrong address)", async () => {
    const a = await node({ seed: 1 });
    const impostor = await node({ seed: 9 });
    const b = await node({ seed: 2 });
    // b believes a lives at the impostor's address.
    await assert.rejects(b.p2p.dial(`${a.id}@127.0.0.1:${impostor.p2p.listenAddress().port}`), (e: unknown) =>
      isP2PError(e, P2PErrorCode.wrongPeerId),
    );
    await assert.rejects(b.p2p.dial(`${idOf(3)}@127.0.0.1:${a.p2p.listenAddress().port}`), (e: unknown) =>
      isP2PError(e, P2PErrorCode.wrongPeerId),
    );
    assert.equal(b.p2p.peers().length, 0);
    // The responders saw a link that the dialer dropped at once.
    await waitFor(
      "responders see no peers",
      () => a.p2p.peers().length === 0 && impostor.p2p.peers().length === 0,
    );
    const peer = await b.p2p.dial(`${a.id}@127.0.0.1:${a.p2p.listenAddress().port}`);
    assert.equal(peer.id, a.id);
  });

  it("[REJECT] a peer of another network, and a node dialing itself", async () => {
    const a = await node({ seed: 1 });
    const port = a.p2p.listenAddress().port;
    await assert.rejects(rogueDial(port, 5, { network: "other-chain" }), (e: unknown) =>
      isP2PError(e, P2PErrorCode.handshakeFailed),
    );
    await waitFor("network mismatch logged", () => logged(a.log, "debug", "another network"));
    await assert.rejects(a.p2p.dial(a.p2p.peerAddress()));
    assert.equal(a.p2p.peers().length, 0);
  });

  it("man in the middle: a flipped byte in a frame closes the link and scores the sender", async () => {
    const a = await node({ seed: 1 });
    const b = await node({ seed: 2 });
    const mitm = await Forwarder.start(a.p2p.listenAddress().port);
    cleanups.push(() => mitm.close());
    const got: Uint8Array[] = [];
    a.p2p.handle(CH, ({ payload }) => {
      got.push(payload);
    });
    await b.p2p.dial(`${a.id}@127.0.0.1:${mitm.port}`);
    await waitConnected(a, b.id);
    // An honest forwarder is invisible.
    b.p2p.send(a.id, CH, Buffer.from("clean"));
    await waitFor("clean message", () => got.length === 1);

    let reason: Error | undefined;
    a.p2p.onPeerDisconnected((_peer, why) => {
      reason = why;
    });
    mitm.tamper = true;
    b.p2p.send(a.id, CH, Buffer.from("tampered"));
    await waitFor("link closed", () => reason !== undefined);
    assert.ok(isP2PError(reason, P2PErrorCode.authFailed), String(reason));
    assert.equal(got.length, 1, "the tampered record was never delivered");
    assert.ok(near(a.p2p.penalty(b.id), 20));
    assert.ok(logged(a.log, "warn", "AEAD"));
    await waitFor("b sees the link drop", () => !b.p2p.isConnected(a.id));
  });

  it("garbage on a socket is dropped and the node keeps serving", async () => {
    const a = await node({ seed: 1, maxPendingHandshakes: 64 });
    const port = a.p2p.listenAddress().port;
    const sockets = await Promise.all(Array.from({ length: 20 }, () => rawSocket(port)));
    for (const s of sockets) {
      s.write(randomBytes(4_096));
    }
    await Promise.all(sockets.map(socketClosed));
    assert.ok(logged(a.log, "debug", "does not speak strata-p2p/1"));
    const b = await node({ seed: 2, persistentPeers: [a.p2p.peerAddress()] });
    await waitConnected(a, b.id);
  });

  it("a socket that never finishes the handshake is closed at the handshake timeout", async () => {
    const a = await node({ seed: 1, handshakeTimeoutMs: 100 });
    const s = await rawSocket(a.p2p.listenAddress().port);
    s.write(Buffer.from("strata-p2p/1")); // a partial hello, then silence
    await socketClosed(s);
    assert.ok(logged(a.log, "debug", "timed out"));
  });

  it("[REJECT] an oversized frame from an authenticated peer: dropped and scored", async () => {
    const a = await node({ seed: 1, maxFrameBytes: 1_024 });
    const rogue = await rogueDial(a.p2p.listenAddress().port, 5);
    assert.equal(rogue.remote.id, a.id);
    await waitConnected(a, idOf(5));
    const header = Buffer.alloc(4);
    header.writeUInt32BE(1_024 + 16 + 1);
    rogue.socket.write(header);
    const reason = await rogue.closed;
    assert.ok(isP2PError(reason, P2PErrorCode.closed), String(reason));
    await waitFor("dropped", () => !a.p2p.isConnected(idOf(5)));
    assert.ok(near(a.p2p.penalty(idOf(5)), 20));
    assert.ok(logged(a.log, "warn", "out of bounds"));
    assert.throws(
      () => a.p2p.broadcast(CH, new Uint8Array(1_024)),
      (e: unknown) => isP2PError(e, P2PErrorCode.frameTooLarge),
    );
  });

  it("[REJECT] malformed messages score high; unknown channels score low and keep the link", async () => {
    const a = await node({ seed: 1 });
    const port = a.p2p.listenAddress().port;
    const rogue = await rogueDial(port, 5);
    await waitConnected(a, idOf(5));
    rogue.link.send(encodeChannelMessage(0x77, Buffer.from("?")));
    await waitFor("scored low", () => a.p2p.penalty(idOf(5)) > 0);
    assert.ok(near(a.p2p.penalty(idOf(5)), 5));
    assert.ok(logged(a.log, "warn", "unknown channel 119"));
    // Still connected: a ping is answered.
    rogue.link.send(PING);
    await waitFor("pong", () => rogue.received.some((m) => m.length === 1 && m[0] === 5));
    rogue.link.send(Buffer.of(0x99, 1, 2, 3));
    await rogue.closed;
    await waitFor("dropped", () => !a.p2p.isConnected(idOf(5)));
    assert.ok(a.p2p.penalty(idOf(5)) > 54);
    assert.ok(logged(a.log, "warn", "unknown message kind"));
  });

  it("past the threshold a peer is banned and its reconnects are refused", async () => {
    const a = await node({ seed: 1, scoring: { banThreshold: 60 } });
    const port = a.p2p.listenAddress().port;
    for (let round = 0; round < 2; round++) {
      const rogue = await rogueDial(port, 5);
      rogue.link.send(Buffer.of(0x99));
      await rogue.closed;
    }
    await waitFor("banned", () => a.p2p.isBanned(idOf(5)));
    assert.ok(logged(a.log, "warn", "peer banned"));
    await assert.rejects(rogueDial(port, 5), (e: unknown) => isP2PError(e, P2PErrorCode.handshakeFailed));
    await waitFor("refusal logged", () => logged(a.log, "debug", "banned"));
    assert.equal(a.p2p.isConnected(idOf(5)), false);
  });

  it("a handler's misbehaved() report disconnects and bans; handler errors never crash", async () => {
    const a = await node({ seed: 1 });
    const b = await node({ seed: 2, persistentPeers: [a.p2p.peerAddress()] });
    await waitConnected(a, b.id);
    await waitConnected(b, a.id);
    a.p2p.handle(CH, ({ from, payload }) => {
      if (payload[0] === 1) throw new Error("handler bug");
      if (payload[0] === 2) return Promise.reject(new Error("async handler bug"));
      a.p2p.misbehaved(from, "invalid vote signature", "fatal");
    });
    b.p2p.send(a.id, CH, Buffer.of(1));
    b.p2p.send(a.id, CH, Buffer.of(2));
    await waitFor("errors logged", () => logged(a.log, "error", "async handler bug"));
    assert.ok(a.p2p.isConnected(b.id), "a handler's bug is not the peer's fault");
    const dropped = new Promise<Error>((resolve) => b.p2p.onPeerDisconnected((_p, why) => resolve(why)));
    b.p2p.send(a.id, CH, Buffer.of(3));
    await dropped;
    await waitFor("banned", () => a.p2p.isBanned(b.id));
    assert.ok(logged(a.log, "warn", "invalid vote signature"));
    assert.equal(a.p2p.isConnected(b.id), false);
  });

  it("counter exhaustion closes the link; the reconnect re-keys and delivery resumes", async () => {
    const a = await node({ seed: 1, recordLimit: 4 });
    const b = await node({ seed: 2, recordLimit: 4, persistentPeers: [a.p2p.peerAddress()] });
    const got: number[] = [];
    a.p2p.handle(CH, ({ payload }) => {
      got.push(payload[0]!);
    });
    const reasons: P2PError[] = [];
    b.p2p.onPeerDisconnected((_p, why) => reasons.push(why as P2PError));
    for (let i = 0; i < 8; i++) {
      await waitFor(`message ${i} sent`, () => b.p2p.send(a.id, CH, Buffer.of(i)));
      await waitFor(`message ${i} delivered`, () => got.includes(i));
    }
    assert.ok(reasons.length >= 2);
    assert.ok(reasons.every((r) => r.reason === P2PErrorCode.counterExhausted));
  });

  it("keep-alive: a silent peer is dropped after the missed pings; an answering one stays", async () => {
    const a = await node({ seed: 1, pingIntervalMs: 20, maxMissedPings: 3 });
    const b = await node({ seed: 2, pingIntervalMs: 20, persistentPeers: [a.p2p.peerAddress()] });
    await waitConnected(a, b.id);
    const rogue = await rogueDial(a.p2p.listenAddress().port, 5); // never answers a ping
    const reason = await rogue.closed;
    assert.ok(isP2PError(reason, P2PErrorCode.closed));
    assert.ok(rogue.received.filter((m) => m.equals(PING)).length >= 1);
    await waitFor("idle close logged", () =>
      a.log.some((e) => e.msg === "peer disconnected" && e.fields.code === P2PErrorCode.idleTimeout),
    );
    // b answered every ping over at least as many periods, so its link survived them.
    assert.ok(a.p2p.isConnected(b.id));
    assert.equal(a.p2p.penalty(idOf(5)), 0, "a dead link is not misbehaviour");
  });

  it("a peer that stops reading is dropped when the send buffer passes its bound", async () => {
    const a = await node({ seed: 1, maxSendBufferBytes: 256 * 1024 });
    const rogue = await rogueDial(a.p2p.listenAddress().port, 5);
    await waitConnected(a, idOf(5));
    rogue.socket.pause();
    const chunk = new Uint8Array(64 * 1024);
    let sent = 0;
    while (sent < 10_000 && a.p2p.send(idOf(5), CH, chunk)) sent += 1;
    assert.ok(sent < 10_000, "sending stopped");
    assert.equal(a.p2p.isConnected(idOf(5)), false);
    assert.ok(
      a.log.some((e) => e.msg === "peer disconnected" && e.fields.code === P2PErrorCode.sendBufferFull),
    );
    rogue.socket.resume();
    await rogue.closed;
  });
});
