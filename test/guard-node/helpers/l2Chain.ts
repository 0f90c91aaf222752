import type { ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { homePaths } from "../../../chain/core/node/index.js";
import { freePort } from "../../../localnet/index.js";
import { startNodeProcess, stopProcess, strata, type TestAccount } from "../../helpers/l1Node.js";

/**
 * One L2 node started through the CLI (`strata init --layer l2`, `strata start`) whose genesis
 * carries module params (short reveal and score windows), and whose RPC and p2p ports are kept
 * across restarts (a follower reconnects to the same URL).
 */
export class L2Chain {
  child: ChildProcess | undefined;
  stderr = "";

  private constructor(
    readonly home: string,
    readonly chainId: string,
    readonly accounts: TestAccount[],
    readonly rpc: string,
    private readonly ports: { rpc: number; p2p: number },
  ) {}

  /** `strata init --layer l2` with funded accounts, module params merged into the genesis, then `strata start`. */
  static async create(opts: {
    accounts: number;
    blockIntervalMs: number;
    balance?: bigint;
    /** Per-module params, e.g. `{ tasks: { revealBlocks: 10 } }`. */
    params?: Record<string, Record<string, unknown>>;
  }): Promise<L2Chain> {
    const home = await mkdtemp(join(tmpdir(), "strata-guard-l2-"));
    const chainId = "strata-guard-e2e-1";
    const accounts: TestAccount[] = [];
    for (let i = 0; i < opts.accounts; i++) {
      const wallet = await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" });
      accounts.push({ wallet, address: (await wallet.getAccounts())[0]!.address });
    }
    const balance = opts.balance ?? 10_000_000_000n;
    await strata([
      "init",
      "--home",
      home,
      "--layer",
      "l2",
      "--chain-id",
      chainId,
      "--block-interval",
      String(opts.blockIntervalMs),
      ...accounts.flatMap((a) => ["--fund", `${a.address}=${balance}`]),
    ]);
    const genesisFile = homePaths(home).genesis;
    const genesis = JSON.parse(await readFile(genesisFile, "utf8"));
    for (const [module, params] of Object.entries(opts.params ?? {})) {
      genesis.appState[module] = { ...(genesis.appState[module] ?? {}), params };
    }
    await writeFile(genesisFile, `${JSON.stringify(genesis, null, 2)}\n`);
    const ports = { rpc: await freePort(), p2p: await freePort() };
    const chain = new L2Chain(home, chainId, accounts, `http://127.0.0.1:${ports.rpc}`, ports);
    try {
      await chain.start();
    } catch (err) {
      await rm(home, { recursive: true, force: true });
      throw err;
    }
    return chain;
  }

  /** Starts (or restarts) the node and waits for a block. */
  async start(): Promise<void> {
    this.child = await startNodeProcess(this, { rpcPort: this.ports.rpc, p2pPort: this.ports.p2p });
  }

  /** Stops the node and waits for its exit. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    if (await stopProcess(this.child, signal)) this.child = undefined;
  }

  /** Stops the node and deletes its home. */
  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.home, { recursive: true, force: true });
  }
}

/**
 * Polls `check` until it returns a value (not undefined), failing after `timeoutMs` with `what`
 * and the tail of `logs()`.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  opts: { timeoutMs?: number; intervalMs?: number; logs?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 200));
  }
  const tail = opts.logs ? `\n--- logs ---\n${opts.logs().slice(-6000)}` : "";
  throw new Error(
    `timed out waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ""}${tail}`,
  );
}
