import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { encodeEd25519Pubkey } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { Decimal } from "@cosmjs/math";
import { coin, encodePubkey } from "@cosmjs/proto-signing";
import {
  assertIsDeliverTxSuccess,
  type DeliverTxResponse,
  GasPrice,
  QueryClient,
  SigningStargateClient,
  setupDistributionExtension,
  setupSlashingExtension,
  setupStakingExtension,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { addressFromPubKey, ed25519FromSeed } from "../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../chain/core/log/index.js";
import { genesisTimeNs, homePaths, readGenesis } from "../../../chain/core/node/index.js";
import { MemKVStore } from "../../../chain/core/store/index.js";
import { buildL1Genesis, makeL1App } from "../../../chain/l1/index.js";
import { TestL1Node } from "../../helpers/l1Node.js";

const M = 1_000_000n;
const gasPrice = GasPrice.fromString("0.0025ustra");

type Queries = ReturnType<typeof makeQueries>;
function makeQueries(comet: Comet38Client) {
  return QueryClient.withExtensions(
    comet,
    setupStakingExtension,
    setupDistributionExtension,
    setupSlashingExtension,
  );
}

function feePaid(res: DeliverTxResponse): bigint {
  const fee = res.events
    .find((e) => e.type === "tx" && e.attributes.some((a) => a.key === "fee"))!
    .attributes.find((a) => a.key === "fee")!.value;
  return BigInt(fee.replace("ustra", ""));
}

function eventAmount(res: DeliverTxResponse, type: string): bigint {
  const value =
    res.events.find((e) => e.type === type)?.attributes.find((a) => a.key === "amount")?.value ?? "0";
  return BigInt(value.replace("ustra", "") || "0");
}

/** Polls `check` once per block interval until it holds (bounded by the mocha timeout). */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 200));
}

// End-to-end: an L1 node started through the CLI whose genesis validator is a staking validator,
// driven by unmodified @cosmjs/stargate 0.39 (signing client and query extensions).
describe("L1 staking, slashing and distribution with unmodified cosmjs", function () {
  this.timeout(120_000);
  let node: TestL1Node;
  let comet: Comet38Client;
  let q: Queries;
  const clients: SigningStargateClient[] = [];
  let operator = "";
  let consAddress = "";

  async function client(i: number): Promise<SigningStargateClient> {
    clients[i] ??= await SigningStargateClient.connectWithSigner(node.rpc, node.accounts[i]!.wallet, {
      gasPrice,
      broadcastPollIntervalMs: 100,
    });
    return clients[i]!;
  }

  before(async () => {
    node = await TestL1Node.create({ accounts: 3, blockIntervalMs: 200 });
    // Re-genesis the home `strata init` wrote: its validator becomes a staking validator operated
    // by account 0, with a short unbonding time and a block reward so rewards accrue quickly.
    await node.stop();
    const paths = homePaths(node.home);
    const { doc } = await readGenesis(paths.genesis);
    const genesis = buildL1Genesis({
      chainId: doc.chainId,
      genesisTime: doc.genesisTime,
      validators: doc.validators.map((v) => ({
        ...v,
        operator: node.accounts[0]!.address,
        selfDelegation: 10n * M,
      })),
      accounts: node.accounts.map((a) => ({ address: a.address, amount: 1_000_000_000n })),
      staking: { unbondingTime: "3s" },
      distribution: { blockReward: "1000000" },
    });
    await writeFile(paths.genesis, `${JSON.stringify(genesis, null, 2)}\n`);
    await rm(paths.data, { recursive: true, force: true });
    await node.start();
    const pubKey = new Uint8Array(Buffer.from(doc.validators[0]!.pubKey, "base64"));
    consAddress = toBech32("stratavalcons", addressFromPubKey(pubKey));
    comet = await Comet38Client.connect(node.rpc);
    q = makeQueries(comet);
    operator = (await q.staking.validators("BOND_STATUS_BONDED")).validators[0]!.operatorAddress;
  });

  after(async () => {
    for (const c of clients) c?.disconnect();
    comet?.disconnect();
    await node?.destroy();
  });

  it("queries the genesis validator, pool and params", async () => {
    const { validators } = await q.staking.validators("BOND_STATUS_BONDED");
    assert.equal(validators.length, 1);
    const v = validators[0]!;
    assert.match(operator, /^stratavaloper1/);
    assert.equal(v.tokens, (10n * M).toString());
    assert.equal(v.description.moniker, "validator-0");
    assert.equal(v.consensusPubkey?.typeUrl, "/cosmos.crypto.ed25519.PubKey");
    assert.equal(Decimal.fromAtomics(v.commission.commissionRates.rate, 18).toString(), "0.1");
    assert.equal((await q.staking.validator(operator)).validator.operatorAddress, operator);
    assert.equal((await q.staking.validators("BOND_STATUS_UNBONDED")).validators.length, 0);
    const { pool } = await q.staking.pool();
    assert.equal(pool.bondedTokens, (10n * M).toString());
    const { params } = await q.staking.params();
    assert.equal(params.bondDenom, "ustra");
    assert.equal(params.unbondingTime.seconds, 3n);
    const self = await q.staking.delegation(node.accounts[0]!.address, operator);
    assert.equal(self.delegationResponse?.balance.amount, (10n * M).toString());
    await assert.rejects(q.staking.historicalInfo(1), /not found/);
  });

  it("delegates with delegateTokens", async () => {
    const c = await client(1);
    const delegator = node.accounts[1]!.address;
    const res = await c.delegateTokens(delegator, operator, coin(5_000_000, "ustra"), "auto");
    assertIsDeliverTxSuccess(res);
    const d = await q.staking.delegation(delegator, operator);
    assert.deepEqual(d.delegationResponse?.balance, { denom: "ustra", amount: "5000000" });
    assert.equal((await q.staking.validator(operator)).validator.tokens, (15n * M).toString());
    assert.equal((await q.staking.validatorDelegations(operator)).delegationResponses.length, 2);
    assert.equal((await q.staking.delegatorDelegations(delegator)).delegationResponses.length, 1);
    assert.equal((await q.staking.delegatorValidators(delegator)).validators[0]?.operatorAddress, operator);
    assert.equal(
      (await q.staking.delegatorValidator(delegator, operator)).validator.operatorAddress,
      operator,
    );
    assert.equal((await q.distribution.delegatorValidators(delegator)).validators[0], operator);
  });

  it("accrues rewards and pays them with withdrawRewards", async () => {
    const c = await client(1);
    const delegator = node.accounts[1]!.address;
    const pending = async () => {
      const r = (await q.distribution.delegationRewards(delegator, operator)).rewards;
      return r.length > 0 ? Decimal.fromAtomics(r[0]!.amount, 18) : Decimal.zero(18);
    };
    await until(async () => (await pending()).isGreaterThan(Decimal.fromUserInput("1", 18)));
    const total = await q.distribution.delegationTotalRewards(delegator);
    assert.equal(total.rewards.length, 1);
    assert.ok(Decimal.fromAtomics(total.total[0]!.amount, 18).isGreaterThan(Decimal.zero(18)));
    const outstanding = (await q.distribution.validatorOutstandingRewards(operator)).rewards?.rewards ?? [];
    assert.ok(outstanding.length > 0);
    const commission = (await q.distribution.validatorCommission(operator)).commission?.commission ?? [];
    assert.ok(commission.length > 0);
    assert.ok((await q.distribution.communityPool()).pool.length > 0);
    assert.equal((await q.distribution.delegatorWithdrawAddress(delegator)).withdrawAddress, delegator);
    const { params } = await q.distribution.params();
    assert.equal(Decimal.fromAtomics(params.communityTax, 18).toString(), "0.02");

    const before = BigInt((await c.getBalance(delegator, "ustra")).amount);
    const res = await c.withdrawRewards(delegator, operator, "auto");
    assertIsDeliverTxSuccess(res);
    const withdrawn = eventAmount(res, "withdraw_rewards");
    assert.ok(withdrawn > 0n);
    assert.equal(BigInt((await c.getBalance(delegator, "ustra")).amount), before - feePaid(res) + withdrawn);
  });

  it("undelegates with undelegateTokens and is paid after the unbonding time", async () => {
    const c = await client(1);
    const delegator = node.accounts[1]!.address;
    const res = await c.undelegateTokens(delegator, operator, coin(2_000_000, "ustra"), "auto");
    assertIsDeliverTxSuccess(res);
    const afterTx = BigInt((await c.getBalance(delegator, "ustra")).amount);
    const ubd = await q.staking.unbondingDelegation(delegator, operator);
    assert.equal(ubd.unbond.entries[0]?.balance, "2000000");
    assert.equal((await q.staking.delegatorUnbondingDelegations(delegator)).unbondingResponses.length, 1);
    assert.equal((await q.staking.validatorUnbondingDelegations(operator)).unbondingResponses.length, 1);
    assert.equal(
      (await q.staking.delegation(delegator, operator)).delegationResponse?.balance.amount,
      "3000000",
    );
    await until(() =>
      q.staking.unbondingDelegation(delegator, operator).then(
        () => false,
        () => true,
      ),
    );
    assert.equal(BigInt((await c.getBalance(delegator, "ustra")).amount), afterTx + 2_000_000n);
  });

  it("creates a second validator from cosmjs, redelegates to it, and serves signing infos", async () => {
    const c2 = await client(2);
    const creator = node.accounts[2]!.address;
    const second = toBech32("stratavaloper", fromBech32(creator, 90).data);
    const cons = ed25519FromSeed(randomBytes(32));
    const created = await c2.signAndBroadcast(
      creator,
      [
        {
          typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
          value: {
            description: { moniker: "second", identity: "", website: "", securityContact: "", details: "" },
            commission: {
              rate: Decimal.fromUserInput("0.05", 18).atomics,
              maxRate: Decimal.fromUserInput("0.2", 18).atomics,
              maxChangeRate: Decimal.fromUserInput("0.01", 18).atomics,
            },
            minSelfDelegation: "1",
            delegatorAddress: creator,
            validatorAddress: second,
            pubkey: encodePubkey(encodeEd25519Pubkey(cons.pubKey)),
            value: coin(1_000_000, "ustra"),
          },
        },
      ],
      "auto",
    );
    assertIsDeliverTxSuccess(created);
    const v2 = (await q.staking.validator(second)).validator;
    assert.equal(v2.commission.commissionRates.rate, Decimal.fromUserInput("0.05", 18).atomics);
    assert.equal((await q.staking.validators("BOND_STATUS_BONDED")).validators.length, 2);

    const c1 = await client(1);
    const delegator = node.accounts[1]!.address;
    const red = await c1.signAndBroadcast(
      delegator,
      [
        {
          typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate",
          value: {
            delegatorAddress: delegator,
            validatorSrcAddress: operator,
            validatorDstAddress: second,
            amount: coin(1_000_000, "ustra"),
          },
        },
      ],
      "auto",
    );
    assertIsDeliverTxSuccess(red);
    const reds = await q.staking.redelegations(delegator, operator, second);
    assert.equal(reds.redelegationResponses[0]?.entries[0]?.balance, "1000000");
    assert.equal((await q.staking.validator(second)).validator.tokens, "2000000");

    const info = (await q.slashing.signingInfo(consAddress)).valSigningInfo;
    assert.equal(info.address, consAddress);
    assert.equal(info.startHeight, 0n);
    assert.equal(info.tombstoned, false);
    assert.equal((await q.slashing.signingInfos()).info.length, 2);
    const { params } = await q.slashing.params();
    assert.equal(params.signedBlocksWindow, 100n);
    const slashes = await q.distribution.validatorSlashes(operator, 0, 1_000_000);
    assert.deepEqual(slashes.slashes, []);
  });
});

// In memory: the genesis builder keeps consensus and staking in agreement.
describe("buildL1Genesis with staking validators", () => {
  const key = ed25519FromSeed(new Uint8Array(32).fill(9));
  const pubKey = Buffer.from(key.pubKey).toString("base64");
  const operator = toBech32("strata", new Uint8Array(20).fill(1));
  const base = {
    chainId: "strata-genesis-test",
    genesisTime: "2026-01-01T00:00:00Z",
    accounts: [{ address: operator, amount: 50n * M }],
  };

  it("keeps today's consensus-only genesis when no operator is given", () => {
    const doc = buildL1Genesis({ ...base, validators: [{ name: "v", pubKey, power: "10" }] });
    assert.deepEqual(Object.keys(doc.appState).sort(), ["auth", "bank"]);
    assert.deepEqual(doc.validators, [{ name: "v", pubKey, power: "10" }]);
  });

  it("bonds the self-delegation and returns the document's validators as the initial set", () => {
    const doc = buildL1Genesis({
      ...base,
      validators: [{ name: "v", pubKey, power: "1", operator, selfDelegation: 12_500_000n }],
    });
    assert.deepEqual(doc.validators, [{ name: "v", pubKey, power: "12" }]);
    const app = makeL1App(doc.chainId, nullLogger, { minGasPrices: [] });
    const store = new MemKVStore();
    const block = {
      chainId: doc.chainId,
      height: 0,
      timeNs: genesisTimeNs(doc),
      proposer: new Uint8Array(20),
    };
    const initial = app.initChain(store, block, doc.appState);
    assert.deepEqual(
      initial.map((u) => [Buffer.from(u.pubKey).toString("base64"), u.power.toString()]),
      doc.validators.map((v) => [v.pubKey, v.power]),
    );
  });

  it("rejects unfunded operators, mixed validator lists and sub-unit self-delegations", () => {
    const other = Buffer.from(ed25519FromSeed(new Uint8Array(32).fill(8)).pubKey).toString("base64");
    assert.throws(
      () =>
        buildL1Genesis({
          ...base,
          validators: [{ name: "v", pubKey, power: "1", operator, selfDelegation: 60n * M }],
        }),
      /not funded/,
    );
    assert.throws(
      () =>
        buildL1Genesis({
          ...base,
          validators: [
            { name: "v", pubKey, power: "1", operator },
            { name: "w", pubKey: other, power: "1" },
          ],
        }),
      /every validator needs an operator/,
    );
    assert.throws(
      () =>
        buildL1Genesis({
          ...base,
          validators: [{ name: "v", pubKey, power: "1", operator, selfDelegation: 999n }],
        }),
      /below one unit of power/,
    );
  });
});
