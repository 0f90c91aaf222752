import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ed25519Generate } from "../../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { ChainNode, SoloProducer } from "../../../../chain/core/node/index.js";
import { openDatabase } from "../../../../chain/core/store/index.js";
import { buildL1Genesis, makeL1App } from "../../../../chain/l1/index.js";

// A node whose disk write fails (no file descriptors left, disk full) must not stay alive and
// stuck: the driver stops and reports the failure once, so the process can exit and be restarted.
describe("a failed block commit stops the producer loudly", () => {
  let home: string;

  before(async () => {
    home = await mkdtemp(join(tmpdir(), "strata-fatal-"));
  });

  after(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it("calls onFatal once with the error and produces nothing more", async () => {
    const { key } = ed25519Generate();
    const genesis = buildL1Genesis({
      chainId: "fatal-1",
      genesisTime: "2026-01-01T00:00:00Z",
      validators: [{ name: "v", pubKey: Buffer.from(key.pubKey).toString("base64"), power: "1" }],
      accounts: [],
    });
    let failWrites = false;
    const node = await ChainNode.open(
      {
        home,
        genesis,
        genesisText: JSON.stringify(genesis),
        makeApp: (id, log) => makeL1App(id, log, { minGasPrices: [] }),
        mempool: { maxTxs: 10, maxBytes: 1 << 20 },
      },
      {
        logger: nullLogger,
        clock: () => BigInt(Date.now()) * 1_000_000n,
        // Real LevelDB; its write batches fail once `failWrites` is set, as on EMFILE or ENOSPC.
        openDb: async (path) => {
          const db = await openDatabase(path);
          const batch = db.batch.bind(db);
          db.batch = ((...args: Parameters<typeof db.batch>) => {
            const b = batch(...(args as []));
            if (failWrites) b.write = () => Promise.reject(new Error("EMFILE: too many open files"));
            return b;
          }) as typeof db.batch;
          return db;
        },
      },
    );
    const errors: unknown[] = [];
    let reported: () => void = () => {};
    const fatal = new Promise<void>((resolve) => {
      reported = resolve;
    });
    const producer = new SoloProducer(
      node,
      {
        validatorKey: key,
        blockIntervalMs: 20,
        onFatal: (err) => {
          errors.push(err);
          reported();
        },
      },
      { logger: nullLogger, clock: () => BigInt(Date.now()) * 1_000_000n },
    );
    try {
      producer.start();
      while (node.latestHeight() < 2) await new Promise((r) => setTimeout(r, 10));
      failWrites = true;
      await fatal;
      const height = node.latestHeight();
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(errors.length, 1);
      assert.match(String(errors[0]), /EMFILE/);
      assert.equal(node.latestHeight(), height, "no block after the failure");
    } finally {
      await producer.stop();
      await node.stop();
    }
  });
});
