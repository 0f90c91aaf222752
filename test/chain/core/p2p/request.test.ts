/**
 * Request/response over real links (the block-sync helper): answers, error answers, unknown
 * channels, timeouts and late answers, the outstanding-request bound on both sides, and requests
 * failed by a dropped link.
 */
import assert from "node:assert/strict";
import { ChannelId, isP2PError, P2PErrorCode } from "../../../../chain/core/p2p/index.js";
import { closeAll, logged, near, startNode, type TestNode, waitConnected, waitFor } from "./helpers.js";

const SYNC = ChannelId.blockSync;

function height(n: number): Uint8Array {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** A promise with its resolver (a request handler the test releases by hand). */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const code = (c: P2PErrorCode) => (e: unknown) => isP2PError(e, c);

describe("p2p request/response", () => {
  let server: TestNode;
  let client: TestNode;
  const held: ReturnType<typeof deferred<Uint8Array>>[] = [];

  beforeEach(async () => {
    server = await startNode({ seed: 1, maxOutstandingRequests: 2 });
    client = await startNode({
      seed: 2,
      maxOutstandingRequests: 3,
      persistentPeers: [server.p2p.peerAddress()],
    });
    server.p2p.handleRequests(SYNC, ({ payload }) => {
      const h = Buffer.from(payload).readBigUInt64BE();
      if (h === 0n) throw new Error("height 0 does not exist");
      if (h === 999n) {
        const d = deferred<Uint8Array>();
        held.push(d);
        return d.promise;
      }
      return Buffer.from(`block-${h}`);
    });
    await waitConnected(client, server.id);
    await waitConnected(server, client.id);
  });

  afterEach(async () => {
    for (const d of held.splice(0)) d.resolve(Buffer.from("late"));
    await closeAll([client, server]);
  });

  it("answers requests by id, concurrently", async () => {
    const answers = await Promise.all(
      [5, 6].map((h) => client.p2p.request(server.id, SYNC, height(h), 5_000)),
    );
    assert.deepEqual(
      answers.map((a) => Buffer.from(a).toString()),
      ["block-5", "block-6"],
    );
  });

  it("a handler's error comes back as a remoteError with its reason", async () => {
    await assert.rejects(client.p2p.request(server.id, SYNC, height(0), 5_000), (e: unknown) => {
      return isP2PError(e, P2PErrorCode.remoteError) && e.message.includes("height 0 does not exist");
    });
  });

  it("[REJECT] a request on a channel without a handler: error answer, requester scored low", async () => {
    await assert.rejects(
      client.p2p.request(server.id, 0x41, height(1), 5_000),
      code(P2PErrorCode.remoteError),
    );
    assert.ok(near(server.p2p.penalty(client.id), 5));
    assert.ok(client.p2p.isConnected(server.id));
  });

  it("times out, then ignores the late answer", async () => {
    await assert.rejects(
      client.p2p.request(server.id, SYNC, height(999), 30),
      code(P2PErrorCode.requestTimeout),
    );
    await waitFor("handler holding the request", () => held.length === 1);
    held[0]!.resolve(Buffer.from("too late"));
    await waitFor("late answer ignored", () => logged(client.log, "debug", "no outstanding request"));
    assert.equal(client.p2p.penalty(server.id), 0);
    const ok = await client.p2p.request(server.id, SYNC, height(8), 5_000);
    assert.equal(Buffer.from(ok).toString(), "block-8");
  });

  it("bounds outstanding requests: locally (tooManyRequests) and at the server (busy)", async () => {
    // The client allows 3 outstanding; the server serves 2 at once per peer.
    const first = client.p2p.request(server.id, SYNC, height(999), 5_000);
    const second = client.p2p.request(server.id, SYNC, height(999), 5_000);
    const third = client.p2p.request(server.id, SYNC, height(999), 5_000);
    await assert.rejects(
      client.p2p.request(server.id, SYNC, height(1), 5_000),
      code(P2PErrorCode.tooManyRequests),
    );
    await assert.rejects(
      third,
      (e: unknown) => isP2PError(e, P2PErrorCode.remoteError) && e.message.includes("busy"),
    );
    assert.ok(near(server.p2p.penalty(client.id), 5));
    await waitFor("two held", () => held.length === 2);
    held[0]!.resolve(Buffer.from("one"));
    held[1]!.resolve(Buffer.from("two"));
    assert.deepEqual(
      (await Promise.all([first, second])).map((b) => Buffer.from(b).toString()),
      ["one", "two"],
    );
    assert.equal(
      Buffer.from(await client.p2p.request(server.id, SYNC, height(3), 5_000)).toString(),
      "block-3",
    );
  });

  it("a dropped link fails its outstanding requests; unknown peers are notConnected", async () => {
    const pending = client.p2p.request(server.id, SYNC, height(999), 5_000);
    await waitFor("held", () => held.length === 1);
    server.p2p.block(client.id);
    await assert.rejects(pending, code(P2PErrorCode.closed));
    await assert.rejects(
      client.p2p.request(server.id, SYNC, height(1), 5_000),
      code(P2PErrorCode.notConnected),
    );
    server.p2p.unblock(client.id);
    await waitConnected(client, server.id);
    assert.equal(
      Buffer.from(await client.p2p.request(server.id, SYNC, height(4), 5_000)).toString(),
      "block-4",
    );
  });
});
