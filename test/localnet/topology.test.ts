import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nullLogger } from "../../chain/core/log/index.js";
import { moduleAddress } from "../../chain/core/modules/auth/index.js";
import { homePaths, readConfig, readGenesis } from "../../chain/core/node/index.js";
import {
  busyPorts,
  LocalnetError,
  LocalnetErrorCode,
  type LocalnetManifest,
  localnetUp,
  readManifest,
  reservePorts,
  TINY_MODEL,
} from "../../localnet/index.js";
import {
  addChainToLocalnet,
  CHALLENGE_WINDOW_BLOCKS,
  createLocalnet,
  DEV_BALANCE,
  DEV_DEPOSIT,
  FAULTY_STAKE,
  MARKETPLACE_L2_MODULES,
  MAX_UNPOSTED_BLOCKS,
  RELAYER_KEY,
  ROLLUP_BOND,
  SERVICE_STAKE,
  SESSION_DEPOSIT,
  type TopologyPlan,
} from "../../localnet/topology.js";
import { digestFile } from "../../router-node/index.js";

const PLAN: TopologyPlan = {
  accounts: 2,
  chains: [
    { key: "l1", chainId: "strata-l1-local", layer: "l1", validators: 1 },
    { key: "l2", chainId: "strata-l2-local", layer: "l2", validators: 2 },
  ],
  blockIntervalMs: 500,
  unsafeRpc: false,
  fund: [],
  router: true,
};

function isLocalnetError(code: LocalnetErrorCode, message: RegExp) {
  return (err: unknown) => {
    assert.ok(err instanceof LocalnetError, String(err));
    assert.equal(err.codespace, "localnet");
    assert.equal(err.code, code);
    assert.match(err.message, message);
    return true;
  };
}

/** Entries of the home's parent that belong to its creation (the home and staging folders). */
async function creationEntries(home: string): Promise<string[]> {
  const name = home.split("/").pop()!;
  return (await readdir(join(home, ".."))).filter((e) => e === name || e.startsWith(`.${name}.`));
}

// Creating a localnet's files (no process is started here): atomic creation, leftovers of
// interrupted starts, option checks, port reservation.
describe("localnet topology", function () {
  this.timeout(60_000);
  let parent: string;

  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), "strata-topology-"));
  });
  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it("with the marketplace: routers and a guard registered at genesis with their node keys, a session whose escrow the sessions module account holds", async () => {
    const home = join(parent, "market");
    const manifest = await createLocalnet(
      home,
      { ...PLAN, marketplace: { faultyExecutor: true }, l2Modules: MARKETPLACE_L2_MODULES },
      () => {},
    );
    assert.deepEqual(
      manifest.routers.map((r) => [r.name, r.key, r.home, r.fault ?? null]),
      [
        ["router-0", "router-0-operator", join(home, "routers", "router-0"), null],
        ["router-1", "router-1-operator", join(home, "routers", "router-1"), null],
        ["router-faulty", "router-faulty-operator", join(home, "routers", "router-faulty"), "alter-output"],
      ],
    );
    const l2 = (await readGenesis(homePaths(manifest.chains.l2!.nodes[0]!.home).genesis)).doc;
    const app = l2.appState as {
      nodes: {
        nodes: { operator: string; roles: string[]; pubkey: string; endpoint: string; stake: string }[];
      };
      sessions: {
        sessions: { id: number; owner: string; apiKeySha256: string; balance: string; redundancy: number }[];
      };
      scores: { params: { guardsPerTask: number; quorum: number } };
      bank: { balances: { address: string; coins: { amount: string }[] }[] };
    };
    const address = (name: string) => manifest.accounts.find((a) => a.name === name)!.address;
    for (const r of manifest.routers) {
      const node = app.nodes.nodes.find((n) => n.operator === address(r.key!))!;
      assert.deepEqual(node.roles, ["ROLE_ROUTER", "ROLE_EXECUTOR"]);
      assert.equal(node.endpoint, r.url);
      assert.equal(node.stake, (r.fault ? FAULTY_STAKE : SERVICE_STAKE).toString());
      // The node key in the router's home is the one registered.
      const key = JSON.parse(await readFile(join(r.home!, "node_key.json"), "utf8"));
      assert.ok(JSON.stringify(key).includes(node.pubkey));
    }
    const guard = app.nodes.nodes.find((n) => n.operator === address("guard-0-operator"))!;
    assert.deepEqual(guard.roles, ["ROLE_GUARD"]);
    assert.deepEqual([app.scores.params.guardsPerTask, app.scores.params.quorum], [1, 1]);
    const [session] = app.sessions.sessions;
    const apiKey = manifest.sessions![0]!.apiKey;
    assert.equal(session!.owner, address("dev0"));
    assert.equal(session!.redundancy, 2);
    assert.equal(session!.apiKeySha256, createHash("sha256").update(apiKey).digest("hex"));
    assert.ok(!JSON.stringify(l2).includes(apiKey));
    const held = app.bank.balances.find((b) => b.address === moduleAddress("sessions"))!;
    assert.equal(held.coins[0]!.amount, session!.balance);
    assert.equal(session!.balance, SESSION_DEPOSIT.toString());
    // The operators' keys are in the localnet's test keyring.
    assert.deepEqual(
      (await readdir(join(manifest.keyringHome!, "keyring-test"))).filter((f) => f.endsWith(".json")).sort(),
      [
        "dev0.json",
        "dev1.json",
        "guard-0-operator.json",
        "relayer.json",
        "router-0-operator.json",
        "router-1-operator.json",
        "router-faulty-operator.json",
      ],
    );
    // The session's owner is funded on L2 with exactly its escrow (its funds come by deposit).
    assert.ok(!app.bank.balances.some((b) => b.address === address("dev0")));
    // Every service port is distinct from the chains' ports.
    const ports = [
      ...[...manifest.chains.l1.nodes, ...manifest.chains.l2!.nodes].flatMap((n) => [n.rpcPort!, n.p2pPort!]),
      ...manifest.routers.map((r) => r.port!),
      ...manifest.guards!.map((g) => g.port!),
      manifest.chains.l2!.batcher!.port!,
    ];
    assert.equal(new Set(ports).size, ports.length);
  });

  it("creates L1 and L2 homes, one genesis per chain, the model listed on L2, and localnet.json", async () => {
    const home = join(parent, "net");
    const lines: string[] = [];
    const manifest = await createLocalnet(home, PLAN, (l) => lines.push(l));
    assert.deepEqual(await readManifest(home), manifest);
    assert.deepEqual(Object.keys(manifest.chains), ["l1", "l2"]);
    assert.equal(manifest.chains.l1.nodes.length, 1);
    assert.equal(manifest.chains.l2!.chainId, "strata-l2-local");
    assert.deepEqual(
      manifest.chains.l2!.nodes.map((n) => n.home),
      [join(home, "l2", "validator-0"), join(home, "l2", "validator-1")],
    );
    assert.deepEqual(
      manifest.accounts.map((a) => a.name),
      [
        "dev0",
        "dev1",
        "relayer",
        "validator-0-operator",
        "l2-validator-0-operator",
        "l2-validator-1-operator",
      ],
    );
    // Every node has its own two ports, written to its config; no port is used twice.
    const nodes = [...manifest.chains.l1.nodes, ...manifest.chains.l2!.nodes];
    const ports = nodes.flatMap((n) => [n.rpcPort!, n.p2pPort!]);
    assert.equal(new Set(ports).size, 6);
    for (const n of nodes) {
      const config = await readConfig(n.home);
      assert.equal(config.rpc.port, n.rpcPort);
      assert.equal(config.p2p.port, n.p2pPort);
      assert.equal(n.rpc, `http://127.0.0.1:${n.rpcPort}`);
    }
    const [l2a, l2b] = manifest.chains.l2!.nodes;
    assert.equal((await readConfig(l2a!.home)).layer, "l2");
    assert.match(
      (await readConfig(l2a!.home)).p2p.persistentPeers[0]!,
      new RegExp(`@127.0.0.1:${l2b!.p2pPort}$`),
    );
    // The bridge: L1 funds the dev accounts with their L1 balance and what `up` deposits to L2,
    // and the relayer; L2's genesis funds only the relayer's fee money and the operators (the
    // dev accounts get their L2 funds by deposit); L1's genesis registers L2 with L2's exact
    // genesis bytes; L2 names the relayer; the L2 nodes' production gate points at L1.
    const l2 = (await readGenesis(homePaths(l2a!.home).genesis)).doc;
    const l1 = (await readGenesis(homePaths(manifest.chains.l1.nodes[0]!.home).genesis)).doc;
    assert.equal(l2.chainId, "strata-l2-local");
    const balances = (doc: typeof l1) =>
      new Map(
        (
          doc.appState as { bank: { balances: { address: string; coins: { amount: string }[] }[] } }
        ).bank.balances.map((b) => [b.address, BigInt(b.coins[0]!.amount)]),
      );
    const relayer = manifest.accounts.find((a) => a.name === RELAYER_KEY)!;
    for (const dev of manifest.accounts.slice(0, 2)) {
      assert.equal(balances(l1).get(dev.address), DEV_BALANCE + DEV_DEPOSIT);
      assert.equal(balances(l2).get(dev.address), undefined);
    }
    assert.ok(balances(l2).get(relayer.address)! > 0n);
    assert.ok(balances(l1).get(relayer.address)! > 0n);
    const rollup = (l1.appState as { rollup: { rollups: Record<string, unknown>[] } }).rollup.rollups;
    assert.deepEqual(rollup, [
      {
        chainId: "strata-l2-local",
        creator: relayer.address,
        genesis: (await readFile(homePaths(l2a!.home).genesis)).toString("base64"),
        challengeWindowBlocks: CHALLENGE_WINDOW_BLOCKS,
        bond: ROLLUP_BOND.toString(),
      },
    ]);
    assert.deepEqual((l2.appState as { bridge: { params: unknown } }).bridge.params, {
      relayers: [relayer.address],
      denom: "ustra",
      parentChainId: "strata-l1-local",
    });
    for (const n of manifest.chains.l2!.nodes)
      assert.deepEqual((await readConfig(n.home)).rollup, {
        l1Rpc: manifest.chains.l1.rpc[0],
        maxUnpostedBlocks: MAX_UNPOSTED_BLOCKS,
      });
    assert.deepEqual(manifest.chains.l2!.l1Registration, {
      chainId: "strata-l2-local",
      challengeWindowBlocks: CHALLENGE_WINDOW_BLOCKS,
      registeredHeight: 0,
    });
    assert.equal(manifest.chains.l2!.batcher!.key, RELAYER_KEY);
    assert.equal(manifest.chains.l2!.batcher!.url, `http://127.0.0.1:${manifest.chains.l2!.batcher!.port}`);
    assert.ok(!ports.includes(manifest.chains.l2!.batcher!.port!));
    const router = manifest.routers[0]!;
    const file = join(home, "models", "tiny.gguf");
    assert.equal(router.modelFile, file);
    assert.equal(router.digest, await digestFile(file));
    assert.equal(router.modelVersion, TINY_MODEL.id);
    const [model] = (l2.appState as { models: { models: Record<string, unknown>[] } }).models.models;
    assert.equal(model!.id, "tiny@1");
    assert.equal(model!.weightsSha256, router.digest);
    assert.equal(model!.weightsSize, (await readFile(file)).length);
    assert.equal(model!.status, "MODEL_STATUS_VERIFIED");
    assert.equal(model!.owner, manifest.accounts[0]!.address);
    assert.equal(model!.priceInputPer_1k, "1000");
    assert.equal(model!.priceOutputPer_1k, "2000");
    // Progress names what is created.
    assert.ok(lines.some((l) => l.includes("l2 validator-1")));
    assert.deepEqual(await creationEntries(home), ["net"]);
  });

  it("gives an L1-only localnet (made before L2 existed) its L2, funding the same development accounts", async () => {
    const home = join(parent, "net");
    const l1Only = { ...PLAN, chains: [PLAN.chains[0]!] };
    const manifest = await createLocalnet(home, l1Only, () => {});
    assert.equal(manifest.chains.l2, undefined);
    // What an interrupted earlier addition left is replaced.
    await mkdir(join(home, "l2", "validator-0"), { recursive: true });
    await addChainToLocalnet(home, manifest, PLAN.chains[1]!, PLAN, () => {});
    const onDisk = await readManifest(home);
    assert.deepEqual(onDisk, manifest);
    assert.equal(onDisk.chains.l2!.nodes.length, 2);
    assert.deepEqual(
      onDisk.accounts.map((a) => a.name),
      ["dev0", "dev1", "validator-0-operator", "l2-validator-0-operator", "l2-validator-1-operator"],
    );
    const l2 = (await readGenesis(homePaths(onDisk.chains.l2!.nodes[0]!.home).genesis)).doc;
    const balances = (l2.appState as { bank: { balances: { address: string }[] } }).bank.balances;
    for (const dev of onDisk.accounts.slice(0, 2)) assert.ok(balances.some((b) => b.address === dev.address));
    const [model] = (l2.appState as { models: { models: Record<string, unknown>[] } }).models.models;
    assert.equal(model!.weightsSha256, await digestFile(join(home, "models", "tiny.gguf")));
    assert.deepEqual(
      (await readdir(home)).filter((e) => e.startsWith(".")),
      [],
    );
  });

  it("an interrupted creation leaves nothing behind, and the next one succeeds", async () => {
    const home = join(parent, "net");
    const abort = new AbortController();
    await assert.rejects(
      createLocalnet(
        home,
        PLAN,
        (line) => {
          // Ctrl-C while the first chain is being created.
          if (line.includes("l1 validator-0")) abort.abort();
        },
        abort.signal,
      ),
      isLocalnetError(LocalnetErrorCode.interrupted, /nothing was kept/),
    );
    assert.deepEqual(await creationEntries(home), []);
    const manifest = await createLocalnet(home, PLAN, () => {});
    assert.equal(manifest.chains.l2!.nodes.length, 2);
  });

  it("removes the staging folder of a creation whose process died (a second Ctrl-C, a kill)", async () => {
    const home = join(parent, "net");
    // 4194305 is above Linux's largest pid: no such process.
    const stale = join(parent, ".net.creating-4194305");
    await mkdir(join(stale, "l1", "validator-0", "config"), { recursive: true });
    await writeFile(join(stale, "l1", "validator-0", "config", "genesis.json"), "{}");
    const lines: string[] = [];
    await createLocalnet(home, PLAN, (l) => lines.push(l));
    assert.equal(existsSync(stale), false);
    assert.ok(lines.some((l) => l.includes("an interrupted creation")));
  });

  it("refuses to create while another live process is creating the same localnet", async () => {
    const home = join(parent, "net");
    // process.ppid: a live process other than this one.
    await mkdir(join(parent, `.net.creating-${process.ppid}`));
    await assert.rejects(
      createLocalnet(home, PLAN, () => {}),
      isLocalnetError(LocalnetErrorCode.busy, new RegExp(`pid ${process.ppid}`)),
    );
  });

  it("resumes over the half-made home of an interrupted pre-atomic start (genesis.json already there)", async () => {
    const home = join(parent, "net");
    await mkdir(join(home, "l1", "validator-0", "config"), { recursive: true });
    await writeFile(join(home, "l1", "validator-0", "config", "genesis.json"), "{}");
    await mkdir(join(home, "logs"));
    const lines: string[] = [];
    const manifest = await createLocalnet(home, PLAN, (l) => lines.push(l));
    assert.equal(manifest.chains.l1.nodes.length, 1);
    assert.ok(existsSync(join(home, "localnet.json")));
    assert.ok(
      lines.some((l) => /half-made localnet .*: l1, logs/.test(l)),
      lines.join("\n"),
    );
  });

  it("creates into an existing empty folder (e.g. made by mkdtemp)", async () => {
    const home = join(parent, "net");
    await mkdir(home);
    await createLocalnet(home, PLAN, () => {});
    assert.ok(existsSync(join(home, "localnet.json")));
  });

  it("refuses a folder holding anything else, and touches none of it", async () => {
    const home = join(parent, "net");
    await mkdir(home);
    await writeFile(join(home, "notes.txt"), "mine");
    await assert.rejects(
      createLocalnet(home, PLAN, () => {}),
      isLocalnetError(LocalnetErrorCode.notALocalnet, /holds no localnet.json and holds notes.txt/),
    );
    assert.equal(await readFile(join(home, "notes.txt"), "utf8"), "mine");
    assert.deepEqual(await readdir(home), ["notes.txt"]);
  });

  for (const [name, opts, message] of [
    ["--validators 0", { validators: 0 }, /--validators must be a whole number ≥ 1, got 0/],
    ["--l2-validators 0", { l2Validators: 0 }, /--l2-validators must be a whole number ≥ 1, got 0/],
    ["--block-interval 0", { blockIntervalMs: 0 }, /--block-interval must be a whole number ≥ 1, got 0/],
    ["--accounts -1", { accounts: -1 }, /--accounts must be a whole number ≥ 0, got -1/],
    ["--validators abc", { validators: Number.NaN }, /--validators must be .* got not a number/],
  ] as const) {
    it(`refuses ${name} before writing anything`, async () => {
      const home = join(parent, "net");
      await assert.rejects(
        localnetUp({ home, detach: true, logger: nullLogger, ...opts }),
        isLocalnetError(LocalnetErrorCode.badOption, message),
      );
      assert.deepEqual(await creationEntries(home), []);
    });
  }

  it("refuses --validators / --l2-validators / --accounts that differ from an existing localnet, naming what it has", async () => {
    const home = join(parent, "net");
    await createLocalnet(home, PLAN, () => {});
    const before = await readFile(join(home, "localnet.json"), "utf8");
    for (const [opts, message] of [
      [{ validators: 3 }, /created with --validators 1; 3 was asked for/],
      [{ l2Validators: 1 }, /created with --l2-validators 2; 1 was asked for/],
      [{ accounts: 5 }, /created with --accounts 2; 5 was asked for/],
    ] as const) {
      await assert.rejects(
        localnetUp({ home, detach: true, logger: nullLogger, ...opts }),
        isLocalnetError(LocalnetErrorCode.topologyMismatch, message),
      );
    }
    await assert.rejects(
      localnetUp({ home, detach: true, logger: nullLogger, validators: 2 }),
      isLocalnetError(LocalnetErrorCode.topologyMismatch, new RegExp(`remove ${home}`)),
    );
    assert.equal(await readFile(join(home, "localnet.json"), "utf8"), before);
    const manifest = JSON.parse(before) as LocalnetManifest;
    assert.ok(manifest.chains.l1.nodes.every((n) => n.pid === undefined));
  });
});

describe("localnet ports", () => {
  it("reserves distinct ports that were all free at once, never one of `avoid`", async () => {
    const avoid = await reservePorts(5);
    const ports = await reservePorts(40, avoid);
    assert.equal(new Set(ports).size, 40);
    assert.ok(ports.every((p) => !avoid.includes(p) && p > 0 && p < 65536));
    assert.deepEqual(await busyPorts(ports), []);
  });

  it("reports a port something listens on as busy", async () => {
    const [port] = await reservePorts(1);
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(port, "127.0.0.1", () => r()));
    try {
      assert.deepEqual(await busyPorts([port!]), [port]);
    } finally {
      await new Promise((r) => srv.close(r));
    }
    assert.deepEqual(await busyPorts([port!]), []);
  });
});
