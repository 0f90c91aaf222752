import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeEd25519Pubkey } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { Decimal } from "@cosmjs/math";
import { coin, encodePubkey } from "@cosmjs/proto-signing";
import { assertIsDeliverTxSuccess, GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { addTestKeys, strata, TestL1Node } from "../helpers/l1Node.js";
import { strataRun } from "../helpers/strataCli.js";

const valoper = (address: string) => toBech32("stratavaloper", fromBech32(address, 90).data);

// End to end through the CLI against one L1 node (started through the CLI) whose genesis validator
// is operated by account 0: delegate, redelegate, unbond, withdraw rewards, and every query.
describe("strata tx staking / distribution and query staking / distribution (one L1 node)", function () {
  this.timeout(180_000);
  let node: TestL1Node;
  let keyHome: string;
  let alice = "";
  let val0 = "";
  let valBob = "";

  const withNode = (args: string[]) => [...args, "--node", node.rpc];
  const withKeys = (args: string[]) => [...withNode(args), "--keyring-backend", "test", "--home", keyHome];
  /** Runs a command that must succeed with `-o json` and returns its output. */
  async function json(args: string[]) {
    const r = await strataRun([...args, "-o", "json"]);
    assert.equal(r.code, 0, `${args.join(" ")}\n${r.stderr}${r.stdout}`);
    // biome-ignore lint/suspicious/noExplicitAny: CLI JSON is walked field by field
    return JSON.parse(r.stdout) as any;
  }

  before(async () => {
    node = await TestL1Node.create({ accounts: 3, blockIntervalMs: 200, operator: 0 });
    alice = node.accounts[1]!.address;
    val0 = valoper(node.accounts[0]!.address);
    keyHome = await mkdtemp(join(tmpdir(), "strata-staking-keys-"));
    await addTestKeys(keyHome, [
      ["alice", node.accounts[1]!.wallet.mnemonic],
      ["bob", node.accounts[2]!.wallet.mnemonic],
    ]);
    // A second validator, created through cosmjs by account 2 with less than one unit of power:
    // it stays unbonded, so the single node keeps all the consensus power.
    const bob = node.accounts[2]!;
    valBob = valoper(bob.address);
    const client = await SigningStargateClient.connectWithSigner(node.rpc, bob.wallet, {
      gasPrice: GasPrice.fromString("0.0025ustra"),
      broadcastPollIntervalMs: 100,
    });
    try {
      const created = await client.signAndBroadcast(
        bob.address,
        [
          {
            typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
            value: {
              description: {
                moniker: "bob-val",
                identity: "",
                website: "",
                securityContact: "",
                details: "",
              },
              commission: {
                rate: Decimal.fromUserInput("0.05", 18).atomics,
                maxRate: Decimal.fromUserInput("0.2", 18).atomics,
                maxChangeRate: Decimal.fromUserInput("0.01", 18).atomics,
              },
              minSelfDelegation: "1",
              delegatorAddress: bob.address,
              validatorAddress: valBob,
              pubkey: encodePubkey(encodeEd25519Pubkey(new Uint8Array(randomBytes(32)))),
              value: coin(100_000, "ustra"),
            },
          },
        ],
        "auto",
      );
      assertIsDeliverTxSuccess(created);
    } finally {
      client.disconnect();
    }
  });

  after(async () => {
    await node?.destroy();
    if (keyHome) await rm(keyHome, { recursive: true, force: true });
  });

  it("query staking validators / validator: statuses, tokens, commission; unknown ones not found", async () => {
    const all = await json(withNode(["query", "staking", "validators"]));
    const byOperator = new Map(
      all.validators.map((v: { operatorAddress: string }) => [v.operatorAddress, v]),
    );
    assert.equal(all.validators.length, 2);
    // biome-ignore lint/suspicious/noExplicitAny: JSON rows
    const v0 = byOperator.get(val0) as any;
    assert.equal(v0.status, "BONDED");
    assert.equal(v0.tokens, "10000000");
    assert.equal(v0.commissionRate, "0.1");
    assert.equal(v0.jailed, false);
    // biome-ignore lint/suspicious/noExplicitAny: JSON rows
    assert.equal((byOperator.get(valBob) as any).status, "UNBONDED");
    const bonded = await json(withNode(["query", "staking", "validators", "--status", "bonded"]));
    assert.deepEqual(
      bonded.validators.map((v: { operatorAddress: string }) => v.operatorAddress),
      [val0],
    );
    const text = await strataRun(withNode(["query", "staking", "validator", valBob]));
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^operator: +stratavaloper1/m);
    assert.match(text.stdout, /^moniker: +bob-val$/m);
    assert.match(text.stdout, /^status: +UNBONDED$/m);
    assert.match(text.stdout, /^commission: +0\.05 \(max 0\.2, max change 0\.01\)$/m);

    const unknown = valoper(toBech32("strata", new Uint8Array(20)));
    const missing = await strataRun(withNode(["query", "staking", "validator", unknown]));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, new RegExp(`error \\[cli:20\\]: validator ${unknown} not found`));
    const wrongKind = await strataRun(withNode(["query", "staking", "validator", alice]));
    assert.notEqual(wrongKind.code, 0);
    assert.match(
      wrongKind.stderr,
      /expected a validator operator address \(stratavaloper1…\), got a strata1… address/,
    );
  });

  it("tx staking delegate, then query staking delegation / delegations", async () => {
    const text = await strataRun(withKeys(["tx", "staking", "delegate", "alice", val0, "2000000ustra"]));
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, new RegExp(`^delegated 2000000ustra to ${val0}$`, "m"));
    assert.match(text.stdout, /^committed at height \d+$/m);
    assert.match(text.stdout, /^txhash: [0-9A-F]{64}$/m);

    const one = await json(withNode(["query", "staking", "delegation", alice, val0]));
    assert.deepEqual(one, { delegator: alice, validator: val0, shares: "2000000", balance: "2000000" });
    const list = await json(withNode(["query", "staking", "delegations", alice]));
    assert.deepEqual(list.delegations, [one]);
    const none = await strataRun(withNode(["query", "staking", "delegation", alice, valBob]));
    assert.equal(none.code, 1);
    assert.match(none.stderr, /error \[cli:20\]: delegation of strata1\S+ to stratavaloper1\S+ not found/);
  });

  it("query distribution rewards and tx distribution withdraw-rewards (one validator, then all)", async () => {
    // The delegation earns a share of every later block's fees: send one more tx, then read.
    await json(withKeys(["tx", "bank", "send", "bob", alice, "1ustra"]));
    let rewards = await json(withNode(["query", "distribution", "rewards", alice]));
    for (let i = 0; i < 20 && rewards.total.length === 0; i++) {
      await json(withKeys(["tx", "bank", "send", "bob", alice, "1ustra"]));
      rewards = await json(withNode(["query", "distribution", "rewards", alice]));
    }
    assert.equal(rewards.rewards[0].validator, val0);
    assert.equal(rewards.total[0].denom, "ustra");
    assert.ok(Number(rewards.total[0].amount) > 0, JSON.stringify(rewards));
    const fromOne = await json(withNode(["query", "distribution", "rewards", alice, val0]));
    assert.equal(fromOne.rewards[0].validator, val0);

    const one = await json(withKeys(["tx", "distribution", "withdraw-rewards", "alice", val0]));
    assert.equal(one.code, 0);
    assert.ok(BigInt(one.amount) > 0n, `withdrew ${one.amount}`);
    const all = await strataRun(withKeys(["tx", "distribution", "withdraw-rewards", "alice"]));
    assert.equal(all.code, 0, all.stderr);
    assert.match(all.stdout, /^withdrew \d+ustra of rewards$/m);
    // A key that delegates to nobody is told so.
    await strata(["keys", "add", "carol", "--keyring-backend", "test", "--home", keyHome]);
    const nobody = await strataRun(withKeys(["tx", "distribution", "withdraw-rewards", "carol"]));
    assert.equal(nobody.code, 1);
    assert.match(nobody.stderr, /error \[cli:40\]: strata1\S+ delegates to no validator/);
  });

  it("tx staking redelegate and unbond print when they complete; query staking unbonding lists it", async () => {
    const moved = await json(withKeys(["tx", "staking", "redelegate", "alice", val0, valBob, "500000"]));
    assert.equal(moved.srcValidator, val0);
    assert.equal(moved.dstValidator, valBob);
    assert.ok(!Number.isNaN(Date.parse(moved.completionTime)), moved.completionTime);
    const delegations = await json(withNode(["query", "staking", "delegations", alice]));
    assert.deepEqual(
      delegations.delegations
        .map((d: { validator: string; balance: string }) => [d.validator, d.balance])
        .sort(),
      [
        [val0, "1500000"],
        [valBob, "500000"],
      ].sort(),
    );

    const unbond = await strataRun(withKeys(["tx", "staking", "unbond", "alice", val0, "1000000"]));
    assert.equal(unbond.code, 0, unbond.stderr);
    const completes = /^unbonding 1000000ustra from stratavaloper1\S+; completes at (\S+)$/m.exec(
      unbond.stdout,
    );
    assert.ok(completes, unbond.stdout);
    const list = await json(withNode(["query", "staking", "unbonding", alice]));
    assert.equal(list.unbonding.length, 1);
    assert.equal(list.unbonding[0].validator, val0);
    assert.equal(list.unbonding[0].entries[0].balance, "1000000");
    assert.equal(list.unbonding[0].entries[0].completionTime, completes[1]);
    const fromOne = await strataRun(withNode(["query", "staking", "unbonding", alice, val0]));
    assert.match(fromOne.stdout, new RegExp(`^${val0}  1000000 ustra  completes ${completes[1]}`, "m"));
  });

  it("a refused staking tx prints the chain's code and log and exits 1", async () => {
    // More than the delegation is worth: the SDK's ValidateUnbondAmount answer.
    const r = await strataRun(withKeys(["tx", "staking", "unbond", "alice", val0, "999000000"]));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^failed with code 18 \(sdk\): invalid shares amount/m);
    // No delegation at all to that validator: staking's own code, in JSON with the stage.
    const j = await strataRun([...withKeys(["tx", "staking", "unbond", "bob", val0, "1000"]), "-o", "json"]);
    assert.equal(j.code, 1);
    const refused = JSON.parse(j.stdout);
    assert.deepEqual([refused.codespace, refused.code, refused.stage], ["staking", 19, "simulate"]);
  });

  it("--help describes every staking and distribution command", async () => {
    const cases = [
      [["tx", "staking", "delegate"], /<from> <validator> <amount>/],
      [["tx", "staking", "unbond"], /<from> <validator> <amount>/],
      [["tx", "staking", "redelegate"], /<from> <src-validator> <dst-validator> <amount>/],
      [["tx", "distribution", "withdraw-rewards"], /<from> \[validator\]/],
      [["query", "staking", "validators"], /--status <status>/],
      [["query", "staking", "validator"], /<validator>/],
      [["query", "staking", "delegations"], /<delegator>/],
      [["query", "staking", "delegation"], /<delegator> <validator>/],
      [["query", "staking", "unbonding"], /<delegator> \[validator\]/],
      [["query", "distribution", "rewards"], /<delegator> \[validator\]/],
    ] as const;
    // Each run is a CLI process start-up: run them side by side.
    const runs = await Promise.all(cases.map(([args]) => strataRun([...args, "--help"])));
    for (const [i, [args, words]] of cases.entries()) {
      const r = runs[i]!;
      assert.equal(r.code, 0, args.join(" "));
      assert.match(r.stdout, words, args.join(" "));
      assert.match(r.stdout, /--node <url>/, args.join(" "));
    }
  });
});
