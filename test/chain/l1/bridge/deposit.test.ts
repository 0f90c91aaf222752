import assert from "node:assert/strict";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { ed25519FromSeed, sha256 } from "../../../../chain/core/crypto/index.js";
import { depositToSsz, nextAccumulator, ZERO_ACCUMULATOR } from "../../../../chain/core/rollup/deposits.js";
import { DepositSsz } from "../../../../chain/core/rollup/types.js";
import { BridgeCode } from "../../../../chain/l1/modules/bridge/index.js";
import { buildL2Genesis } from "../../../../chain/l2-orchestration/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { account, any } from "../../core/modules/helpers.js";
import { eventsOf, L1Chain, msg, responses } from "./harness.js";

const v1 = strata.bridge.v1;
const Q = "/strata.bridge.v1.Query/";
const CHILD = "strata-child-a";
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
/** Child (L2) accounts: deposit recipients. */
const l2 = (label: string) => account(`l2:${label}`).address;

/** The genesis.json text of a one-validator child chain, as registered on L1. */
function childGenesis(chainId: string): string {
  return JSON.stringify(
    buildL2Genesis({
      chainId,
      genesisTime: "2027-01-01T00:00:00Z",
      validators: [
        {
          name: "v",
          pubKey: Buffer.from(ed25519FromSeed(sha256(new TextEncoder().encode(chainId))).pubKey).toString(
            "base64",
          ),
          power: "10",
        },
      ],
      accounts: [],
    }),
  );
}

function l1WithChild(): L1Chain {
  return L1Chain.create({ alice: 10_000_000n, bob: 10_000_000n, poor: 5n }, [
    { chainId: CHILD, genesis: childGenesis(CHILD), challengeWindowBlocks: 3, bond: 1_000_000n },
    {
      chainId: "strata-child-b",
      genesis: childGenesis("strata-child-b"),
      challengeWindowBlocks: 3,
      bond: 1_000_000n,
    },
  ]);
}

function deposit(chain: L1Chain, from: string, amount: string, recipient = l2("carol"), chainId = CHILD) {
  return msg(v1.MsgDeposit, { sender: chain.addr(from), chainId, recipient, amount });
}

function escrow(chain: L1Chain, chainId = CHILD) {
  return chain.queryOk(`${Q}Escrow`, v1.QueryEscrowRequest.encode({ chainId }).finish(), (b) =>
    v1.QueryEscrowResponse.decode(b),
  );
}

function deposits(chain: L1Chain, req: strata.bridge.v1.IQueryDepositsRequest) {
  return chain
    .queryOk(`${Q}Deposits`, v1.QueryDepositsRequest.encode(req).finish(), (b) =>
      v1.QueryDepositsResponse.decode(b),
    )
    .deposits.map((d) => Number(d.nonce));
}

describe("L1 bridge: deposits [dep-1]", () => {
  it("locks the amount in the bridge module account with nonce count + 1 and acc[nonce]", () => {
    const chain = l1WithChild();
    const bridge = chain.moduleAddress("bridge");
    const r1 = chain.deliverOk("alice", [deposit(chain, "alice", "1500")]);
    assert.equal(Number(v1.MsgDepositResponse.decode(responses(r1)[0]!.value).nonce), 1);
    assert.deepEqual(eventsOf(r1.events, "bridge_deposit"), [
      { chain_id: CHILD, nonce: "1", sender: chain.addr("alice"), recipient: l2("carol"), amount: "1500" },
    ]);
    chain.deliverOk("bob", [deposit(chain, "bob", "25", l2("dave"))]);
    // Nonces are per chain: the other chain starts at 1.
    const r3 = chain.deliverOk("alice", [deposit(chain, "alice", "7", l2("dave"), "strata-child-b")]);
    assert.deepEqual(eventsOf(r3.events, "bridge_deposit")[0]!.nonce, "1");
    assert.equal(chain.balance("alice"), 10_000_000n - 1507n);
    assert.equal(chain.balance(bridge), 1532n);

    const get = (nonce: number, chainId = CHILD) =>
      chain.queryOk(`${Q}Deposit`, v1.QueryDepositRequest.encode({ chainId, nonce }).finish(), (b) =>
        v1.QueryDepositResponse.decode(b),
      ).deposit as strata.bridge.v1.Deposit;
    const d1 = get(1);
    const d2 = get(2);
    assert.equal(d1.sender, chain.addr("alice"));
    assert.equal(d1.denom, "ustra");
    assert.equal(Number(d1.parentHeight), 1);
    assert.equal(Number(d2.parentHeight), 2);
    // acc[n] = sha256(acc[n−1] ‖ hashTreeRoot(Deposit)), from the records alone.
    const ssz1 = depositToSsz({ ...d1, nonce: 1, parentHeight: 1 });
    const acc1 = sha256(Uint8Array.from([...ZERO_ACCUMULATOR, ...DepositSsz.hashTreeRoot(ssz1)]));
    assert.equal(hex(d1.accumulator), hex(acc1));
    assert.equal(
      hex(d2.accumulator),
      hex(nextAccumulator(acc1, depositToSsz({ ...d2, nonce: 2, parentHeight: 2 }))),
    );
    assert.deepEqual(
      {
        escrowed: escrow(chain).escrowed,
        deposited: escrow(chain).deposited,
        claimed: escrow(chain).claimed,
      },
      { escrowed: "1525", deposited: "1525", claimed: "0" },
    );
    assert.equal(escrow(chain, "strata-child-b").escrowed, "7");
    // The rollup module reads the bridge's count for [batch-10].
    const rollup = chain.queryOk(
      "/strata.rollup.v1.Query/Rollup",
      strata.rollup.v1.QueryRollupRequest.encode({ chainId: CHILD }).finish(),
      (b) => strata.rollup.v1.QueryRollupResponse.decode(b).rollup!,
    );
    assert.equal(Number(rollup.depositCount), 2);
  });

  it("queries deposits by chain, address (sender or recipient) and from a nonce, paged", () => {
    const chain = l1WithChild();
    chain.deliverOk("alice", [deposit(chain, "alice", "1", l2("carol"))]);
    chain.deliverOk("bob", [deposit(chain, "bob", "2", l2("carol"))]);
    chain.deliverOk("alice", [deposit(chain, "alice", "3", l2("dave"))]);
    chain.deliverOk("bob", [deposit(chain, "bob", "4", chain.addr("alice"))]);
    assert.deepEqual(deposits(chain, { chainId: CHILD }), [1, 2, 3, 4]);
    assert.deepEqual(deposits(chain, { chainId: CHILD, fromNonce: 3 }), [3, 4]);
    assert.deepEqual(deposits(chain, { chainId: CHILD, address: chain.addr("alice") }), [1, 3, 4]);
    assert.deepEqual(deposits(chain, { chainId: CHILD, address: l2("carol") }), [1, 2]);
    assert.deepEqual(deposits(chain, { chainId: CHILD, address: l2("carol"), fromNonce: 2 }), [2]);
    assert.deepEqual(deposits(chain, { chainId: CHILD, pagination: { limit: 3, offset: 1 } }), [2, 3, 4]);
    assert.deepEqual(deposits(chain, { chainId: "strata-child-b" }), []);
    // Paging by next key, as a relayer reads: bounded reads give the same pages and keys.
    const page = (req: strata.bridge.v1.IQueryDepositsRequest) =>
      chain.queryOk(`${Q}Deposits`, v1.QueryDepositsRequest.encode(req).finish(), (b) =>
        v1.QueryDepositsResponse.decode(b),
      );
    const first = page({ chainId: CHILD, pagination: { limit: 2 } });
    assert.deepEqual(
      first.deposits.map((d) => Number(d.nonce)),
      [1, 2],
    );
    const second = page({ chainId: CHILD, pagination: { limit: 2, key: first.pagination!.nextKey! } });
    assert.deepEqual(
      second.deposits.map((d) => Number(d.nonce)),
      [3, 4],
    );
    assert.equal(second.pagination!.nextKey!.length, 0, "no page after the last");
    const counted = page({ chainId: CHILD, fromNonce: 2, pagination: { limit: 1, countTotal: true } });
    assert.equal(Number(counted.pagination!.total), 3);
    assert.deepEqual(
      page({
        chainId: CHILD,
        address: chain.addr("alice"),
        fromNonce: 2,
        pagination: { limit: 1 },
      }).deposits.map((d) => Number(d.nonce)),
      [3],
    );
    const bad = (req: strata.bridge.v1.IQueryDepositsRequest) =>
      chain.query(`${Q}Deposits`, v1.QueryDepositsRequest.encode(req).finish());
    assert.equal(bad({ chainId: "nope" }).code, 22);
    assert.equal(bad({ chainId: "bad id" }).code, 18);
    assert.equal(bad({ chainId: CHILD, address: "strata1xyz" }).code, 18);
    assert.equal(
      chain.query(`${Q}Deposit`, v1.QueryDepositRequest.encode({ chainId: CHILD, nonce: 5 }).finish()).code,
      22,
    );
    assert.equal(
      chain.query(`${Q}Claim`, v1.QueryClaimRequest.encode({ chainId: CHILD, index: 0 }).finish()).code,
      22,
    );
  });

  it("refuses an unregistered chain, bad fields and an amount the sender lacks; state unchanged", () => {
    const chain = l1WithChild();
    chain.expectRefused(
      "alice",
      [deposit(chain, "alice", "5", l2("carol"), "strata-unknown")],
      "bridge",
      BridgeCode.notRegistered,
      "chain strata-unknown is not registered",
    );
    chain.expectRefused(
      "alice",
      [deposit(chain, "alice", "0")],
      "bridge",
      BridgeCode.invalidRequest,
      "positive amount",
    );
    chain.expectRefused("alice", [deposit(chain, "alice", "-3")], "bridge", BridgeCode.invalidRequest);
    chain.expectRefused(
      "alice",
      [deposit(chain, "alice", "5", "cosmos1abc")],
      "bridge",
      BridgeCode.invalidRequest,
      "recipient",
    );
    chain.expectRefused(
      "alice",
      [deposit(chain, "alice", "5", l2("carol"), "")],
      "bridge",
      BridgeCode.invalidRequest,
      "chain id",
    );
    chain.expectRefused("poor", [deposit(chain, "poor", "6")], "sdk", 5, "smaller than 6ustra");
    assert.equal(escrow(chain).deposited, "0");
    // The next good deposit still gets nonce 1.
    const r = chain.deliverOk("alice", [deposit(chain, "alice", "5")]);
    assert.equal(eventsOf(r.events, "bridge_deposit")[0]!.nonce, "1");
  });

  it("bank refuses a MsgSend to the bridge module account (the escrow moves by bridge messages only)", () => {
    const chain = l1WithChild();
    chain.expectRefused(
      "alice",
      [
        any(MsgSend, {
          fromAddress: chain.addr("alice"),
          toAddress: chain.moduleAddress("bridge"),
          amount: [{ denom: "ustra", amount: "5" }],
        }),
      ],
      "sdk",
      4,
      "is not allowed to receive funds",
    );
  });

  it("genesis export -> import gives the same app hash and export; tampered records are refused", () => {
    const chain = l1WithChild();
    chain.deliverOk("alice", [deposit(chain, "alice", "100")]);
    chain.deliverOk("bob", [deposit(chain, "bob", "50", l2("dave"), "strata-child-b")]);
    chain.deliverOk("bob", [deposit(chain, "bob", "8")]);
    const exported = chain.exportGenesis();
    const copy = L1Chain.fromExport(chain, exported);
    assert.equal(copy.appHash(), chain.appHash());
    assert.deepEqual(copy.exportGenesis(), exported);
    const g = exported.bridge as { deposits: { chainId: string; nonce: number }[] };
    assert.deepEqual(
      g.deposits.map((d) => [d.chainId, d.nonce]),
      [
        [CHILD, 1],
        [CHILD, 2],
        ["strata-child-b", 1],
      ],
    );
    // The copy continues: the next deposit is nonce 3 with the same accumulator as on the original.
    copy.deliverOk("alice", [deposit(copy, "alice", "1")]);
    chain.deliverOk("alice", [deposit(chain, "alice", "1")]);
    assert.equal(copy.appHash(), chain.appHash());

    // biome-ignore lint/suspicious/noExplicitAny: edits of exported JSON
    const tamper = (edit: (b: any, all: any) => void) => {
      const state = JSON.parse(JSON.stringify(exported));
      edit(state.bridge, state);
      return () => L1Chain.fromExport(chain, state);
    };
    assert.throws(
      tamper((b) => (b.deposits[1].amount = "9")),
      /deposits\[1\]: accumulator differs/,
    );
    assert.throws(
      tamper((b) => b.deposits.splice(0, 1)),
      /deposits\[0\]: nonce 2 of strata-child-a, expected 1/,
    );
    assert.throws(
      tamper((b) => (b.deposits[0].chainId = "strata-x")),
      /not registered/,
    );
    assert.throws(
      tamper((b) => (b.deposits[0].denom = "uatom")),
      /denom "uatom" is not ustra/,
    );
    // Conservation at import: the module account must hold Σ deposits − Σ claims.
    assert.throws(
      tamper((_b, all) => {
        const bank = all.bank as { balances: { address: string; coins: { amount: string }[] }[] };
        const entry = bank.balances.find((x) => x.address === chain.moduleAddress("bridge"))!;
        entry.coins[0]!.amount = String(BigInt(entry.coins[0]!.amount) + 1n);
        const supply = all.bank.supply as { amount: string }[];
        supply[0]!.amount = String(BigInt(supply[0]!.amount) + 1n);
      }),
      /the bridge module account holds 159ustra, deposits minus claims are 158ustra/,
    );
  });
});
