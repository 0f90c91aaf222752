import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { freePort, STRATA_BIN, waitForHeight } from "../../localnet/index.js";

const run = promisify(execFile);

/** Runs `strata <args>` and returns stdout (throws with stderr on a non-zero exit). */
export async function strata(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [STRATA_BIN, ...args], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
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

/** A single L1 node started through the CLI in a temporary home. */
export class TestL1Node {
  child: ChildProcess | undefined;
  rpc = "";
  stderr = "";

  private constructor(
    readonly home: string,
    readonly chainId: string,
    readonly accounts: TestAccount[],
  ) {}

  /** `strata init` with `n` funded accounts, then `strata start`. */
  static async create(opts: {
    accounts: number;
    blockIntervalMs: number;
    chainId?: string;
    balance?: bigint;
  }): Promise<TestL1Node> {
    const home = await mkdtemp(join(tmpdir(), "strata-l1-"));
    const chainId = opts.chainId ?? "strata-test-1";
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
      "--chain-id",
      chainId,
      "--block-interval",
      String(opts.blockIntervalMs),
      ...accounts.flatMap((a) => ["--fund", `${a.address}=${balance}`]),
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

  /** Starts (or restarts) the node process and waits for a block. */
  async start(minHeight = 1): Promise<void> {
    const port = await freePort();
    this.rpc = `http://127.0.0.1:${port}`;
    this.stderr = "";
    const child = spawn(
      process.execPath,
      [STRATA_BIN, "start", "--home", this.home, "--rpc-port", String(port)],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    child.stderr.on("data", (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-20_000);
    });
    this.child = child;
    try {
      await waitForHeight(
        this.rpc,
        minHeight,
        30_000,
        () => child.exitCode !== null || child.signalCode !== null,
      );
    } catch (err) {
      // A node that never became healthy must not outlive the test run.
      await this.stop("SIGKILL");
      throw new Error(`${(err as Error).message}\n${this.stderr.slice(-2000)}`);
    }
  }

  /** Stops the node with `signal` and waits for the process to exit. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
    this.child = undefined;
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
