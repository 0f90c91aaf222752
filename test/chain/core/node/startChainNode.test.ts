import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { coins, DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { assertIsDeliverTxSuccess, GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { App } from "../../../../chain/core/app/app.js";
import { ValidatorSet } from "../../../../chain/core/consensus/index.js";
import { ed25519FromSeed } from "../../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import {
  createAnteHandler,
  createAuthKeeper,
  createAuthModule,
  parseGasPrices,
} from "../../../../chain/core/modules/auth/index.js";
import { createBankKeeper, createBankModule } from "../../../../chain/core/modules/bank/index.js";
import {
  type AppFactory,
  DEFAULT_CONFIG,
  type GenesisDoc,
  generateKeyFile,
  homePaths,
  isSoleValidator,
  type RunningChainNode,
  startChainNode,
  startsSolo,
  writeConfig,
} from "../../../../chain/core/node/index.js";

const DENOM = "ucoin";

// A chain with only auth and bank: nothing of the L1 (no staking, no distribution, its own denom).
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

const WALLET_ORIGIN = "https://wallet.example";

/** A node home: config (ephemeral ports), fresh keys, and `genesis` (or one of its own making). */
async function makeHome(
  root: string,
  name: string,
  genesis: (validatorPubKey: string) => GenesisDoc | string,
  peers: string[] = [],
): Promise<string> {
  const home = join(root, name);
  await writeConfig(home, {
    ...DEFAULT_CONFIG,
    layer: "bank-only",
    moniker: name,
    rpc: { host: "127.0.0.1", port: 0, cors: { allowedOrigins: [WALLET_ORIGIN] } },
    p2p: { host: "127.0.0.1", port: 0, persistentPeers: peers },
    blockIntervalMs: 100,
    minGasPrices: `0.001${DENOM}`,
    logLevel: "error",
  });
  const paths = homePaths(home);
  const key = await generateKeyFile(paths.validatorKey);
  await generateKeyFile(paths.nodeKey);
  const doc = genesis(Buffer.from(key.pubKey).toString("base64"));
  await writeFile(paths.genesis, typeof doc === "string" ? doc : JSON.stringify(doc));
  return home;
}

async function until<T>(check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("startChainNode with a custom module set (auth + bank), in process", function () {
  this.timeout(60_000);
  let root: string;
  let validator: RunningChainNode;
  let full: RunningChainNode;
  let genesisText = "";
  const clients: { disconnect(): void }[] = [];
  let sender: { wallet: DirectSecp256k1HdWallet; address: string };
  let receiver: string;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "strata-chain-node-"));
    const wallet = await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" });
    sender = { wallet, address: (await wallet.getAccounts())[0]!.address };
    const other = await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" });
    receiver = (await other.getAccounts())[0]!.address;
    const home = await makeHome(root, "validator", (pubKey) => {
      const doc: GenesisDoc = {
        chainId: "bank-only-1",
        genesisTime: new Date().toISOString(),
        initialHeight: 1,
        consensusParams: { block: { maxTxs: 1000, maxBytes: 1024 * 1024 } },
        validators: [{ name: "validator", pubKey, power: "5" }],
        appState: {
          auth: { accounts: [{ address: sender.address }] },
          bank: { balances: [{ address: sender.address, coins: [{ denom: DENOM, amount: "1000000000" }] }] },
        },
      };
      genesisText = JSON.stringify(doc);
      return genesisText;
    });
    validator = await startChainNode({ home }, { makeApp: makeBankApp, logger: nullLogger });
  });

  after(async () => {
    for (const c of clients) c.disconnect();
    await full?.stop();
    await validator?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it("applies the config's CORS origins to its RPC server", async () => {
    const allowed = await fetch(`${validator.rpc.url}/health`, { headers: { Origin: WALLET_ORIGIN } });
    assert.equal(allowed.headers.get("access-control-allow-origin"), WALLET_ORIGIN);
    const other = await fetch(`${validator.rpc.url}/health`, { headers: { Origin: "https://evil.example" } });
    assert.equal(other.headers.get("access-control-allow-origin"), null);
    await allowed.arrayBuffer();
    await other.arrayBuffer();
  });

  it("runs the app under the solo producer and serves it to unmodified cosmjs", async () => {
    assert.equal(validator.mode(), "solo");
    await until(() => (validator.node.latestHeight() >= 2 ? true : undefined));
    const client = await StargateClient.connect(validator.rpc.url);
    clients.push(client);
    assert.equal((await client.getBlock(1)).header.height, 1);
    assert.ok((await client.getBlock()).header.height >= 2);
    assert.deepEqual(await client.getBalance(sender.address, DENOM), { denom: DENOM, amount: "1000000000" });
    // Modules this app does not have are not there.
    const q = await validator.backend.abciQuery(
      "/cosmos.staking.v1beta1.Query/Params",
      new Uint8Array(),
      0,
      false,
    );
    assert.notEqual(q.code, 0);
    const status = validator.backend.status();
    assert.equal(status.validator.votingPower, 5n);
    assert.equal(status.nodeInfo.listenAddr, `tcp://127.0.0.1:${validator.p2p.listenAddress().port}`);
    assert.equal(status.nodeInfo.rpcAddress, `tcp://127.0.0.1:${validator.rpc.port}`);
    assert.deepEqual(validator.backend.netInfo(), {
      listening: true,
      listeners: [`Listener(@127.0.0.1:${validator.p2p.listenAddress().port})`],
      peers: [],
    });
  });

  it("a full node of that chain follows it, relays a tx to it, and lists it as a peer", async () => {
    const home = await makeHome(root, "full", () => genesisText, [validator.p2p.peerAddress()]);
    full = await startChainNode({ home }, { makeApp: makeBankApp, logger: nullLogger });
    assert.equal(full.mode(), "bft");
    const target = validator.node.latestHeight();
    await until(() => (full.node.latestHeight() >= target ? true : undefined));
    const peer = await until(() => full.backend.netInfo().peers.find((p) => p.nodeInfo.version !== ""));
    assert.equal(peer.nodeInfo.id, validator.p2p.nodeId);
    assert.equal(peer.nodeInfo.listenAddr, `tcp://127.0.0.1:${validator.p2p.listenAddress().port}`);
    assert.equal(peer.nodeInfo.moniker, "validator");
    assert.equal(peer.isOutbound, true);
    assert.equal(full.backend.status().validator.votingPower, 0n);

    const client = await SigningStargateClient.connectWithSigner(full.rpc.url, sender.wallet, {
      gasPrice: GasPrice.fromString(`0.001${DENOM}`),
      broadcastPollIntervalMs: 100,
    });
    clients.push(client);
    const res = await client.sendTokens(sender.address, receiver, coins(4321, DENOM), "auto");
    assertIsDeliverTxSuccess(res);
    const onValidator = await validator.node.getTx(Buffer.from(res.transactionHash, "hex"));
    assert.equal(onValidator?.height, res.height);
    await until(() => (full.node.latestHeight() >= res.height ? true : undefined));
    assert.deepEqual(await client.getBalance(receiver, DENOM), { denom: DENOM, amount: "4321" });
    assert.equal(validator.mode(), "solo");
  });
});

describe("the solo-or-BFT rule", () => {
  const a = ed25519FromSeed(new Uint8Array(32).fill(1));
  const b = ed25519FromSeed(new Uint8Array(32).fill(2));

  it("runs solo only as the whole validator set and only if it never signed under BFT", () => {
    const alone = ValidatorSet.create([{ pubKey: a.pubKey, votingPower: 10n }]);
    const two = ValidatorSet.create([
      { pubKey: a.pubKey, votingPower: 10n },
      { pubKey: b.pubKey, votingPower: 1n },
    ]);
    assert.equal(isSoleValidator(alone, a.address), true);
    assert.equal(isSoleValidator(alone, b.address), false);
    assert.equal(isSoleValidator(two, a.address), false);
    assert.equal(startsSolo({ soleValidator: true, signedUnderBft: false }), true);
    assert.equal(startsSolo({ soleValidator: true, signedUnderBft: true }), false);
    assert.equal(startsSolo({ soleValidator: false, signedUnderBft: false }), false);
  });
});
