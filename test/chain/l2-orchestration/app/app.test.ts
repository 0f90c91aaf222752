import assert from "node:assert/strict";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { moduleAddress } from "../../../../chain/core/modules/auth/index.js";
import { MemKVStore } from "../../../../chain/core/store/index.js";
import { buildL2Genesis, L2_DEFAULT_CHAIN_ID, makeL2App } from "../../../../chain/l2-orchestration/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { account, any, consKey } from "../../core/modules/helpers.js";
import {
  digestOf,
  genesisModel,
  genesisNode,
  L2Chain,
  marketChain,
  msg,
  nodeKey,
  openFields,
  publishFields,
  registerFields,
  TINY_MODEL,
} from "../harness.js";

const M = 1_000_000n;

// biome-ignore lint/suspicious/noExplicitAny: the tamper cases edit exported genesis JSON freely.
type GenesisJson = Record<string, any>;

describe("L2 app", () => {
  it("starts makeL2App from buildL2Genesis with staking validators, genesis models and nodes", () => {
    const [val, owner, exec, guard] = ["val", "owner", "exec", "guard"].map((l) => account(`app:${l}`));
    const doc = buildL2Genesis({
      genesisTime: "2027-01-01T00:00:00Z",
      validators: [
        {
          name: "val",
          pubKey: Buffer.from(consKey("app:val").pubKey).toString("base64"),
          power: "0",
          operator: val!.address,
          selfDelegation: 5n * M,
        },
      ],
      accounts: [val!, owner!, exec!, guard!].map((a) => ({ address: a.address, amount: 10n * M })),
      models: [genesisModel(owner!.address)],
      nodes: [
        genesisNode("exec", exec!.address, ["EXECUTOR"], [TINY_MODEL.id], { stake: 2n * M }),
        genesisNode("guard", guard!.address, ["GUARD"]),
      ],
    });
    assert.equal(doc.chainId, L2_DEFAULT_CHAIN_ID);
    assert.deepEqual(
      doc.validators.map((v) => v.power),
      ["5"],
    );
    const app = makeL2App(doc.chainId, nullLogger, { minGasPrices: [] });
    const store = new MemKVStore();
    const block = { chainId: doc.chainId, height: 0, timeNs: 0n, proposer: new Uint8Array(20) };
    const updates = app.initChain(store, block, JSON.parse(JSON.stringify(doc.appState)));
    assert.equal(updates.length, 1);
    assert.equal(updates[0]!.power, 5n);
    const exported = app.exportGenesis(store, block) as {
      bank: { balances: { address: string; coins: { amount: string }[] }[]; supply: { amount: string }[] };
      nodes: { nodes: { stake: string }[] };
      models: { models: { id: string; status: string }[] };
    };
    const balanceOf = (address: string) =>
      exported.bank.balances.find((b) => b.address === address)?.coins[0]?.amount ?? "0";
    // The stakes left their operators for the nodes module account; supply is the inputs' sum.
    assert.equal(balanceOf(moduleAddress("nodes")), String(3n * M));
    assert.equal(balanceOf(exec!.address), String(8n * M));
    assert.equal(balanceOf(guard!.address), String(9n * M));
    assert.equal(exported.bank.supply[0]!.amount, String(40n * M));
    assert.deepEqual(
      exported.models.models.map((m) => [m.id, m.status]),
      [[TINY_MODEL.id, "MODEL_STATUS_VERIFIED"]],
    );
    assert.equal(exported.nodes.nodes.length, 2);
    const executed = app.execBlock(store, { ...block, height: 1, lastBlockHash: new Uint8Array(32) }, []);
    assert.equal(executed.txResults.length, 0);
  });

  it("refuses a genesis node whose operator is not funded with its stake", () => {
    const op = account("app:unfunded");
    assert.throws(
      () =>
        buildL2Genesis({
          genesisTime: "2027-01-01T00:00:00Z",
          validators: [],
          accounts: [{ address: op.address, amount: M - 1n }],
          nodes: [genesisNode("x", op.address, ["GUARD"])],
        }),
      /invalid L2 genesis input: node .* is not funded/,
    );
  });

  for (const name of ["nodes", "sessions", "treasury"]) {
    it(`refuses a bank MsgSend to the ${name} module account (sdk:4), state unchanged`, () => {
      const chain = marketChain();
      const send = (to: string) =>
        any(MsgSend, {
          fromAddress: chain.addr("user"),
          toAddress: to,
          amount: [{ denom: "ustra", amount: "5" }],
        });
      chain.expectRefused(
        "user",
        [send(chain.moduleAddress(name))],
        "sdk",
        4,
        "is not allowed to receive funds",
      );
      chain.deliverOk("user", [send(chain.addr("owner"))]);
    });
  }

  describe("genesis", () => {
    function busyChain(): L2Chain {
      const chain = marketChain({
        accounts: { newbie: 5n * M },
        modules: { nodes: { params: { unbondingBlocks: 50 } } },
      });
      const owner = chain.addr("owner");
      chain.deliverOk("owner", [msg(strata.models.v1.MsgPublishModel, publishFields(owner))]);
      chain.deliverOk("owner", [
        msg(
          strata.models.v1.MsgPublishModel,
          publishFields(owner, { version: "2.0", parent: "acme/chat@1.0" }),
        ),
      ]);
      chain.deliverOk("guard1", [
        msg(strata.models.v1.MsgAttestModel, {
          guard: chain.addr("guard1"),
          id: "acme/chat@1.0",
          weightsSha256: digestOf("weights:acme/chat@1.0"),
        }),
      ]);
      chain.deliverOk("newbie", [
        msg(
          strata.nodes.v1.MsgRegisterNode,
          registerFields("newbie", chain.addr("newbie"), {
            hardware: { cpu: "arm64", cores: 4, memoryBytes: 8 << 20, gpu: "" },
          }),
        ),
      ]);
      chain.deliverOk("exec3", [msg(strata.nodes.v1.MsgUnbondNode, { operator: chain.addr("exec3") })]);
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("exec2"), 100_000n, "fraud", true));
      chain.run((ctx) => chain.keepers.nodes.recordScore(ctx, chain.addr("exec1"), 900_000n, false));
      chain.deliverOk("user", [
        msg(strata.sessions.v1.MsgOpenSession, openFields(chain.addr("user"), { redundancy: 1 })),
      ]);
      // A second open session needs its own API key (RULES.md, sessions: one OPEN session per key hash).
      chain.deliverOk("user", [
        msg(
          strata.sessions.v1.MsgOpenSession,
          openFields(chain.addr("user"), { apiKeySha256: digestOf("api-key:user:2") }),
        ),
      ]);
      chain.deliverOk("user", [
        msg(strata.sessions.v1.MsgCloseSession, { owner: chain.addr("user"), id: 2 }),
      ]);
      chain.run((ctx) => chain.keepers.sessions.reserve(ctx, 1, 1234n));
      return chain;
    }

    it("export -> init rebuilds the same app hash, and exports the same genesis again", () => {
      const chain = busyChain();
      const exported = chain.exportGenesis();
      const copy = L2Chain.fromAppState(exported);
      assert.equal(copy.appHash(), chain.appHash());
      assert.deepEqual(copy.exportGenesis(), exported);
      // The copy runs on: the unbonding node's stake still returns at its height.
      const exec3 = chain.addr("exec3");
      const due = copy.keepers.nodes.getNode(copy.source(), exec3)!.unbondingHeight;
      copy.height = chain.height;
      copy.advanceTo(due);
      assert.equal(
        copy.keepers.nodes.getNode(copy.source(), exec3)!.status,
        strata.nodes.v1.NodeStatus.NODE_STATUS_UNBONDED,
      );
    });

    it("module sections round-trip: models keep publication order, nodes their keys, sessions the next id", () => {
      const chain = busyChain();
      const g = chain.exportGenesis() as {
        models: { models: { id: string }[] };
        nodes: { nodes: { operator: string; pubkey: string; status: string }[] };
        sessions: { nextId: number; sessions: { id: number; status: string }[] };
      };
      assert.deepEqual(
        g.models.models.map((m) => m.id),
        [TINY_MODEL.id, "acme/chat@1.0", "acme/chat@2.0"],
      );
      const newbie = g.nodes.nodes.find((n) => n.operator === chain.addr("newbie"))!;
      assert.equal(newbie.pubkey, Buffer.from(nodeKey("newbie").pubKey).toString("base64"));
      assert.equal(
        g.nodes.nodes.find((n) => n.operator === chain.addr("exec2"))!.status,
        "NODE_STATUS_JAILED",
      );
      assert.equal(g.sessions.nextId, 3);
      assert.deepEqual(
        g.sessions.sessions.map((s) => [s.id, s.status]),
        [
          [1, "SESSION_STATUS_OPEN"],
          [2, "SESSION_STATUS_CLOSED"],
        ],
      );
    });

    const tampered: [string, (g: GenesisJson) => void, RegExp][] = [
      [
        "a nodes module account that does not hold the stakes",
        (g) => {
          g.nodes.nodes[0].stake = "999";
        },
        /nodes module account holds/,
      ],
      [
        "a sessions module account that does not hold the open balances",
        (g) => {
          g.sessions.sessions[0].balance = "2000000";
        },
        /sessions module account holds/,
      ],
      [
        "a model with an unknown status",
        (g) => {
          g.models.models[0].status = "MODEL_STATUS_SHINY";
        },
        /status/,
      ],
      [
        "a model listed before its parent",
        (g) => {
          g.models.models.reverse();
        },
        /parent/,
      ],
      [
        "a node serving an unknown model",
        (g) => {
          g.nodes.nodes.find((n: { models: string[] }) => n.models.length > 0).models = ["ghost@1"];
        },
        /unknown model ghost@1/,
      ],
      [
        "a node listed twice",
        (g) => {
          g.nodes.nodes.push(g.nodes.nodes[0]);
        },
        /listed twice/,
      ],
      [
        "a next session id not above the listed ids",
        (g) => {
          g.sessions.nextId = 2;
        },
        /nextId/,
      ],
      [
        "a zero max_redundancy",
        (g) => {
          g.sessions.params.maxRedundancy = 0;
        },
        /maxRedundancy/,
      ],
      [
        "a reputation alpha above SCALE",
        (g) => {
          g.nodes.params.reputationAlpha = 1_000_001;
        },
        /reputationAlpha/,
      ],
    ];
    for (const [what, tamper, message] of tampered) {
      it(`refuses a genesis with ${what}`, () => {
        const g = busyChain().exportGenesis();
        tamper(g as GenesisJson);
        assert.throws(() => L2Chain.fromAppState(g), message);
      });
    }
  });
});
