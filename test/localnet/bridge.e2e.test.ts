import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { ClassicLevel } from "classic-level";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { blockKey } from "../../chain/core/blockstore/keys.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { moduleAddress } from "../../chain/core/modules/auth/index.js";
import { homePaths, readConfig, readGenesis, writeConfig } from "../../chain/core/node/index.js";
import {
  acceptedBatch,
  connectStrata,
  prepareClaim,
  type StrataClient,
  TxRefusedError,
  withdrawalStatus,
} from "../../client/index.js";
import {
  DEV_BALANCE,
  type Localnet,
  type LocalnetManifest,
  localnetUp,
  MAX_UNPOSTED_BLOCKS,
  RELAYER_KEY,
  reservePorts,
  spawnStrata,
  terminate,
  waitForHeight,
} from "../../localnet/index.js";
import { strataRun } from "../helpers/strataCli.js";

const DENOM = "ustra";
/** L2 txs sent before `strata l2 verify` (bank sends, several blocks). */
const VERIFY_TXS = 300;
/** The test localnet's challenge window, L1 blocks. */
const WINDOW = 50;

/** Polls `probe` until it returns a value (not undefined); bounded, fails naming `what`. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ""}`);
}

// The L1 ↔ L2 link on a real localnet (one validator per chain, short blocks): L2 registered on L1
// at genesis, the batcher posting L2's blocks and relaying deposits, development accounts funded
// on L2 by real deposits; deposits, withdrawals and claims through the CLI; the claim refusals;
// supply conservation (ROLLUP.md, "Conservation") at every step; `strata l2 verify`.
describe("bridge on the localnet: deposits, withdrawals, claims, conservation, verify (real processes)", function () {
  this.timeout(600_000);
  let home: string;
  let net: Localnet | undefined;
  let manifest: LocalnetManifest;
  let l1: StrataClient;
  let l2: StrataClient;
  let l1Rpc: string;
  let l2Rpc: string;
  let chainId: string;
  let keyring: string[];
  /** The L2 genesis supply (what genesis itself funds), from the genesis file. */
  let l2GenesisSupply: bigint;
  const address = (name: string) => manifest.accounts.find((a) => a.name === name)!.address;

  /** `strata -o json <args>` with the localnet's test keyring; its exit code and parsed output. */
  const cli = async (args: string[]) => {
    const r = await strataRun(["-o", "json", ...args, ...keyring]);
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(r.stdout);
    } catch {
      json = undefined;
    }
    return { ...r, json };
  };
  const query = async (args: string[]) => {
    const r = await strataRun(["-o", "json", ...args]);
    assert.equal(r.code, 0, `strata ${args.join(" ")}: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const l1Balance = async (a: string) => BigInt((await l1.query.bank.balance(a, DENOM)).amount);
  const l2Balance = async (a: string) => BigInt((await l2.query.bank.balance(a, DENOM)).amount);

  /**
   * ROLLUP.md "Conservation", checked exactly from both chains' own records: L1's bridge module
   * account holds Σ deposits − Σ claims, L2's supply is its genesis supply plus minted − burned,
   * and escrow = (minted − burned) + (burned − claimed) + (deposited − minted) with every term ≥ 0.
   * Returns the figures.
   */
  const conservation = async () => {
    const escrow = await l1.query.bridge.escrow(chainId);
    const state = await l2.query.l2bridge.state();
    const [deposited, claimed, escrowed] = [escrow.deposited, escrow.claimed, escrow.escrowed].map(BigInt);
    const [minted, burned] = [state.totalMinted, state.totalBurned].map((x) => BigInt(x || "0"));
    const held = await l1Balance(moduleAddress("bridge"));
    const supply = BigInt((await l2.query.bank.supplyOf(DENOM)).amount);
    assert.equal(escrowed, deposited - claimed, "L1 escrow = Σ deposits − Σ claims");
    assert.equal(held, escrowed, "the L1 bridge module account holds the escrow");
    assert.equal(supply, l2GenesisSupply + minted - burned, "L2 supply = genesis supply + minted − burned");
    for (const [name, v] of [
      ["minted − burned", minted - burned],
      ["burned − claimed", burned - claimed],
      ["deposited − minted", deposited - minted],
    ] as const)
      assert.ok(v >= 0n, `${name} = ${v}`);
    assert.equal(escrowed, minted - burned + (burned - claimed) + (deposited - minted));
    return { deposited, claimed, escrowed, minted, burned };
  };

  before(async () => {
    home = await mkdtemp(join(tmpdir(), "strata-bridge-localnet-"));
    net = await localnetUp({
      home,
      detach: false,
      accounts: 3,
      validators: 1,
      l2Validators: 1,
      // Short blocks; a window long enough to claim inside it on a loaded machine (the localnet's
      // default is 10 blocks).
      blockIntervalMs: 400,
      challengeWindowBlocks: WINDOW,
      router: false,
      logger: nullLogger,
    });
    manifest = net.manifest;
    l1Rpc = manifest.chains.l1.rpc[0]!;
    l2Rpc = manifest.chains.l2!.rpc[0]!;
    chainId = manifest.chains.l2!.chainId;
    keyring = ["--home", manifest.keyringHome!, "--keyring-backend", "test"];
    l1 = await connectStrata(l1Rpc);
    l2 = await connectStrata(l2Rpc);
    const genesis = (await readGenesis(homePaths(manifest.chains.l2!.nodes[0]!.home).genesis)).doc;
    const balances = (
      genesis.appState as { bank: { balances: { coins: { denom: string; amount: string }[] }[] } }
    ).bank.balances;
    l2GenesisSupply = balances
      .flatMap((b) => b.coins)
      .reduce((s, c) => s + (c.denom === DENOM ? BigInt(c.amount) : 0n), 0n);
  });

  after(async () => {
    l1?.disconnect();
    l2?.disconnect();
    await net?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it("registers L2 on L1 at genesis and records it, the batcher and the production gate", async () => {
    const l2Chain = manifest.chains.l2!;
    assert.deepEqual(
      { ...l2Chain.l1Registration, registeredHeight: undefined },
      { chainId, challengeWindowBlocks: WINDOW, registeredHeight: undefined },
    );
    const rollup = await l1.query.rollup.rollup(chainId);
    assert.ok(rollup);
    assert.equal(rollup.challengeWindowBlocks, WINDOW);
    assert.equal(l2Chain.l1Registration!.registeredHeight, Number(rollup.registeredHeight));
    // L1 holds L2's exact genesis bytes.
    const bytes = await readFile(homePaths(l2Chain.nodes[0]!.home).genesis);
    assert.deepEqual(await l1.query.rollup.genesis(chainId), new Uint8Array(bytes));
    assert.ok(l2Chain.batcher?.pid);
    assert.equal(l2Chain.batcher.key, RELAYER_KEY);
    const health = await fetch(`${l2Chain.batcher.url}/health`);
    assert.equal(health.status, 200);
    await health.arrayBuffer();
    const config = await readConfig(l2Chain.nodes[0]!.home);
    assert.deepEqual(config.rollup, { l1Rpc, chainId, maxUnpostedBlocks: MAX_UNPOSTED_BLOCKS });
    // The relayer is L2's bridge relayer.
    assert.deepEqual((await l2.query.l2bridge.params()).relayers, [address(RELAYER_KEY)]);
    // Batches flow: L1 accepts L2's blocks.
    const h = await l2.stargate.getHeight();
    await until("a batch past the current L2 height", async () =>
      Number((await l1.query.rollup.rollup(chainId))!.lastNumber) >= h ? true : undefined,
    );
    const listed = await query(["query", "rollup", "batches", "--node", l1Rpc, "--limit", "3"]);
    assert.deepEqual(
      listed.batches.map((b: { number: number }) => b.number),
      [1, 2, 3],
    );
    const one = await query(["query", "rollup", "batch", "2", "--node", l1Rpc]);
    assert.equal(one.number, 2);
    assert.equal(one.header.prevHeaderRoot, listed.batches[0].headerRoot);
  });

  it("funds the development accounts on L2 through real deposits, not L2 genesis balances", async () => {
    const genesis = (await readGenesis(homePaths(manifest.chains.l2!.nodes[0]!.home).genesis)).doc;
    const funded = (genesis.appState as { bank: { balances: { address: string }[] } }).bank.balances.map(
      (b) => b.address,
    );
    for (const name of ["dev0", "dev1", "dev2"]) {
      assert.ok(!funded.includes(address(name)), `${name} is not funded in L2's genesis`);
      assert.equal(await l2Balance(address(name)), DEV_BALANCE);
      const listed = await query(["query", "bridge", "deposits", address(name), "--node", l1Rpc]);
      assert.equal(listed.deposits.length, 1);
      assert.equal(listed.deposits[0].recipient, address(name));
      assert.equal(listed.deposits[0].amount, DEV_BALANCE.toString());
      assert.ok(await l2.query.l2bridge.minted(listed.deposits[0].nonce));
    }
    const c = await conservation();
    assert.equal(c.deposited, 3n * DEV_BALANCE);
    assert.equal(c.minted, c.deposited);
  });

  it("a deposit on L1 (strata tx bridge deposit) is minted on L2 to its recipient", async () => {
    const before = await l2Balance(address("dev2"));
    const r = await cli([
      "tx",
      "bridge",
      "deposit",
      "dev1",
      "--chain-id",
      chainId,
      "--to",
      address("dev2"),
      "--amount",
      "5000",
      "--node",
      l1Rpc,
    ]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const nonce = Number(r.json!.nonce);
    assert.equal(nonce, 4);
    const minted = await until("the mint of the deposit", () =>
      l2.query.l2bridge.minted(nonce).then((m) => m ?? undefined),
    );
    assert.equal(minted.recipient, address("dev2"));
    assert.equal(minted.amount, "5000");
    assert.equal(await l2Balance(address("dev2")), before + 5000n);
    await conservation();
  });

  it("refuses a deposit for an unregistered chain with the chain's code and log", async () => {
    const r = await cli([
      "tx",
      "bridge",
      "deposit",
      "dev1",
      "--chain-id",
      "nope-chain",
      "--to",
      address("dev2"),
      "--amount",
      "5",
      "--node",
      l1Rpc,
    ]);
    assert.equal(r.code, 1);
    assert.ok(r.json!.codespace && r.json!.code, r.stdout);
    assert.match(String(r.json!.log), /nope-chain/);
    await conservation();
  });

  it("a withdrawal on L2 becomes claimable on L1 after the window; early, wrong-root, tampered and second claims are refused; the L1 balance moves by exactly the amount", async () => {
    // A fresh L1 recipient: its balance is exactly what the claim pays.
    const fresh = (await (await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" })).getAccounts())[0]!
      .address;
    const w = await cli([
      "tx",
      "bridge",
      "withdraw",
      "dev2",
      "--to",
      fresh,
      "--amount",
      "7000",
      "--node",
      l2Rpc,
    ]);
    assert.equal(w.code, 0, w.stdout + w.stderr);
    const index = Number(w.json!.index);
    assert.equal(index, 0);
    await conservation();
    // The first claim lands while the batch is inside its window: refused, naming the height.
    const dev0 = await DirectSecp256k1HdWallet.fromMnemonic(
      manifest.accounts.find((a) => a.name === "dev0")!.mnemonic,
      { prefix: "strata" },
    );
    const claimer = await connectStrata(l1Rpc, { signer: dev0, broadcastPollIntervalMs: 100 });
    try {
      const waiting = await until("the withdrawal's batch on L1", async () => {
        const s = await withdrawalStatus(l1, l2, index);
        return s.status === "pending" ? undefined : s;
      });
      assert.equal(waiting.status, "waiting", "the claim is tried inside the window");
      const early = await prepareClaim(claimer, l2, address("dev0"), index);
      await assert.rejects(claimer.submit(address("dev0"), [early.message]), (err: unknown) => {
        assert.ok(err instanceof TxRefusedError, String(err));
        assert.equal(err.codespace, "bridge");
        assert.match(err.log, /claimable after height \d+/);
        return true;
      });
      assert.equal(await l1Balance(fresh), 0n);
      // The CLI shows it (after the early claim: on a loaded machine a CLI run takes seconds).
      const listed = await query([
        "query",
        "bridge",
        "withdrawals",
        address("dev2"),
        "--l1",
        l1Rpc,
        "--l2",
        l2Rpc,
      ]);
      assert.equal(listed.withdrawals.length, 1);
      assert.ok(
        ["waiting", "claimable"].includes(listed.withdrawals[0].status),
        listed.withdrawals[0].status,
      );

      // A second withdrawal, so a later batch has another withdrawal root.
      const w2 = await cli([
        "tx",
        "bridge",
        "withdraw",
        "dev2",
        "--to",
        fresh,
        "--amount",
        "11",
        "--node",
        l2Rpc,
      ]);
      assert.equal(w2.code, 0, w2.stdout + w2.stderr);
      // Both withdrawals past their windows (index 1's batch is the later one).
      const later = await until("the end of the second withdrawal's window", async () => {
        const s = await withdrawalStatus(l1, l2, 1);
        return s.status === "claimable" ? s : undefined;
      });
      assert.equal((await withdrawalStatus(l1, l2, index)).status, "claimable");
      const text = await strataRun([
        "query",
        "bridge",
        "withdrawals",
        address("dev2"),
        "--l1",
        l1Rpc,
        "--l2",
        l2Rpc,
      ]);
      assert.match(text.stdout, /claimable \(batch \d+\)/);

      // The proof of index 0 in a list of 1, claimed against the batch whose list has 2: refused.
      const batch2 = later.batchNumber;
      const wrongRoot = {
        typeUrl: early.message.typeUrl,
        value: { ...early.message.value, batchNumber: batch2 },
      };
      assert.notEqual(batch2, early.batchNumber);
      await assert.rejects(claimer.submit(address("dev0"), [wrongRoot]), (err: unknown) => {
        assert.ok(err instanceof TxRefusedError, String(err));
        assert.equal(err.codespace, "bridge");
        assert.match(err.log, new RegExp(`proof does not match the withdrawal root of batch ${batch2}`));
        return true;
      });
      // The right batch and proof, the amount raised by one: refused.
      const tampered = {
        typeUrl: early.message.typeUrl,
        value: { ...early.message.value, withdrawal: { ...early.message.value.withdrawal, amount: "7001" } },
      };
      await assert.rejects(claimer.submit(address("dev0"), [tampered]), (err: unknown) => {
        assert.ok(err instanceof TxRefusedError, String(err));
        assert.match(err.log, /proof does not match the withdrawal root/);
        return true;
      });
      assert.equal(await l1Balance(fresh), 0n);
      await conservation();
    } finally {
      claimer.disconnect();
    }

    // The claim through the CLI (it finds the batch and the proof itself): exactly the amount.
    const claimed = await cli(["tx", "bridge", "claim", "dev0", String(index), "--l1", l1Rpc, "--l2", l2Rpc]);
    assert.equal(claimed.code, 0, claimed.stdout + claimed.stderr);
    assert.equal(claimed.json!.amount, "7000");
    assert.equal(await l1Balance(fresh), 7000n);
    const c = await conservation();
    assert.equal(c.claimed, 7000n);

    // A second claim: refused, nothing moves.
    const again = await cli(["tx", "bridge", "claim", "dev0", String(index), "--l1", l1Rpc, "--l2", l2Rpc]);
    assert.equal(again.code, 1);
    assert.equal(again.json!.codespace, "bridge");
    assert.match(String(again.json!.log), /already claimed/);
    assert.equal(await l1Balance(fresh), 7000n);
    const status = await query(["query", "bridge", "withdrawals", fresh, "--l1", l1Rpc, "--l2", l2Rpc]);
    assert.deepEqual(
      status.withdrawals.map((x: { index: number; status: string }) => [x.index, x.status]),
      [
        [0, "claimed"],
        [1, "claimable"],
      ],
    );
    await conservation();
  });

  it("registers another child chain with `strata tx rollup register` (bond locked), refuses it twice, and lists both", async () => {
    // Another chain's genesis: L2's document under a new chain id.
    const doc = JSON.parse(await readFile(homePaths(manifest.chains.l2!.nodes[0]!.home).genesis, "utf8"));
    const file = join(home, "second-genesis.json");
    await writeFile(file, `${JSON.stringify({ ...doc, chainId: "strata-l2-second" }, null, 2)}\n`);
    const bonded = await l1Balance(moduleAddress("rollup"));
    const args = [
      "tx",
      "rollup",
      "register",
      "dev1",
      "--chain-id",
      "strata-l2-second",
      "--genesis",
      file,
      "--challenge-window",
      "5",
      "--bond",
      "1000000",
      "--node",
      l1Rpc,
    ];
    const r = await cli(args);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.json!.chainId, "strata-l2-second");
    assert.equal(await l1Balance(moduleAddress("rollup")), bonded + 1_000_000n);
    const shown = await query(["query", "rollup", "show", "strata-l2-second", "--node", l1Rpc]);
    assert.equal(shown.challengeWindowBlocks, 5);
    assert.equal(shown.lastNumber, 0);
    assert.equal(
      shown.genesisSha256,
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    );
    // A second registration of the same id: refused with the rollup module's code and log.
    const again = await cli(args);
    assert.equal(again.code, 1);
    assert.equal(again.json!.codespace, "rollup");
    assert.match(String(again.json!.log), /strata-l2-second/);
    assert.equal(await l1Balance(moduleAddress("rollup")), bonded + 1_000_000n);
    const list = await query(["query", "rollup", "list", "--node", l1Rpc]);
    assert.deepEqual(
      list.rollups.map((x: { chainId: string }) => x.chainId).sort(),
      [chainId, "strata-l2-second"].sort(),
    );
    // With two chains registered, the chain must be named.
    const unnamed = await strataRun(["query", "rollup", "batches", "--node", l1Rpc]);
    assert.equal(unnamed.code, 1);
    assert.match(
      unnamed.stderr,
      /error \[cli:45\]: several child chains are registered on this L1; pass --chain-id/,
    );
    const escrow = await query(["query", "bridge", "escrow", "--chain-id", chainId, "--node", l1Rpc]);
    assert.equal(BigInt(escrow.escrowed), (await conservation()).escrowed);
  });

  it("`strata l2 verify` rebuilds L2 from L1 data after a few hundred L2 txs, and a copy of L1's data with one altered byte fails naming the height", async () => {
    // A few hundred bank sends from the three development accounts, signed offline with explicit
    // sequences and broadcast without waiting.
    const gasPrice = GasPrice.fromString(`0.0025${DENOM}`);
    const fee = calculateFee(100_000, gasPrice);
    const l2ChainId = await l2.stargate.getChainId();
    let lastHash = "";
    let probeTx: Uint8Array | undefined;
    for (const name of ["dev0", "dev1", "dev2"]) {
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(
        manifest.accounts.find((a) => a.name === name)!.mnemonic,
        { prefix: "strata" },
      );
      const signer = await connectStrata(l2Rpc, { signer: wallet });
      try {
        const from = address(name);
        const account = (await l2.stargate.getAccount(from))!;
        for (let i = 0; i < VERIFY_TXS / 3; i++) {
          const raw = await signer.signing.sign(
            from,
            [
              {
                typeUrl: "/cosmos.bank.v1beta1.MsgSend",
                value: {
                  fromAddress: from,
                  toAddress: address("dev0"),
                  amount: [{ denom: DENOM, amount: "1" }],
                },
              },
            ],
            fee,
            "",
            { accountNumber: account.accountNumber, sequence: account.sequence + i, chainId: l2ChainId },
          );
          const bytes = TxRaw.encode(raw).finish();
          lastHash = await signer.stargate.broadcastTxSync(bytes);
          probeTx ??= bytes;
        }
      } finally {
        signer.disconnect();
      }
    }
    const committed = await until("the last L2 tx", () =>
      l2.stargate.getTx(lastHash).then((t) => t ?? undefined),
    );
    assert.equal(committed.code, 0);
    // L1 accepts the batch after the last tx's block (its state root holds that block's result).
    await until("L1 to accept the last txs' batch", async () =>
      Number((await l1.query.rollup.rollup(chainId))!.lastNumber) > committed.height ? true : undefined,
    );
    const to = committed.height + 1;
    const ok = await strataRun([
      "-o",
      "json",
      "l2",
      "verify",
      "--l1",
      l1Rpc,
      "--chain-id",
      chainId,
      "--to",
      String(to),
    ]);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    const report = JSON.parse(ok.stdout);
    assert.equal(report.ok, true);
    assert.equal(report.verifiedTo, to);
    assert.ok(report.txs >= VERIFY_TXS, `${report.txs} txs rebuilt`);
    await conservation();

    // Where the first of those txs sits: its L2 height and the L1 block that carried that batch.
    const probeHeight = await heightOfTx(l2, probeTx!);
    const batch = acceptedBatch((await l1.query.rollup.batch(chainId, probeHeight))!);

    // A test copy of L1's data: the localnet is stopped, the validator's home copied, one byte
    // of that L2 tx inside the stored L1 block altered, and a node started on the copy.
    await net!.stop();
    net = undefined;
    const copy = join(home, "l1-copy");
    await cp(manifest.chains.l1.nodes[0]!.home, copy, { recursive: true });
    const db = new ClassicLevel<Uint8Array, Uint8Array>(homePaths(copy).data, {
      keyEncoding: "view",
      valueEncoding: "view",
    });
    try {
      const key = blockKey(batch.parentHeight);
      const value = await db.get(key);
      assert.ok(value, `L1 block ${batch.parentHeight} in the copy`);
      const stored = Buffer.from(value);
      const at = stored.indexOf(Buffer.from(probeTx!));
      assert.ok(at >= 0, "the L2 tx is in the stored L1 block");
      stored[at + Math.floor(probeTx!.length / 2)]! ^= 0x01;
      await db.put(key, new Uint8Array(stored));
    } finally {
      await db.close();
    }
    const [rpcPort, p2pPort] = await reservePorts(2);
    const config = await readConfig(copy);
    await writeConfig(copy, {
      ...config,
      rpc: { ...config.rpc, port: rpcPort! },
      p2p: { ...config.p2p, port: p2pPort!, persistentPeers: [] },
    });
    const copyRpc = `http://127.0.0.1:${rpcPort}`;
    const node = spawnStrata(
      ["start", "--home", copy, "--rpc-port", String(rpcPort), "--p2p-port", String(p2pPort)],
      join(home, "l1-copy.log"),
      false,
    );
    try {
      await waitForHeight(copyRpc, 1, 90_000, () => node.exitCode !== null);
      const bad = await strataRun([
        "l2",
        "verify",
        "--l1",
        copyRpc,
        "--chain-id",
        chainId,
        "--to",
        String(to),
      ]);
      assert.equal(bad.code, 1, bad.stdout + bad.stderr);
      assert.match(bad.stderr, new RegExp(`height ${probeHeight}\\b`));
    } finally {
      await terminate(node.pid!);
    }
  });
});

/** The L2 height of a committed tx, found by its hash. */
async function heightOfTx(l2: StrataClient, tx: Uint8Array): Promise<number> {
  const hash = createHash("sha256").update(tx).digest("hex").toUpperCase();
  const found = await l2.stargate.getTx(hash);
  assert.ok(found, `tx ${hash} on L2`);
  return found.height;
}
