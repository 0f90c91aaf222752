/**
 * Flood gossip over real links: a 4-node full mesh (built by simultaneous dials, so duplicate
 * links are resolved first) delivers a message to every handler exactly once however many copies
 * arrive; a line topology relays end to end; duplicates and rejected messages are not relayed.
 */
import assert from "node:assert/strict";
import {
  createGossip,
  type Gossip,
  type GossipVerdict,
  type NodeId,
} from "../../../../chain/core/p2p/index.js";
import {
  closeAll,
  fullMesh,
  meshSettled,
  near,
  startNode,
  startNodes,
  type TestNode,
  waitFor,
} from "./helpers.js";

const CH = 0x22;

interface GossipNode {
  readonly node: TestNode;
  readonly gossip: Gossip;
  readonly delivered: { from: NodeId; text: string }[];
}

function attach(node: TestNode, verdict: (text: string) => GossipVerdict = () => "accept"): GossipNode {
  const delivered: { from: NodeId; text: string }[] = [];
  const gossip = createGossip(node.p2p, { channel: CH }, ({ from, payload }) => {
    const text = Buffer.from(payload).toString();
    delivered.push({ from, text });
    return verdict(text);
  });
  return { node, gossip, delivered };
}

function arrivals(nodes: readonly GossipNode[]): number {
  return nodes.reduce((sum, n) => sum + n.gossip.stats.delivered + n.gossip.stats.duplicates, 0);
}

describe("p2p gossip", () => {
  let nodes: TestNode[] = [];
  afterEach(async () => {
    await closeAll(nodes);
    nodes = [];
  });

  it("4-node full mesh: one link per pair, each handler gets a message once", async () => {
    nodes = await startNodes(4);
    const g = nodes.map((n) => attach(n));
    fullMesh(nodes);
    await waitFor("mesh settled", () => meshSettled(nodes));

    const [a, ...others] = g;
    assert.equal(a!.gossip.publish(Buffer.from("m1")), 3);
    // Every node sends once: the author to 3 peers, each relay to the 2 it did not hear from.
    await waitFor("all copies arrived", () => arrivals(g) === 3 + 3 * 2);
    for (const n of others) {
      assert.deepEqual(
        n.delivered.map((d) => d.text),
        ["m1"],
      );
      assert.equal(n.gossip.stats.relayed, 1);
    }
    assert.equal(a!.delivered.length, 0, "our own message echoed back is not delivered to us");
    // 9 copies arrived, 3 were first sightings: the other 6 were dropped as duplicates.
    assert.equal(
      g.reduce((s, n) => s + n.gossip.stats.duplicates, 0),
      6,
    );
    assert.ok(meshSettled(nodes), "no link was lost or duplicated meanwhile");
  });

  it("line topology: relayed end to end; duplicates and rejected messages stop", async () => {
    // 1 - 2 - 3 - 4: each node dials its left neighbour only.
    const n1 = await startNode({ seed: 1 });
    const n2 = await startNode({ seed: 2, persistentPeers: [n1.p2p.peerAddress()] });
    const n3 = await startNode({ seed: 3, persistentPeers: [n2.p2p.peerAddress()] });
    const n4 = await startNode({ seed: 4, persistentPeers: [n3.p2p.peerAddress()] });
    nodes = [n1, n2, n3, n4];
    const g = nodes.map((n) => attach(n, (text) => (text === "bad" ? "reject" : "accept")));
    await waitFor("line connected", () =>
      nodes.every((n, i) => n.p2p.peers().length === (i === 0 || i === 3 ? 1 : 2)),
    );
    assert.equal(n1.p2p.isConnected(n3.id), false);

    g[0]!.gossip.publish(Buffer.from("from-1"));
    await waitFor("reached node 4", () => g[3]!.delivered.length === 1);
    assert.deepEqual(g[3]!.delivered, [{ from: n3.id, text: "from-1" }]);
    g[3]!.gossip.publish(Buffer.from("from-4"));
    await waitFor("reached node 1", () => g[0]!.delivered.length === 1);
    assert.deepEqual(g[0]!.delivered, [{ from: n2.id, text: "from-4" }]);
    for (const n of g.slice(1, 3))
      assert.deepEqual(
        n.delivered.map((d) => d.text),
        ["from-1", "from-4"],
      );

    // Node 1 publishes a message it already has: node 2 drops it as a duplicate, relays nothing.
    const before = { ...g[1]!.gossip.stats };
    g[0]!.gossip.publish(Buffer.from("from-4"));
    await waitFor("duplicate seen by node 2", () => g[1]!.gossip.stats.duplicates === before.duplicates + 1);
    assert.equal(g[1]!.gossip.stats.relayed, before.relayed);
    assert.equal(g[1]!.delivered.length, 2);

    // A rejected message is not relayed and costs its sender.
    g[0]!.gossip.publish(Buffer.from("bad"));
    await waitFor("rejected by node 2", () => g[1]!.gossip.stats.rejected === 1);
    assert.equal(g[1]!.gossip.stats.relayed, before.relayed);
    assert.ok(near(n2.p2p.penalty(n1.id), 20));
    assert.equal(g[2]!.delivered.length, 2, "node 3 never heard of it");
  });
});
