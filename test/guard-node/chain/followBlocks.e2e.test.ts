import assert from "node:assert/strict";
import { nullLogger } from "../../../chain/core/log/index.js";
import { type BlockFollower, followBlocks } from "../../../guard-node/index.js";
import { L2Chain, waitFor } from "../helpers/l2Chain.js";

describe("guard: following L2 (websocket NewBlockHeader, polling fallback)", function () {
  this.timeout(120_000);

  describe("against a real L2 node", () => {
    let chain: L2Chain;
    let follower: BlockFollower | undefined;
    before(async () => {
      chain = await L2Chain.create({ accounts: 1, blockIntervalMs: 200 });
    });
    after(async () => {
      await follower?.close();
      await chain?.destroy();
    });

    it("gets every height over the websocket, polls while the node is down, and reconnects", async () => {
      const heights: number[] = [];
      follower = followBlocks(
        { rpcUrl: chain.rpc, pollIntervalMs: 100, reconnectMs: 200 },
        { logger: nullLogger, onHeight: (h) => heights.push(h) },
      );
      await waitFor("the websocket", async () => (follower!.mode() === "websocket" ? true : undefined));
      const start = heights.at(-1) ?? 0;
      await waitFor("5 more heights", async () => (follower!.height() >= start + 5 ? true : undefined));
      // Over the websocket no height is skipped; the sequence only increases.
      const seen = heights.filter((h) => h > start);
      assert.deepEqual(
        seen,
        Array.from({ length: seen.length }, (_, i) => start + 1 + i),
      );

      await chain.stop();
      await waitFor("polling while the node is down", async () =>
        follower!.mode() === "polling" ? true : undefined,
      );
      const down = follower.height();
      await chain.start();
      await waitFor(
        "the websocket again",
        async () => (follower!.mode() === "websocket" ? true : undefined),
        {
          timeoutMs: 30_000,
        },
      );
      await waitFor("heights after the restart", async () =>
        follower!.height() >= down + 3 ? true : undefined,
      );
      for (let i = 1; i < heights.length; i++) assert.ok(heights[i]! > heights[i - 1]!, "heights increase");

      await follower.close();
      assert.equal(follower.mode(), "stopped");
      const closedAt = heights.length;
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(heights.length, closedAt, "nothing after close");
    });
  });
});
