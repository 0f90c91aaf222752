import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { homePaths, loadKeyFile } from "../../chain/core/node/index.js";
import { nodeIdFromPubKey } from "../../chain/core/p2p/index.js";
import { createStrataRegistry } from "../../client/index.js";
import { freePort, STRATA_BIN, waitForHeight } from "../../localnet/index.js";

const run = promisify(execFile);

/** Runs `strata <args>` and returns stdout (throws with stderr on a non-zero exit). */
export async function strata(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [STRATA_BIN, ...args], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/**
 * Recovers each `[name, mnemonic]` as a key of that name in the test keyring at `keyHome`, through
 * `strata keys add --recover` (the mnemonic passed in a file next to the keyring).
 */
export async function addTestKeys(
  keyHome: string,
  keys: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  for (const [name, mnemonic] of keys) {
    const file = join(keyHome, `${name}.txt`);
    await writeFile(file, mnemonic);
    await strata([
      "keys",
      "add",
      name,
      "--recover",
      "--mnemonic-file",
      file,
      "--keyring-backend",
      "test",
      "--home",
      keyHome,
    ]);
  }
}

/**
 * Starts `strata start` on `node.home` with these ports and resolves once the node reached
 * `minHeight`; its stderr is kept (the last 20,000 characters) in `node.stderr`. A node that never
 * became healthy is killed, and the error carries the tail of its stderr.
 */
export async function startNodeProcess(
  node: { readonly home: string; stderr: string },
  opts: { rpcPort: number; p2pPort: number; minHeight?: number },
): Promise<ChildProcess> {
  node.stderr = "";
  const child = spawn(
    process.execPath,
    [
      STRATA_BIN,
      "start",
      "--home",
      node.home,
      "--rpc-port",
      String(opts.rpcPort),
      "--p2p-port",
      String(opts.p2pPort),
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  child.stderr.on("data", (d: Buffer) => {
    node.stderr = (node.stderr + d.toString()).slice(-20_000);
  });
  try {
    await waitForHeight(
      `http://127.0.0.1:${opts.rpcPort}`,
      opts.minHeight ?? 1,
      30_000,
      () => child.exitCode !== null || child.signalCode !== null,
    );
  } catch (err) {
    // A node that never became healthy must not outlive the test run.
    await stopProcess(child, "SIGKILL");
    throw new Error(`${(err as Error).message}\n${node.stderr.slice(-2000)}`);
  }
  return child;
}

/**
 * Sends `signal` to `child` and waits for its exit; returns false (and does nothing) when there is
 * no child or it already exited.
 */
export async function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<boolean> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return false;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
  return true;
}

/** A JSON-RPC response body; tests walk `result` field by field, as any client would. */
export interface RpcBody {
  // biome-ignore lint/suspicious/noExplicitAny: the shape depends on the method called
  result?: any;
  error?: { code: number; message: string; data?: string };
}

/** A funded test account. */
export interface TestAccount {
  wallet: DirectSecp256k1HdWallet;
  address: string;
}

/**
 * A single node started through the CLI in a temporary home: an L1 node by default, or any layer
 * of `cli/layers.ts` with `layer` (e.g. `"l2"`).
 */
export class TestL1Node {
  child: ChildProcess | undefined;
  rpc = "";
  stderr = "";
  /** The p2p port, picked on the first start and kept across restarts (peers dial it). */
  p2pPort = 0;

  private constructor(
    readonly home: string,
    readonly chainId: string,
    readonly accounts: TestAccount[],
  ) {}

  /** `strata init` with `n` funded accounts, then `strata start`. */
  static async create(opts: {
    /** Which layer the node runs (`strata init --layer`); default `l1`. */
    layer?: string;
    accounts: number;
    blockIntervalMs: number;
    chainId?: string;
    balance?: bigint;
    /** Index of the funded account that bonds the validator (a staking genesis); none: consensus-only. */
    operator?: number;
  }): Promise<TestL1Node> {
    const layer = opts.layer ?? "l1";
    const home = await mkdtemp(join(tmpdir(), `strata-${layer}-`));
    const chainId = opts.chainId ?? (layer === "l1" ? "strata-test-1" : `strata-${layer}-test-1`);
    const accounts: TestAccount[] = [];
    for (let i = 0; i < opts.accounts; i++) {
      const wallet = await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" });
      accounts.push({ wallet, address: (await wallet.getAccounts())[0]!.address });
    }
    const balance = opts.balance ?? 1_000_000_000n;
    await strata([
      "init",
      "--home",
      home,
      "--layer",
      layer,
      "--chain-id",
      chainId,
      "--block-interval",
      String(opts.blockIntervalMs),
      ...accounts.flatMap((a) => ["--fund", `${a.address}=${balance}`]),
      ...(opts.operator !== undefined ? ["--operator", accounts[opts.operator]!.address] : []),
    ]);
    const node = new TestL1Node(home, chainId, accounts);
    try {
      await node.start();
    } catch (err) {
      await rm(home, { recursive: true, force: true });
      throw err;
    }
    return node;
  }

  /**
   * A full node of `validator`'s chain in its own home (`strata init --genesis … --peers …`),
   * started through the CLI; it shares the validator's accounts. Resolves once it synced a block.
   */
  static async createFullNode(validator: TestL1Node, moniker = "full-0"): Promise<TestL1Node> {
    const home = await mkdtemp(join(tmpdir(), "strata-full-"));
    await strata([
      "init",
      "--home",
      home,
      "--moniker",
      moniker,
      "--genesis",
      homePaths(validator.home).genesis,
      "--peers",
      await validator.peerAddress(),
    ]);
    const node = new TestL1Node(home, validator.chainId, validator.accounts);
    try {
      await node.start();
    } catch (err) {
      await rm(home, { recursive: true, force: true });
      throw err;
    }
    return node;
  }

  /** This node's p2p id (hex of its node key's address). */
  async nodeId(): Promise<string> {
    return nodeIdFromPubKey((await loadKeyFile(homePaths(this.home).nodeKey)).pubKey);
  }

  /** `id@127.0.0.1:port` for other nodes' `--peers`. */
  async peerAddress(): Promise<string> {
    return `${await this.nodeId()}@127.0.0.1:${this.p2pPort}`;
  }

  /** Starts (or restarts) the node process and waits for a block. */
  async start(minHeight = 1): Promise<void> {
    const port = await freePort();
    this.p2pPort ||= await freePort();
    this.rpc = `http://127.0.0.1:${port}`;
    this.child = await startNodeProcess(this, { rpcPort: port, p2pPort: this.p2pPort, minHeight });
  }

  /** Stops the node with `signal` and waits for the process to exit. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    if (await stopProcess(this.child, signal)) this.child = undefined;
  }

  /** Stops the node and deletes its home. */
  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.home, { recursive: true, force: true });
  }

  /** One raw JSON-RPC call; returns the parsed body. */
  async rpcCall(method: string, params: Record<string, unknown>): Promise<RpcBody> {
    const res = await fetch(this.rpc, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    return (await res.json()) as RpcBody;
  }
}

/**
 * An unmodified cosmjs signing client of `node`'s account `i` with the strata (L2) message
 * registry, 0.0025ustra gas and 100 ms broadcast polls.
 */
export function connectL2Signer(node: TestL1Node, i: number): Promise<SigningStargateClient> {
  return SigningStargateClient.connectWithSigner(node.rpc, node.accounts[i]!.wallet, {
    registry: createStrataRegistry(),
    gasPrice: GasPrice.fromString("0.0025ustra"),
    broadcastPollIntervalMs: 100,
  });
}

/** {@link TestL1Node} under its layer-neutral name (`TestNode.create({ layer: "l2", … })`). */
export { TestL1Node as TestNode };
