import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toBech32 } from "@cosmjs/encoding";
import { App } from "../../../../chain/core/app/app.js";
import { moduleStorePrefix } from "../../../../chain/core/app/context.js";
import { decodeBlock, headerHash } from "../../../../chain/core/block/index.js";
import { decodeCommit, ValidatorSet, verifyCommit } from "../../../../chain/core/consensus/index.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import {
  createAnteHandler,
  createAuthKeeper,
  createAuthModule,
  parseGasPrices,
} from "../../../../chain/core/modules/auth/index.js";
import { createBankKeeper, createBankModule } from "../../../../chain/core/modules/bank/index.js";
import { supplyKey } from "../../../../chain/core/modules/bank/keys.js";
import {
  type AppFactory,
  DEFAULT_CONFIG,
  generateKeyFile,
  homePaths,
  type ParentProgress,
  type RunningChainNode,
  readConfig,
  startChainNode,
  UnpostedBlocksGate,
  writeConfig,
} from "../../../../chain/core/node/index.js";
import { COMMITMENT_STATE_KEY } from "../../../../chain/core/rollup/types.js";
import { verifyStateProofSync } from "../../../../chain/core/store/index.js";

const DENOM = "ucoin";

const makeBankApp: AppFactory = (chainId, logger, { minGasPrices }) => {
  const auth = createAuthKeeper();
  const bank = createBankKeeper({ accounts: auth });
  return new App({
    chainId,
    logger,
    modules: [createAuthModule(auth), createBankModule(bank)],
    maxTxBytes: 1024 * 1024,
    ante: createAnteHandler({ accounts: auth, bank }, { minGasPrices: parseGasPrices(minGasPrices) }),
  });
};

async function until<T>(check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A parent whose accepted height the test sets; counts the questions it is asked. */
class TestParent implements ParentProgress {
  accepted = 0;
  asked = 0;
  down = false;
  async lastAccepted(): Promise<number> {
    this.asked++;
    if (this.down) throw new Error("parent down");
    return this.accepted;
  }
}

async function rpc(url: string, method: string, params: Record<string, unknown>) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return (await res.json()) as {
    result?: Record<string, unknown>;
    error?: { message: string; data: string };
  };
}

describe("production gate and strata_raw_block (solo producer, in process)", function () {
  this.timeout(60_000);
  let root: string;
  let node: RunningChainNode;
  const parent = new TestParent();
  let validatorPubKey: Uint8Array;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "strata-gate-"));
    const home = join(root, "v");
    await writeConfig(home, {
      ...DEFAULT_CONFIG,
      layer: "bank-only",
      rpc: { host: "127.0.0.1", port: 0 },
      p2p: { host: "127.0.0.1", port: 0, persistentPeers: [] },
      blockIntervalMs: 15,
      minGasPrices: `0.001${DENOM}`,
      logLevel: "error",
    });
    const paths = homePaths(home);
    const key = await generateKeyFile(paths.validatorKey);
    validatorPubKey = key.pubKey;
    await generateKeyFile(paths.nodeKey);
    const addr = toBech32("strata", new Uint8Array(20).fill(7));
    await writeFile(
      paths.genesis,
      JSON.stringify({
        chainId: "gate-1",
        genesisTime: new Date().toISOString(),
        initialHeight: 1,
        consensusParams: { block: { maxTxs: 1000, maxBytes: 1024 * 1024 } },
        validators: [{ name: "v", pubKey: Buffer.from(key.pubKey).toString("base64"), power: "5" }],
        appState: {
          auth: { accounts: [{ address: addr }] },
          bank: { balances: [{ address: addr, coins: [{ denom: DENOM, amount: "1000" }] }] },
        },
      }),
    );
    const gate = new UnpostedBlocksGate(parent, { maxUnpostedBlocks: 3, pollMs: 5 }, nullLogger);
    node = await startChainNode({ home, gate }, { makeApp: makeBankApp, logger: nullLogger });
  });

  after(async () => {
    await node?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it("stops at parent + maxUnpostedBlocks, keeps serving, and resumes as the parent advances", async () => {
    assert.equal(node.mode(), "solo");
    await until(() => (node.node.latestHeight() >= 3 ? true : undefined));
    // Closed: the producer keeps asking the parent and makes nothing more.
    const asked = parent.asked;
    await until(() => (parent.asked >= asked + 10 ? true : undefined));
    assert.equal(node.node.latestHeight(), 3);
    // The RPC keeps serving while paused.
    const status = await rpc(node.rpc.url, "status", {});
    assert.equal(
      (status.result as { sync_info: { latest_block_height: string } }).sync_info.latest_block_height,
      "3",
    );
    // A parent outage keeps it closed (the last answer stands).
    parent.down = true;
    const asked2 = parent.asked;
    await until(() => (parent.asked >= asked2 + 5 ? true : undefined));
    assert.equal(node.node.latestHeight(), 3);
    parent.down = false;
    parent.accepted = 2;
    await until(() => (node.node.latestHeight() >= 5 ? true : undefined));
    const asked3 = parent.asked;
    await until(() => (parent.asked >= asked3 + 10 ? true : undefined));
    assert.equal(node.node.latestHeight(), 5);
    // Heights stay contiguous, each block following the previous one.
    for (let h = 2; h <= 5; h++) {
      const b = await node.node.getBlock(h);
      const prev = await node.node.getBlock(h - 1);
      assert.equal(Buffer.compare(b!.block.header.lastBlockId.hash, headerHash(prev!.block.header)), 0);
    }
  });

  it("strata_raw_block serves the SSZ block, its commit and a proof against its app hash (genesis for block 1)", async () => {
    const set = ValidatorSet.create([{ pubKey: validatorPubKey, votingPower: 5n }]);
    const present = Buffer.concat([moduleStorePrefix("bank"), supplyKey(DENOM)]);
    for (const height of [1, 2, 3]) {
      for (const key of [present, Buffer.from(COMMITMENT_STATE_KEY)]) {
        const r = await rpc(node.rpc.url, "strata_raw_block", {
          height: String(height),
          prove_key: key.toString("hex"),
        });
        assert.equal(r.error, undefined, JSON.stringify(r.error));
        const out = r.result as {
          block: string;
          commit: string;
          proof: { height: string; key: string; value: string | null; nodes: string[] };
        };
        const block = decodeBlock(Buffer.from(out.block, "base64"));
        assert.equal(block.header.height, height);
        const commit = decodeCommit(Buffer.from(out.commit, "base64"));
        verifyCommit("gate-1", set, commit.blockId, height, commit);
        assert.equal(Buffer.compare(commit.blockId.hash, headerHash(block.header)), 0);
        assert.equal(out.proof.height, String(height - 1));
        const proven = verifyStateProofSync(block.header.appHash, key, {
          key,
          value: out.proof.value === null ? undefined : Buffer.from(out.proof.value, "base64"),
          nodes: out.proof.nodes.map((n) => Buffer.from(n, "base64")),
        });
        if (key === present) assert.ok(proven && proven.length > 0, "the supply is in every state");
        else assert.equal(proven, undefined, "no bridge module in this app");
      }
    }
    // Without prove_key: no proof. Above the tip: a clear error.
    const plain = await rpc(node.rpc.url, "strata_raw_block", { height: "2" });
    assert.equal((plain.result as { proof?: unknown }).proof, undefined);
    const above = await rpc(node.rpc.url, "strata_raw_block", { height: "999" });
    assert.match(above.error!.data, /must be less than or equal to the current blockchain height/);
  });
});

describe("production gate under BFT (2 validators, in process)", function () {
  this.timeout(90_000);
  let root: string;
  const nodes: RunningChainNode[] = [];
  const parent = new TestParent();

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "strata-gate-bft-"));
    const homes = [join(root, "v0"), join(root, "v1")];
    const validators = [];
    for (const [i, home] of homes.entries()) {
      await mkdir(join(home, "config"), { recursive: true });
      const key = await generateKeyFile(homePaths(home).validatorKey);
      await generateKeyFile(homePaths(home).nodeKey);
      validators.push({ name: `v${i}`, pubKey: Buffer.from(key.pubKey).toString("base64"), power: "5" });
    }
    const addr = toBech32("strata", new Uint8Array(20).fill(9));
    const genesis = JSON.stringify({
      chainId: "gate-bft-1",
      genesisTime: new Date().toISOString(),
      initialHeight: 1,
      consensusParams: { block: { maxTxs: 1000, maxBytes: 1024 * 1024 } },
      validators,
      appState: {
        auth: { accounts: [{ address: addr }] },
        bank: { balances: [{ address: addr, coins: [{ denom: DENOM, amount: "1000" }] }] },
      },
    });
    for (const home of homes) {
      await writeFile(homePaths(home).genesis, genesis);
      await writeConfig(home, {
        ...DEFAULT_CONFIG,
        layer: "bank-only",
        rpc: { host: "127.0.0.1", port: 0 },
        p2p: { host: "127.0.0.1", port: 0, persistentPeers: nodes.map((n) => n.p2p.peerAddress()) },
        minGasPrices: `0.001${DENOM}`,
        logLevel: "error",
        consensus: { ...DEFAULT_CONFIG.consensus, commit: 50 },
      });
      // Each validator asks the same parent, through its own gate.
      const gate = new UnpostedBlocksGate(parent, { maxUnpostedBlocks: 3, pollMs: 5 }, nullLogger);
      nodes.push(await startChainNode({ home, gate }, { makeApp: makeBankApp, logger: nullLogger }));
    }
  });

  after(async () => {
    for (const n of nodes) await n.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("both validators stop entering new heights at the bound and resume together", async () => {
    assert.deepEqual(
      nodes.map((n) => n.mode()),
      ["bft", "bft"],
    );
    await until(() => (nodes.every((n) => n.node.latestHeight() === 3) ? true : undefined));
    const asked = parent.asked;
    await until(() => (parent.asked >= asked + 20 ? true : undefined));
    assert.deepEqual(
      nodes.map((n) => n.node.latestHeight()),
      [3, 3],
    );
    parent.accepted = 3;
    await until(() => (nodes.every((n) => n.node.latestHeight() === 6) ? true : undefined));
    const asked2 = parent.asked;
    await until(() => (parent.asked >= asked2 + 20 ? true : undefined));
    assert.deepEqual(
      nodes.map((n) => n.node.latestHeight()),
      [6, 6],
    );
    // Same chain on both: the gate changed only when blocks were made.
    for (let h = 1; h <= 6; h++) {
      const a = await nodes[0]!.node.getBlock(h);
      const b = await nodes[1]!.node.getBlock(h);
      assert.equal(Buffer.compare(a!.blockId.hash, b!.blockId.hash), 0);
    }
  });
});

describe("config.json rollup (the production gate's settings)", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-gate-config-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function read(rollup: unknown) {
    await writeConfig(dir, { ...DEFAULT_CONFIG, rollup } as Parameters<typeof writeConfig>[1]);
    return readConfig(dir);
  }

  it("accepts a gate and an explicit off switch, refuses bad values naming the field", async () => {
    const on = await read({ l1Rpc: "http://127.0.0.1:26657", maxUnpostedBlocks: 50 });
    assert.equal(on.rollup?.maxUnpostedBlocks, 50);
    const off = await read({ maxUnpostedBlocks: 0 });
    assert.equal(off.rollup?.maxUnpostedBlocks, 0);
    await assert.rejects(read({ l1Rpc: "http://x", maxUnpostedBlocks: -1 }), /rollup.maxUnpostedBlocks/);
    await assert.rejects(read({ maxUnpostedBlocks: 5 }), /rollup.l1Rpc/);
    await assert.rejects(read({ l1Rpc: "http://x", maxUnpostedBlocks: 5, chainId: "" }), /rollup.chainId/);
  });

  it("a gate needs a bound of at least one block", () => {
    assert.throws(
      () => new UnpostedBlocksGate(new TestParent(), { maxUnpostedBlocks: 0 }, nullLogger),
      RangeError,
    );
  });
});
