/**
 * The switch over real links: duplicate links from simultaneous dials resolve the same way on
 * both ends, a persistent peer is redialed after it restarts, the inbound and handshake limits
 * hold, block/unblock partitions and heals a 4-node mesh, and close releases everything.
 */
import assert from "node:assert/strict";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { createGossip, createP2P, isP2PError, P2PErrorCode } from "../../../../chain/core/p2p/index.js";
import {
  closeAll,
  fullMesh,
  logged,
  meshSettled,
  NETWORK,
  nodeKey,
  rawSocket,
  socketClosed,
  startNode,
  startNodes,
  type TestNode,
  waitConnected,
  waitFor,
} from "./helpers.js";

const CH = 0x30;

describe("p2p switch", () => {
  let nodes: TestNode[] = [];
  const track = (...more: TestNode[]) => {
    nodes.push(...more);
    return more;
  };
  afterEach(async () => {
    await closeAll(nodes);
    nodes = [];
  });

  it("simultaneous dials between two nodes keep exactly the link the lower id dialed", async () => {
    for (let round = 0; round < 5; round++) {
      const pair = track(...(await startNodes(2)));
      fullMesh(pair);
      await waitFor("one link each way agreed", () => meshSettled(pair));
      const [a, b] = pair as [TestNode, TestNode];
      assert.equal(a.p2p.peers().length, 1);
      assert.equal(b.p2p.peers().length, 1);
      await closeAll(pair);
      nodes = [];
    }
  });

  it("a persistent peer is redialed after it restarts (same key, same port)", async () => {
    const a = await startNode({ seed: 1 });
    const port = a.p2p.listenAddress().port;
    const b = await startNode({ seed: 2, persistentPeers: [a.p2p.peerAddress()] });
    track(a, b);
    await waitConnected(b, a.id);
    const down = new Promise<void>((resolve) => b.p2p.onPeerDisconnected(() => resolve()));
    await a.p2p.close();
    await down;
    assert.equal(b.p2p.isConnected(a.id), false);
    await waitFor("b retries while a is down", () => logged(b.log, "debug", "dial failed"));

    const a2 = await startNode({ seed: 1, listenPort: port });
    track(a2);
    await waitConnected(b, a2.id);
    const got: string[] = [];
    a2.p2p.handle(CH, ({ payload }) => {
      got.push(Buffer.from(payload).toString());
    });
    b.p2p.send(a2.id, CH, Buffer.from("after restart"));
    await waitFor("delivered", () => got.length === 1);
  });

  it("refuses inbound peers past the limit, and inbound sockets past the handshake limit", async () => {
    const a = await startNode({ seed: 1, maxInboundPeers: 1, maxPendingHandshakes: 2 });
    const [b, c] = track(a, await startNode({ seed: 2 }), await startNode({ seed: 3 })).slice(1) as [
      TestNode,
      TestNode,
    ];
    await b.p2p.dial(a.p2p.peerAddress());
    await assert.rejects(c.p2p.dial(a.p2p.peerAddress()), (e: unknown) =>
      isP2PError(e, P2PErrorCode.handshakeFailed),
    );
    await waitFor("refusal logged", () => logged(a.log, "debug", "inbound peer limit"));
    assert.deepEqual(
      a.p2p.peers().map((p) => p.id),
      [b.id],
    );

    const port = a.p2p.listenAddress().port;
    const silent = [await rawSocket(port), await rawSocket(port)];
    // Sockets are accepted in connect order, so these two hold both handshake slots.
    const third = await rawSocket(port);
    await socketClosed(third);
    await waitFor("refused socket logged", () => logged(a.log, "debug", "inbound socket refused"));
    for (const s of silent) s.destroy();
    await Promise.all(silent.map(socketClosed));
  });

  it("block/unblock: partitions a 4-node mesh and heals it without restarting anything", async () => {
    const all = track(...(await startNodes(4)));
    const [n1, n2, n3, n4] = all as [TestNode, TestNode, TestNode, TestNode];
    const delivered = all.map(() => [] as string[]);
    const gossip = all.map((n, i) =>
      createGossip(n.p2p, { channel: CH }, ({ payload }) => {
        delivered[i]!.push(Buffer.from(payload).toString());
        return "accept";
      }),
    );
    fullMesh(all);
    await waitFor("mesh", () => meshSettled(all));

    // Partition {1,2} | {3,4}, blocking on one side only: 3 and 4 keep dialing and are refused.
    for (const x of [n1, n2]) for (const y of [n3, n4]) x.p2p.block(y.id);
    await waitFor("partitioned", () => all.every((n) => n.p2p.peers().length === 1));
    assert.deepEqual(n1.p2p.blocked().sort(), [n3.id, n4.id].sort());
    await waitFor("redials refused", () => logged(n1.log, "debug", "peer refused: blocked"));
    assert.equal(n3.p2p.isConnected(n1.id), false);

    gossip[0]!.publish(Buffer.from("left"));
    gossip[2]!.publish(Buffer.from("right"));
    await waitFor(
      "each side delivered",
      () => delivered[1]!.includes("left") && delivered[3]!.includes("right"),
    );
    // No link crosses the partition, so no path exists for either message.
    assert.deepEqual(
      delivered.map((d) => d.join()),
      ["", "left", "", "right"],
    );

    for (const x of [n1, n2]) for (const y of [n3, n4]) x.p2p.unblock(y.id);
    await waitFor("healed", () => meshSettled(all));
    gossip[3]!.publish(Buffer.from("healed"));
    await waitFor("everyone delivered", () => delivered.slice(0, 3).every((d) => d.includes("healed")));
    assert.equal(n1.p2p.blocked().length, 0);
  });

  it("close() ends every link; the peers see it and nothing can start again", async () => {
    const [a, b, c] = track(...(await startNodes(3))) as [TestNode, TestNode, TestNode];
    fullMesh([a, b, c]);
    await waitFor("mesh", () => meshSettled([a, b, c]));
    const reasons: Error[] = [];
    b.p2p.onPeerDisconnected((_p, why) => reasons.push(why));
    await a.p2p.close();
    await waitFor("b saw a leave", () => !b.p2p.isConnected(a.id));
    assert.equal(a.p2p.peers().length, 0);
    assert.ok(reasons.length === 1 && isP2PError(reasons[0], P2PErrorCode.closed));
    assert.throws(
      () => a.p2p.listenAddress(),
      (e: unknown) => isP2PError(e, P2PErrorCode.closed),
    );
    await assert.rejects(a.p2p.dial(b.p2p.peerAddress()), (e: unknown) => isP2PError(e, P2PErrorCode.closed));
    await assert.rejects(a.p2p.start());
    await a.p2p.close();
  });

  it("rejects bad configuration", async () => {
    const a = await startNode({ seed: 1 });
    track(a);
    assert.throws(
      () => a.p2p.addPersistentPeer(a.p2p.peerAddress()),
      (e: unknown) => isP2PError(e, P2PErrorCode.invalidConfig),
    );
    assert.throws(
      () => a.p2p.addPersistentPeer("nonsense"),
      (e: unknown) => isP2PError(e, P2PErrorCode.invalidAddress),
    );
    a.p2p.handle(CH, () => {});
    assert.throws(
      () => a.p2p.handle(CH, () => {}),
      (e: unknown) => isP2PError(e, P2PErrorCode.invalidConfig),
    );
    assert.throws(
      () => a.p2p.handle(256, () => {}),
      (e: unknown) => isP2PError(e, P2PErrorCode.invalidConfig),
    );
    // The port is taken: start fails with a typed error and close still works.
    const clash = createP2P(
      { nodeKey: nodeKey(2), network: NETWORK, listenPort: a.p2p.listenAddress().port },
      { logger: nullLogger },
    );
    await assert.rejects(clash.start(), (e: unknown) => isP2PError(e, P2PErrorCode.invalidConfig));
    await clash.close();
  });
});
