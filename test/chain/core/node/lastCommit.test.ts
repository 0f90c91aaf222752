import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toBech32 } from "@cosmjs/encoding";
import { QueryClient, setupSlashingExtension } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { BlockIdFlag } from "../../../../chain/core/consensus/index.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import {
  DEFAULT_CONFIG,
  generateKeyFile,
  homePaths,
  type RunningChainNode,
  startChainNode,
  writeConfig,
} from "../../../../chain/core/node/index.js";
import { buildL1Genesis, makeL1NodeApp } from "../../../../chain/l1/index.js";

const VALIDATORS = 4;
const HEIGHTS = 12;
// The first blocks may be decided before the last node has joined.
const FIRST = 3;

function signers(signatures: readonly { blockIdFlag: BlockIdFlag }[]): number {
  return signatures.filter((s) => s.blockIdFlag === BlockIdFlag.commit).length;
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 50));
}

// Four staking validators in this process, linked over 127.0.0.1, running BFT with nothing to do.
describe("BFT last commit on an idle 4-validator network (in process)", function () {
  this.timeout(120_000);
  let root: string;
  const nodes: RunningChainNode[] = [];
  // Per node: height → signatures of its stored seen commit right after the driver updated it.
  const stored: number[][] = [];

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "strata-last-commit-"));
    const homes: string[] = [];
    const validators = [];
    const accounts = [];
    for (let i = 0; i < VALIDATORS; i++) {
      const home = join(root, `v${i}`);
      homes.push(home);
      await writeConfig(home, {
        ...DEFAULT_CONFIG,
        moniker: `v${i}`,
        rpc: { host: "127.0.0.1", port: 0 },
        p2p: { host: "127.0.0.1", port: 0, persistentPeers: [] },
        logLevel: "error",
        consensus: { ...DEFAULT_CONFIG.consensus, commit: 300 },
      });
      const key = await generateKeyFile(homePaths(home).validatorKey);
      await generateKeyFile(homePaths(home).nodeKey);
      const operator = toBech32("strata", randomBytes(20));
      accounts.push({ address: operator, amount: 100_000_000n });
      validators.push({
        name: `v${i}`,
        pubKey: Buffer.from(key.pubKey).toString("base64"),
        power: "10",
        operator,
      });
    }
    const genesis = buildL1Genesis({
      chainId: "last-commit-1",
      genesisTime: new Date().toISOString(),
      validators,
      accounts,
    });
    for (const home of homes) await writeFile(homePaths(home).genesis, JSON.stringify(genesis));
    // Each node dials the ones started before it (links are two-way: a full mesh).
    for (const home of homes) {
      const peers = nodes.map((n) => n.p2p.peerAddress());
      await writeConfig(home, {
        ...DEFAULT_CONFIG,
        moniker: home,
        rpc: { host: "127.0.0.1", port: 0 },
        p2p: { host: "127.0.0.1", port: 0, persistentPeers: peers },
        logLevel: "error",
        consensus: { ...DEFAULT_CONFIG.consensus, commit: 300 },
      });
      const running = await startChainNode({ home }, { makeApp: makeL1NodeApp, logger: nullLogger });
      nodes.push(running);
      // Watch the driver store the completed commits (the tip's seen commit, served by `commit`).
      const chain = running.node;
      const original = chain.updateSeenCommit.bind(chain);
      const log: number[] = [];
      stored.push(log);
      chain.updateSeenCommit = async (commit) => {
        await original(commit);
        const seen = await chain.getCommit(commit.height);
        if (seen && !seen.canonical) log[commit.height] = signers(seen.commit.signatures);
      };
    }
  });

  after(async () => {
    for (const n of nodes) await n.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("every block's last commit holds all 4 precommits, the seen commit too, and nobody misses a block", async () => {
    await until(() => nodes.every((n) => n.node.latestHeight() >= HEIGHTS));
    const node = nodes[0]!;
    for (let h = FIRST; h <= HEIGHTS; h++) {
      const block = (await node.node.getBlock(h))!.block;
      assert.equal(
        signers(block.lastCommit.signatures),
        VALIDATORS,
        `block ${h} carries every precommit of block ${h - 1}`,
      );
    }
    // Each node stored the completed commit as the tip's seen commit before building on it.
    for (const [i, log] of stored.entries()) {
      for (let h = FIRST; h < HEIGHTS; h++)
        assert.equal(log[h], VALIDATORS, `node ${i}, seen commit of ${h}`);
    }
    const comet = await Comet38Client.connect(node.rpc.url);
    try {
      const q = QueryClient.withExtensions(comet, setupSlashingExtension);
      const { info } = await q.slashing.signingInfos();
      assert.equal(info.length, VALIDATORS);
      for (const i of info) assert.equal(i.missedBlocksCounter, 0n, `${i.address} missed no block`);
    } finally {
      comet.disconnect();
    }
  });
});
