/**
 * Starts one L3 validator process for e2e tests: `strata init --layer l3 --genesis` makes the home
 * and keys, the genesis is then rebuilt by the L3 builder around the validator key it generated
 * (what `strata l3 launch` does for its validators), and `strata start` runs it.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ed25519FromSeed } from "../../chain/core/crypto/index.js";
import type { GenesisDoc } from "../../chain/core/node/genesis.js";
import { homePaths, loadKeyFile } from "../../chain/core/node/index.js";
import { freePort } from "../../localnet/index.js";
import { startNodeProcess, stopProcess, strata } from "../helpers/l1Node.js";

/** A running L3 validator. */
export interface L3Node {
  rpc: string;
  validatorPubKey: Uint8Array;
  genesisBytes: Uint8Array;
  stop(): Promise<void>;
}

/** Starts an L3 validator whose genesis `build(validatorPubKey)` makes. */
export async function startL3Node(
  build: (validatorPubKey: Uint8Array) => Promise<GenesisDoc>,
): Promise<L3Node> {
  const dir = await mkdtemp(join(tmpdir(), "strata-l3e2e-"));
  let child: ChildProcess | undefined;
  try {
    const placeholder = join(dir, "placeholder-genesis.json");
    await writeFile(
      placeholder,
      JSON.stringify(await build(ed25519FromSeed(new Uint8Array(32).fill(1)).pubKey)),
    );
    const home = join(dir, "node");
    await strata([
      "init",
      "--home",
      home,
      "--layer",
      "l3",
      "--genesis",
      placeholder,
      "--block-interval",
      "200",
    ]);
    const validatorPubKey = (await loadKeyFile(homePaths(home).validatorKey)).pubKey;
    const text = JSON.stringify(await build(validatorPubKey));
    await writeFile(homePaths(home).genesis, text);
    const rpcPort = await freePort();
    child = await startNodeProcess({ home, stderr: "" }, { rpcPort, p2pPort: await freePort() });
    const running = child;
    return {
      rpc: `http://127.0.0.1:${rpcPort}`,
      validatorPubKey,
      genesisBytes: new TextEncoder().encode(text),
      async stop() {
        await stopProcess(running, "SIGTERM");
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await stopProcess(child, "SIGKILL");
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
