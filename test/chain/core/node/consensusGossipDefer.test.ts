/**
 * The consensus channels' re-send path: a consensus message the BFT driver cannot use yet (its
 * driver has not started, or the message is of a height beyond the next one) is deferred, and
 * gossip then forgets it, so the sender's identical re-send is delivered again. An ignored
 * message stays de-duplicated. (A node two heights behind at the solo-to-BFT handover otherwise
 * never received the new height's proposal and prevotes, and both validators waited for ever.)
 */
import assert from "node:assert/strict";
import {
  type ChannelMessage,
  createGossip,
  type GossipTransport,
  type GossipVerdict,
} from "../../../../chain/core/p2p/index.js";

function fakeTransport(): {
  transport: GossipTransport;
  deliver(payload: Uint8Array): void;
  relayed: number;
} {
  let handler: ((m: ChannelMessage) => void) | undefined;
  const state = {
    relayed: 0,
    transport: {
      handle: (_channel: number, h: (m: ChannelMessage) => void) => {
        handler = h;
      },
      broadcast: () => {
        state.relayed += 1;
        return 1;
      },
      misbehaved: () => undefined,
    } as unknown as GossipTransport,
    deliver(payload: Uint8Array) {
      handler!({ from: "peer" as ChannelMessage["from"], channel: 0x21, payload });
    },
  };
  return state;
}

describe("consensus gossip: deferred messages are delivered again when re-sent", () => {
  it("a deferred payload reaches the handler again; an ignored one does not", async () => {
    const t = fakeTransport();
    const verdicts: GossipVerdict[] = ["defer", "defer", "accept", "ignore"];
    const seen: string[] = [];
    const gossip = createGossip(t.transport, { channel: 0x21 }, async (m) => {
      seen.push(Buffer.from(m.payload).toString());
      return verdicts.shift()!;
    });
    const vote = Buffer.from("prevote h=50 r=0");
    for (let i = 0; i < 3; i++) {
      t.deliver(vote);
      await new Promise((r) => setImmediate(r));
    }
    assert.deepEqual(seen, [String(vote), String(vote), String(vote)]);
    assert.equal(gossip.stats.deferred, 2);
    assert.equal(t.relayed, 1, "relayed once, when accepted");
    // Accepted: remembered from then on.
    t.deliver(vote);
    await new Promise((r) => setImmediate(r));
    assert.equal(seen.length, 3);
    assert.equal(gossip.stats.duplicates, 1);
    // Ignored: remembered too.
    const other = Buffer.from("prevote h=49 r=0");
    t.deliver(other);
    await new Promise((r) => setImmediate(r));
    t.deliver(other);
    await new Promise((r) => setImmediate(r));
    assert.equal(seen.length, 4);
    assert.equal(gossip.stats.duplicates, 2);
  });
});
