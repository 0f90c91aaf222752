import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { coins, DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import {
  assertIsDeliverTxSuccess,
  GasPrice,
  QueryClient,
  SigningStargateClient,
  setupSlashingExtension,
  setupStakingExtension,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { encodeVote, ValidatorSet } from "../../chain/core/consensus/index.js";
import { voteSignBytes } from "../../chain/core/consensus/signBytes.js";
import { VoteType } from "../../chain/core/consensus/types.js";
import { ed25519FromSeed } from "../../chain/core/crypto/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import {
  genesisValidators,
  homePaths,
  loadKeyFile,
  readConfig,
  readGenesis,
} from "../../chain/core/node/index.js";
import { ChannelId, createP2P, nodeIdFromPubKey } from "../../chain/core/p2p/index.js";
import {
  freePort,
  type LocalnetManifest,
  type ManifestNode,
  spawnStrata,
  waitForHeight,
} from "../../localnet/index.js";
import { strata } from "../helpers/l1Node.js";

// sha256 of nothing: the evidence hash of a block without evidence.
const EMPTY_HASH = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";

async function rpc(url: string, method: string, params: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: "POST",
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: JSON-RPC results are walked field by field
  const body = (await res.json()) as { result: any; error?: unknown };
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

async function height(url: string): Promise<number> {
  return Number((await rpc(url, "status")).sync_info.latest_block_height);
}

async function sleep(ms: number) {
  await new Promise((r) => setTimeout(r, ms));
}

/** Block hash and app hash at every height 1..upTo on a node. */
async function chainView(url: string, upTo: number): Promise<string[]> {
  const out: string[] = [];
  for (let h = 1; h <= upTo; h++) {
    const b = await rpc(url, "block", { height: String(h) });
    out.push(`${b.block_id.hash}/${b.block.header.app_hash}`);
  }
  return out;
}

// Four validators as separate OS processes under Tendermint BFT: faults by killing processes.
describe("BFT localnet with 4 validators", function () {
  this.timeout(240_000);
  let home: string;
  let manifest: LocalnetManifest;
  const restarted: ChildProcess[] = [];

  const urls = () => manifest.chains.l1.nodes.map((n) => n.rpc);
  const kill = (n: ManifestNode) => process.kill(n.pid!, "SIGKILL");
  const restart = async (n: ManifestNode) => {
    const port = await freePort();
    n.rpc = `http://127.0.0.1:${port}`;
    const child = spawnStrata(["start", "--home", n.home, "--rpc-port", String(port)], n.log, false);
    restarted.push(child);
    n.pid = child.pid;
    await waitForHeight(n.rpc, 1, 30_000, () => child.exitCode !== null);
  };

  before(async () => {
    home = await mkdtemp(join(tmpdir(), "strata-bft-"));
    manifest = JSON.parse(
      await strata([
        "localnet",
        "up",
        "--home",
        home,
        "--validators",
        "4",
        "--no-router",
        // The BFT tests are about L1; an L2 process would only take CPU from the four validators.
        "--no-l2",
        "--unsafe-rpc",
        "--block-interval",
        "200",
        "--detach",
        "--output",
        "json",
      ]),
    );
  });

  after(async () => {
    for (const c of restarted) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    await strata(["localnet", "down", "--home", home]).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  });

  it("commits blocks on every validator and a tx acknowledged as committed is on all of them", async () => {
    for (const url of urls()) await waitForHeight(url, 3, 30_000, () => false);
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(manifest.accounts[0]!.mnemonic, {
      prefix: "strata",
    });
    const client = await SigningStargateClient.connectWithSigner(urls()[1]!, wallet, {
      gasPrice: GasPrice.fromString("0.0025ustra"),
      broadcastPollIntervalMs: 100,
    });
    const res = await client.sendTokens(
      manifest.accounts[0]!.address,
      manifest.accounts[1]!.address,
      coins(777, "ustra"),
      "auto",
    );
    client.disconnect();
    assertIsDeliverTxSuccess(res);
    for (const url of urls()) {
      await waitForHeight(url, res.height, 30_000, () => false);
      const found = await rpc(url, "tx_search", { query: `tx.hash='${res.transactionHash}'` });
      assert.equal(found.total_count, "1", url);
    }
  });

  it("keeps committing with one validator killed", async () => {
    const [a, b, c, d] = manifest.chains.l1.nodes;
    kill(d!);
    const start = await height(a!.rpc);
    await waitForHeight(a!.rpc, start + 5, 30_000, () => false);
    await waitForHeight(b!.rpc, start + 5, 30_000, () => false);
    await waitForHeight(c!.rpc, start + 5, 30_000, () => false);
  });

  it("halts with two killed (no fork), resumes when one returns, and a killed validator catches up by block sync", async () => {
    const [a, b, c, d] = manifest.chains.l1.nodes;
    kill(c!);
    await sleep(1500);
    const halted = await height(a!.rpc);
    await sleep(2500);
    // With half the power gone no block can get 2/3 of the precommits.
    assert.ok((await height(a!.rpc)) <= halted + 1, "chain must halt without a 2/3 quorum");
    await restart(c!);
    await waitForHeight(a!.rpc, halted + 5, 60_000, () => false);
    await restart(d!);
    const target = await height(a!.rpc);
    await waitForHeight(d!.rpc, target, 60_000, () => false);
    // Every node holds the same block and app hash at every height.
    const tip = Math.min(...(await Promise.all(urls().map(height))));
    const views = await Promise.all(urls().map((u) => chainView(u, tip)));
    for (const v of views.slice(1)) assert.deepEqual(v, views[0]);
    assert.ok(b);
  });

  it("partitions: the side with 3 of 4 commits, 2|2 halts, and no height ever has two blocks", async () => {
    const nodes = manifest.chains.l1.nodes;
    const ids = await Promise.all(
      nodes.map(async (n) => nodeIdFromPubKey((await loadKeyFile(homePaths(n.home).nodeKey)).pubKey)),
    );
    const cut = async (
      left: number[],
      right: number[],
      method: "unsafe_block_peer" | "unsafe_unblock_peer",
    ) => {
      for (const l of left) {
        for (const r of right) {
          assert.deepEqual(
            await rpc(nodes[l]!.rpc, method, { peer_id: ids[r] }),
            {},
            `${nodes[l]!.rpc} ${method}`,
          );
          assert.deepEqual(await rpc(nodes[r]!.rpc, method, { peer_id: ids[l] }), {});
        }
      }
    };
    // {0,1,2} | {3}: the majority keeps committing, the isolated validator cannot.
    await cut([0, 1, 2], [3], "unsafe_block_peer");
    const h3 = await height(nodes[3]!.rpc);
    const h0 = await height(nodes[0]!.rpc);
    await waitForHeight(nodes[0]!.rpc, h0 + 4, 30_000, () => false);
    assert.ok((await height(nodes[3]!.rpc)) <= h3 + 1, "an isolated validator must not commit alone");
    // {0,1} | {2,3}: nobody has 2/3 of the power.
    await cut([0, 1, 2], [3], "unsafe_unblock_peer");
    await cut([0, 1], [2, 3], "unsafe_block_peer");
    await sleep(1500);
    const stalled = await Promise.all(nodes.map((n) => height(n.rpc)));
    await sleep(2500);
    const after = await Promise.all(nodes.map((n) => height(n.rpc)));
    for (let i = 0; i < 4; i++)
      assert.ok(after[i]! <= stalled[i]! + 1, `node ${i} committed during a 2|2 partition`);
    // Heal: everyone converges on one chain.
    await cut([0, 1], [2, 3], "unsafe_unblock_peer");
    const resumeFrom = Math.max(...after);
    for (const n of nodes) await waitForHeight(n.rpc, resumeFrom + 3, 60_000, () => false);
    const tip = Math.min(...(await Promise.all(urls().map(height))));
    const views = await Promise.all(urls().map((u) => chainView(u, tip)));
    for (const v of views.slice(1)) assert.deepEqual(v, views[0]);
  });

  it("a validator that signs two different votes is caught: evidence is committed, it is slashed and jailed", async () => {
    const nodes = manifest.chains.l1.nodes;
    const chainId = manifest.chains.l1.chainId;
    const { doc } = await readGenesis(homePaths(nodes[0]!.home).genesis);
    const set = ValidatorSet.create(
      genesisValidators(doc).map((v) => ({ pubKey: v.pubKey, votingPower: v.votingPower })),
    );
    const byzantine = await loadKeyFile(homePaths(nodes[3]!.home).validatorKey);
    const index = set.getByAddress(byzantine.address)!.index;
    const target = (await height(nodes[0]!.rpc)) + 1;
    const vote = (fill: number) => {
      const unsigned = {
        type: VoteType.prevote,
        height: target,
        round: 0,
        blockId: {
          hash: new Uint8Array(32).fill(fill),
          partSetHeader: { total: 1, hash: new Uint8Array(32).fill(fill) },
        },
        timestamp: BigInt(Date.now()) * 1_000_000n,
        validatorAddress: byzantine.address,
        validatorIndex: index,
      };
      return encodeVote({ ...unsigned, signature: byzantine.sign(voteSignBytes(chainId, unsigned)) });
    };
    // The harness joins as a peer of validator-0 and gossips two conflicting prevotes signed
    // with validator-3's key (a real node's sign guard would refuse to produce them).
    const harness = createP2P(
      { nodeKey: ed25519FromSeed(new Uint8Array(32).fill(99)), network: chainId },
      { logger: nullLogger },
    );
    await harness.start();
    try {
      const config = await readConfig(nodes[0]!.home);
      const nodeKey = await loadKeyFile(homePaths(nodes[0]!.home).nodeKey);
      await harness.dial(`${nodeIdFromPubKey(nodeKey.pubKey)}@127.0.0.1:${config.p2p.port}`);
      // Bad input first: garbage and a vote whose signature does not verify are dropped with a
      // logged reason and cost the sender score; the node keeps running.
      harness.broadcast(ChannelId.consensusVote, Uint8Array.of(1, 2, 3));
      const forged = vote(0xcc);
      forged[forged.length - 1]! ^= 0xff;
      harness.broadcast(ChannelId.consensusVote, forged);
      harness.broadcast(ChannelId.consensusVote, vote(0xaa));
      harness.broadcast(ChannelId.consensusVote, vote(0xbb));
    } finally {
      await harness.close();
    }

    const client = QueryClient.withExtensions(
      await Comet38Client.connect(nodes[0]!.rpc),
      setupStakingExtension,
      setupSlashingExtension,
    );
    const consKey = (any: { value: Uint8Array } | undefined) =>
      Buffer.from(any!.value.subarray(2)).toString("hex");
    let jailed: Awaited<ReturnType<typeof client.staking.validators>>["validators"][number] | undefined;
    for (let i = 0; i < 200 && !jailed; i++) {
      const all = await client.staking.validators("");
      jailed = all.validators.find(
        (v) => consKey(v.consensusPubkey) === Buffer.from(byzantine.pubKey).toString("hex") && v.jailed,
      );
      if (!jailed) await sleep(100);
    }
    assert.ok(jailed, "the equivocating validator is jailed");
    // 10 units of power were bonded (10^7 ustra); the double-sign slash burns 5% of them.
    assert.ok(BigInt(jailed.tokens) < 10_000_000n, `tokens ${jailed.tokens} were slashed`);
    const infos = await client.slashing.signingInfos();
    assert.ok(
      infos.info.some((i) => i.tombstoned),
      "the validator is tombstoned",
    );
    // The evidence is in a committed block.
    const tip = await height(nodes[0]!.rpc);
    let found = false;
    for (let h = target; h <= tip && !found; h++) {
      const b = await rpc(nodes[0]!.rpc, "block", { height: String(h) });
      found = (b.block.evidence?.evidence ?? []).length > 0 || b.block.header.evidence_hash !== EMPTY_HASH;
    }
    assert.ok(found, "a block carries the evidence");
    const log = await readFile(nodes[0]!.log, "utf8");
    assert.match(log, /"msg":"peer misbehaved"/);
    // Staking's update removes the jailed validator from the consensus set two heights later,
    // and the other three keep committing.
    const after = (await height(nodes[0]!.rpc)) + 3;
    await waitForHeight(nodes[0]!.rpc, after, 30_000, () => false);
    const vals = await rpc(nodes[0]!.rpc, "validators", { height: String(after) });
    const addresses = vals.validators.map((v: { address: string }) => v.address);
    assert.equal(addresses.length, 3);
    assert.ok(!addresses.includes(Buffer.from(byzantine.address).toString("hex").toUpperCase()));
  });
});
