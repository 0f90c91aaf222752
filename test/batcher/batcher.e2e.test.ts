import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { StargateClient } from "@cosmjs/stargate";
import { type BatcherProcess, spawnBatcherProcess } from "../../batcher/process/spawnBatcherProcess.js";
import { homePaths } from "../../chain/core/node/index.js";
import { msgDeposit, msgRegisterRollup, StrataClient } from "../../client/index.js";
import { freePort, STRATA_BIN } from "../../localnet/index.js";
import { addTestKeys, startNodeProcess, stopProcess, strata } from "../helpers/l1Node.js";

const L1_CHAIN = "l1-batcher-e2e";
const L2_CHAIN = "l2-batcher-e2e";
const MAX_UNPOSTED = 6;

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A node home started through the CLI on ports it keeps across restarts. */
class Node {
  child: ChildProcess | undefined;
  stderr = "";
  constructor(
    readonly home: string,
    readonly rpcPort: number,
    readonly p2pPort: number,
  ) {}
  get rpc(): string {
    return `http://127.0.0.1:${this.rpcPort}`;
  }
  async start(): Promise<void> {
    this.child = await startNodeProcess(this, { rpcPort: this.rpcPort, p2pPort: this.p2pPort });
  }
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    if (await stopProcess(this.child, signal)) this.child = undefined;
  }
  async height(): Promise<number> {
    const res = await fetch(`${this.rpc}/status`);
    const body = (await res.json()) as { result: { sync_info: { latest_block_height: string } } };
    return Number(body.result.sync_info.latest_block_height);
  }
}

async function wallet() {
  const w = await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" });
  return { wallet: w, address: (await w.getAccounts())[0]!.address };
}

// A real L1 node, a real L2 node (`strata init --layer l2`, the production gate on) and a real
// batcher process (`strata l2 batcher`), all on 127.0.0.1.
describe("batcher e2e: L2 settles on L1 through strata l2 batcher", function () {
  this.timeout(240_000);
  let root: string;
  let l1: Node;
  let l2: Node;
  let batcher: BatcherProcess | undefined;
  let l1Query: StrataClient;
  let keyHome: string;
  let registrant: Awaited<ReturnType<typeof wallet>>;
  let user: Awaited<ReturnType<typeof wallet>>;
  const lastNumber = async () => Number((await l1Query.query.rollup.rollup(L2_CHAIN))?.lastNumber ?? 0);

  /** The accepted batch numbers on L1: 1..n with no gap or duplicate. */
  async function assertContiguous(): Promise<number> {
    const numbers: number[] = [];
    for (let from = 1; ; ) {
      const { batches } = await l1Query.query.rollup.batches(L2_CHAIN, {
        fromNumber: from,
        page: { limit: 100 },
      });
      if (batches.length === 0) break;
      numbers.push(...batches.map((b) => Number(b.number)));
      from = numbers.at(-1)! + 1;
    }
    assert.deepEqual(
      numbers,
      Array.from({ length: numbers.length }, (_, i) => i + 1),
    );
    return numbers.length;
  }

  async function batcherHealth(): Promise<{
    failures: number;
    postedHeight: number;
    depositsRelayed: number;
  }> {
    const res = await fetch(`${batcher!.info.url}/health`);
    return (await res.json()) as { failures: number; postedHeight: number; depositsRelayed: number };
  }

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "strata-batcher-e2e-"));
    keyHome = join(root, "keys");
    await mkdir(keyHome, { recursive: true });
    const submitter = await wallet();
    registrant = await wallet();
    const relayer = await wallet();
    user = await wallet();

    l1 = new Node(join(root, "l1"), await freePort(), await freePort());
    await strata([
      "init",
      "--home",
      l1.home,
      "--layer",
      "l1",
      "--chain-id",
      L1_CHAIN,
      "--block-interval",
      "200",
      "--fund",
      `${submitter.address}=1000000000`,
      "--fund",
      `${registrant.address}=1000000000`,
    ]);
    await l1.start();

    l2 = new Node(join(root, "l2"), await freePort(), await freePort());
    await strata([
      "init",
      "--home",
      l2.home,
      "--layer",
      "l2",
      "--chain-id",
      L2_CHAIN,
      "--block-interval",
      "200",
      "--fund",
      `${relayer.address}=1000000000`,
      "--fund",
      `${user.address}=1000`,
    ]);
    // The batcher's L2 key is the bridge's relayer; the node waits for L1 past MAX_UNPOSTED blocks.
    const genesisPath = homePaths(l2.home).genesis;
    const doc = JSON.parse(await readFile(genesisPath, "utf8"));
    doc.appState.bridge = { params: { relayers: [relayer.address], parentChainId: L1_CHAIN } };
    await writeFile(genesisPath, JSON.stringify(doc, null, 2));
    const configPath = homePaths(l2.home).config;
    const config = JSON.parse(await readFile(configPath, "utf8"));
    config.rollup = { l1Rpc: l1.rpc, maxUnpostedBlocks: MAX_UNPOSTED, pollMs: 100 };
    await writeFile(configPath, JSON.stringify(config, null, 2));

    // Register L2 on L1 with its exact genesis bytes.
    const genesisBytes = await readFile(genesisPath);
    const reg = await StrataClient.connect(l1.rpc, {
      signer: registrant.wallet,
      broadcastPollIntervalMs: 100,
    });
    await reg.submit(registrant.address, [
      msgRegisterRollup({
        creator: registrant.address,
        chainId: L2_CHAIN,
        genesis: genesisBytes,
        challengeWindowBlocks: 1,
        bond: "1000000",
      }),
    ]);
    reg.disconnect();
    l1Query = await StrataClient.connect(l1.rpc);

    await l2.start();
    await addTestKeys(keyHome, [
      ["submitter", submitter.wallet.mnemonic],
      ["relayer", relayer.wallet.mnemonic],
    ]);
    // Nothing is posted yet: the gate holds L2 at MAX_UNPOSTED blocks.
    await until("L2 to pause at the bound", async () =>
      (await l2.height()) === MAX_UNPOSTED ? true : undefined,
    );
    batcher = await spawnBatcherProcess({
      l1: l1.rpc,
      l2: l2.rpc,
      key: "submitter",
      l2Key: "relayer",
      keyringHome: keyHome,
      keyringBackend: "test",
      pollMs: 100,
      maxBackoffMs: 500,
      logLevel: "warn",
    });
    assert.equal(batcher.info.chainId, L2_CHAIN);
    assert.equal(batcher.info.resumedFrom, 0);
  });

  after(async () => {
    await batcher?.stop();
    l1Query?.disconnect();
    await l2?.stop();
    await l1?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("posts every L2 block to L1 in order; the gate lets L2 go on as batches land", async () => {
    await until("20 batches on L1", async () => ((await lastNumber()) >= 20 ? true : undefined));
    // The batcher counts a batch once its tx's inclusion is confirmed (a moment after L1 has it).
    await until("the batcher to see them", async () =>
      (await batcherHealth()).postedHeight >= 20 ? true : undefined,
    );
    assert.ok((await l2.height()) >= 20);
    const n = await assertContiguous();
    assert.ok(n >= 20);
    const metrics = await (await fetch(`${batcher!.info.url}/metrics`)).text();
    assert.match(metrics, /strata_batcher_posted_height \d+/);
    assert.match(metrics, /strata_batcher_blocks_posted_total \d+/);
  });

  it("relays an L1 deposit to L2 (minted to the recipient, cursor moved)", async () => {
    const c = await StrataClient.connect(l1.rpc, { signer: registrant.wallet, broadcastPollIntervalMs: 100 });
    await c.submit(registrant.address, [
      msgDeposit({ sender: registrant.address, chainId: L2_CHAIN, recipient: user.address, amount: "5000" }),
    ]);
    c.disconnect();
    const l2Client = await StrataClient.connect(l2.rpc);
    try {
      await until("the deposit on L2", async () => {
        const b = await l2Client.query.bank.balance(user.address, "ustra");
        return b.amount === "6000" ? true : undefined;
      });
      const state = await l2Client.query.l2bridge.state();
      assert.equal(Number(state.depositCursor), 1);
    } finally {
      l2Client.disconnect();
    }
  });

  it("L1 down: L2 keeps serving, pauses after the bound; L1 back: batches catch up with no gap", async () => {
    const logFrom = l2.stderr.length;
    const before = await lastNumber();
    await l1.stop();
    // The gate closes once L2 is MAX_UNPOSTED blocks past what it last saw accepted on L1 (the
    // exact bound is tested in process), and the node says so.
    await until("L2 to pause", async () =>
      l2.stderr.slice(logFrom).includes("block production paused") ? true : undefined,
    );
    const paused = await l2.height();
    // The gate's last answer from L1 is at most L1's count at the stop: `before`, or one more
    // batch (≤ 200 blocks) that landed meanwhile.
    assert.ok(paused > MAX_UNPOSTED && paused - MAX_UNPOSTED <= before + 200, `paused at ${paused}`);
    // Paused, not down: the L2 RPC answers and the height holds while the batcher keeps failing.
    const failures = (await batcherHealth()).failures;
    await until("more failed rounds", async () =>
      (await batcherHealth()).failures >= failures + 3 ? true : undefined,
    );
    assert.equal(await l2.height(), paused);
    await l1.start();
    await until("L1 to catch up", async () => ((await lastNumber()) >= paused + 3 ? true : undefined));
    await until("L2 to resume", async () => ((await l2.height()) > paused ? true : undefined));
    assert.match(l2.stderr.slice(logFrom), /block production resumed/);
    await assertContiguous();
  });

  it("L2 validator killed and restarted: batches continue with no gap or duplicate", async () => {
    await l2.stop("SIGKILL");
    const at = await lastNumber();
    await l2.start();
    await until("batches after the restart", async () => ((await lastNumber()) >= at + 5 ? true : undefined));
    await assertContiguous();
  });

  it("a restarted batcher resumes from L1's last_number", async () => {
    await batcher!.stop();
    const at = await lastNumber();
    batcher = await spawnBatcherProcess({
      l1: l1.rpc,
      l2: l2.rpc,
      key: "submitter",
      keyringHome: keyHome,
      keyringBackend: "test",
      pollMs: 100,
      maxBackoffMs: 500,
      logLevel: "warn",
    });
    assert.ok(batcher.info.resumedFrom >= at);
    await until("batches after the batcher restart", async () =>
      (await lastNumber()) >= batcher!.info.resumedFrom + 3 ? true : undefined,
    );
    await assertContiguous();
  });

  it("strata l2 verify rebuilds L2 from L1 data alone and passes", async () => {
    const out = JSON.parse(
      await strata(["-o", "json", "l2", "verify", "--l1", l1.rpc, "--chain-id", L2_CHAIN]),
    );
    assert.equal(out.ok, true, JSON.stringify(out.mismatch));
    assert.equal(out.mismatch, null);
    assert.ok(out.verifiedTo >= 30);
    assert.ok(out.txs >= 1, "the deposit mint is among the rebuilt txs");
  });

  it("strata l2 sync-from-l1: a home from L1 data alone starts as a full node at the posted height, then follows peers", async () => {
    const full = new Node(join(root, "l2-from-l1"), await freePort(), await freePort());
    const out = JSON.parse(
      await strata([
        "-o",
        "json",
        "l2",
        "sync-from-l1",
        "--l1",
        l1.rpc,
        "--chain-id",
        L2_CHAIN,
        "--home",
        full.home,
      ]),
    );
    assert.equal(out.ok, true, JSON.stringify(out.mismatch));
    assert.equal(out.created, true);
    const posted: number = out.height;
    assert.ok(posted >= 30 && posted === out.lastNumber, `synced to ${posted} of ${out.lastNumber}`);
    assert.ok(
      Buffer.compare(
        await readFile(homePaths(full.home).genesis),
        await readFile(homePaths(l2.home).genesis),
      ) === 0,
      "genesis.json is the registered bytes",
    );
    // No peers: the node serves exactly what L1 holds.
    await full.start();
    try {
      const info = (await (await fetch(`${full.rpc}/abci_info`)).json()) as {
        result: { response: { last_block_height: string; last_block_app_hash: string } };
      };
      assert.equal(Number(info.result.response.last_block_height), posted);
      assert.equal(await full.height(), posted);
      // The validator's state after `posted` is the app hash block posted + 1 names.
      const next = (await (await fetch(`${l2.rpc}/block?height=${posted + 1}`)).json()) as {
        result: { block: { header: { app_hash: string } } };
      };
      assert.equal(
        Buffer.from(info.result.response.last_block_app_hash, "base64").toString("hex").toUpperCase(),
        next.result.block.header.app_hash.toUpperCase(),
      );
      const [mine, theirs] = await Promise.all([
        StargateClient.connect(full.rpc),
        StargateClient.connect(l2.rpc),
      ]);
      try {
        assert.equal((await mine.getBlock(posted)).id, (await theirs.getBlock(posted)).id);
        const balance = await mine.getBalance(user.address, "ustra");
        assert.equal(balance.amount, "6000", "the deposit minted on L2 is in the rebuilt state");
        assert.deepEqual(balance, await theirs.getBalance(user.address, "ustra"));
      } finally {
        mine.disconnect();
        theirs.disconnect();
      }
    } finally {
      await full.stop();
    }
    // With the validator as a peer, the same home goes on by p2p block sync past what L1 holds.
    const status = (await (await fetch(`${l2.rpc}/status`)).json()) as {
      result: { node_info: { id: string } };
    };
    const configPath = homePaths(full.home).config;
    const config = JSON.parse(await readFile(configPath, "utf8"));
    config.p2p.persistentPeers = [`${status.result.node_info.id}@127.0.0.1:${l2.p2pPort}`];
    await writeFile(configPath, JSON.stringify(config, null, 2));
    await full.start();
    try {
      const target = (await l2.height()) + 1;
      await until("the full node to sync past L1's batches", async () =>
        (await full.height()) >= target ? true : undefined,
      );
    } finally {
      await full.stop();
    }
  });

  it("strata l2 sync-from-l1 --follow: a full node that keeps applying L1's new batches while it serves RPC", async () => {
    const follower = new Node(join(root, "l2-follow"), await freePort(), await freePort());
    const child = spawn(
      process.execPath,
      [
        STRATA_BIN,
        "-o",
        "json",
        "l2",
        "sync-from-l1",
        "--l1",
        l1.rpc,
        "--chain-id",
        L2_CHAIN,
        "--home",
        follower.home,
        "--follow",
        "--poll-ms",
        "100",
        "--rpc-port",
        String(follower.rpcPort),
        "--p2p-port",
        String(follower.p2pPort),
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-20_000);
    });
    follower.child = child;
    try {
      // Serving once caught up: its height is what L1 held then; it grows only by L1's new batches.
      const first = await until("the follower's RPC", () => follower.height());
      const target = Math.max(first, await lastNumber()) + 3;
      await until(`the follower at ${target}`, async () =>
        (await follower.height()) >= target ? true : undefined,
      );
      assert.ok((await follower.height()) <= (await lastNumber()), "never ahead of L1: no peers");
      const [mine, theirs] = await Promise.all([
        StargateClient.connect(follower.rpc),
        StargateClient.connect(l2.rpc),
      ]);
      try {
        assert.equal((await mine.getBlock(target)).id, (await theirs.getBlock(target)).id);
      } finally {
        mine.disconnect();
        theirs.disconnect();
      }
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      assert.equal(await exited, 0, stderr.slice(-2000));
      follower.child = undefined;
      const report = JSON.parse(stdout);
      assert.equal(report.ok, true);
      assert.ok(report.height >= target && report.applied === report.height, JSON.stringify(report));
    } finally {
      await follower.stop("SIGKILL");
    }
  });
});
