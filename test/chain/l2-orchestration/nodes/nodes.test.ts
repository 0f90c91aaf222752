import assert from "node:assert/strict";
import { NodesCode, nextReputation } from "../../../../chain/l2-orchestration/modules/nodes/index.js";
import { SCALE } from "../../../../chain/l2-orchestration/shared/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import {
  eventsOf,
  type L2Chain,
  marketChain,
  msg,
  nodeKey,
  publishFields,
  registerFields,
  responses,
  TINY_MODEL,
} from "../harness.js";

const v1 = strata.nodes.v1;
const { Role, NodeStatus } = v1;
const Q = "/strata.nodes.v1.Query/";

function chainWithParams(): L2Chain {
  return marketChain({
    accounts: { newbie: 5_000_000n, poor: 500_000n },
    modules: { nodes: { params: { unbondingBlocks: 3, jailBlocks: 5 } } },
  });
}

function register(chain: L2Chain, label: string, over: Partial<strata.nodes.v1.IMsgRegisterNode> = {}) {
  return msg(v1.MsgRegisterNode, registerFields(label, chain.addr(label), over));
}

function update(chain: L2Chain, label: string, over: Partial<strata.nodes.v1.IMsgUpdateNode> = {}) {
  return msg(v1.MsgUpdateNode, { operator: chain.addr(label), ...over });
}

function node(chain: L2Chain, label: string): strata.nodes.v1.Node {
  const n = chain.keepers.nodes.getNode(chain.source(), chain.addr(label));
  assert.ok(n, `no node for ${label}`);
  return n;
}

describe("L2 nodes", () => {
  describe("register", () => {
    it("bonds the stake into the nodes module account and stores an ACTIVE node", () => {
      const chain = chainWithParams();
      const pool = chain.moduleAddress("nodes");
      const poolBefore = chain.balance(pool);
      const r = chain.deliver("newbie", [register(chain, "newbie", { stake: "2000000" })]);
      assert.equal(r.code, 0, r.log);
      assert.deepEqual(eventsOf(r.events, "register_node"), [
        { operator: chain.addr("newbie"), roles: "ROLE_EXECUTOR", stake: "2000000" },
      ]);
      assert.equal(chain.balance("newbie"), 3_000_000n);
      assert.equal(chain.balance(pool), poolBefore + 2_000_000n);
      const n = node(chain, "newbie");
      assert.equal(n.status, NodeStatus.NODE_STATUS_ACTIVE);
      assert.equal(n.stake, "2000000");
      assert.equal(n.reputation, 500_000);
      assert.equal(n.registeredHeight, chain.height);
      assert.deepEqual([...n.pubkey], [...nodeKey("newbie").pubKey]);
      assert.ok(chain.keepers.nodes.isActive(chain.source(), chain.addr("newbie"), Role.ROLE_EXECUTOR));
      assert.ok(chain.keepers.nodes.serves(chain.source(), chain.addr("newbie"), TINY_MODEL.id));
    });

    it("lets a guard leave its endpoint empty and serve nothing, and a node hold several roles", () => {
      const chain = chainWithParams();
      chain.deliverOk("newbie", [
        register(chain, "newbie", { roles: [Role.ROLE_GUARD], endpoint: "", models: [], capacity: 0 }),
      ]);
      chain.deliverOk("user", [
        register(chain, "user", { roles: [Role.ROLE_ROUTER, Role.ROLE_EXECUTOR, Role.ROLE_GUARD] }),
      ]);
      assert.ok(chain.keepers.nodes.isActive(chain.source(), chain.addr("user"), Role.ROLE_ROUTER));
      assert.ok(chain.keepers.nodes.isActive(chain.source(), chain.addr("user"), Role.ROLE_GUARD));
    });

    it("accepts a PENDING model", () => {
      const chain = chainWithParams();
      chain.deliverOk("owner", [msg(strata.models.v1.MsgPublishModel, publishFields(chain.addr("owner")))]);
      chain.deliverOk("newbie", [register(chain, "newbie", { models: ["acme/chat@1.0"] })]);
    });

    const bad: [string, Partial<strata.nodes.v1.IMsgRegisterNode>, string][] = [
      ["no roles", { roles: [] }, "roles"],
      ["an unspecified role", { roles: [Role.ROLE_UNSPECIFIED] }, "role 0"],
      ["an unknown role", { roles: [9 as strata.nodes.v1.Role] }, "role 9"],
      ["a repeated role", { roles: [Role.ROLE_EXECUTOR, Role.ROLE_EXECUTOR] }, "repeat"],
      ["a 31-byte pubkey", { pubkey: new Uint8Array(31) }, "32 bytes"],
      ["a 33-byte pubkey", { pubkey: new Uint8Array(33) }, "32 bytes"],
      ["an executor without endpoint", { endpoint: "" }, "endpoint"],
      ["an ftp:// endpoint", { endpoint: "ftp://host" }, "endpoint"],
      ["an endpoint without host", { endpoint: "http://" }, "endpoint"],
      ["an endpoint with a space", { endpoint: "http://a b" }, "endpoint"],
      ["an endpoint over 256 bytes", { endpoint: `https://h/${"p".repeat(247)}` }, "256 bytes"],
      ["65 models", { models: Array.from({ length: 65 }, (_, i) => `m@${i}`) }, "64"],
      ["a repeated model", { models: [TINY_MODEL.id, TINY_MODEL.id] }, "repeat"],
      ["an executor with capacity 0", { capacity: 0 }, "capacity"],
      ["a router with capacity 0", { roles: [Role.ROLE_ROUTER], capacity: 0 }, "capacity"],
      ["a malformed price", { pricePer_1k: "1.5" }, "price_per_1k"],
      ["a malformed stake", { stake: "1e6" }, "stake"],
      ["an empty stake", { stake: "" }, "stake"],
      ["an operator that is not an address", { operator: "strata1zzz" }, "operator"],
    ];
    for (const [what, over, logPart] of bad) {
      it(`refuses ${what} (nodes:2), state unchanged`, () => {
        const chain = chainWithParams();
        chain.expectRefused(
          "newbie",
          [register(chain, "newbie", over)],
          "nodes",
          NodesCode.invalidRequest,
          logPart,
        );
        chain.deliverOk("newbie", [register(chain, "newbie")]);
      });
    }

    it("accepts an endpoint of exactly 256 bytes", () => {
      const chain = chainWithParams();
      chain.deliverOk("newbie", [register(chain, "newbie", { endpoint: `https://h/${"p".repeat(246)}` })]);
    });

    it("refuses an operator that already runs a node (nodes:3)", () => {
      const chain = chainWithParams();
      chain.expectRefused("exec1", [register(chain, "exec1")], "nodes", NodesCode.alreadyRegistered);
    });

    it("refuses unknown and DEPRECATED models (nodes:8)", () => {
      const chain = chainWithParams();
      chain.expectRefused(
        "newbie",
        [register(chain, "newbie", { models: ["x@1"] })],
        "nodes",
        NodesCode.invalidModel,
        "x@1",
      );
      chain.deliverOk("owner", [
        msg(strata.models.v1.MsgDeprecateModel, { owner: chain.addr("owner"), id: TINY_MODEL.id }),
      ]);
      chain.expectRefused(
        "newbie",
        [register(chain, "newbie")],
        "nodes",
        NodesCode.invalidModel,
        "DEPRECATED",
      );
    });

    it("refuses a stake below min_stake (nodes:7) and a stake the operator lacks (sdk:5)", () => {
      const chain = chainWithParams();
      chain.expectRefused(
        "newbie",
        [register(chain, "newbie", { stake: "999999" })],
        "nodes",
        NodesCode.stakeTooLow,
      );
      chain.expectRefused("poor", [register(chain, "poor")], "sdk", 5, "insufficient funds");
    });

    it("lets an UNBONDED node register again, keeping its reputation and counters", () => {
      const chain = chainWithParams();
      chain.run((ctx) => chain.keepers.nodes.recordScore(ctx, chain.addr("exec1"), 0n, true));
      chain.deliverOk("exec1", [msg(v1.MsgUnbondNode, { operator: chain.addr("exec1") })]);
      chain.advanceTo(chain.height + 3);
      assert.equal(node(chain, "exec1").status, NodeStatus.NODE_STATUS_UNBONDED);
      chain.deliverOk("exec1", [register(chain, "exec1", { stake: "1500000" })]);
      const n = node(chain, "exec1");
      assert.equal(n.status, NodeStatus.NODE_STATUS_ACTIVE);
      assert.equal(n.reputation, 450_000);
      assert.equal(n.tasksFaulted, 1);
      assert.equal(n.stake, "1500000");
      assert.equal(n.unbondingHeight, 0);
    });
  });

  describe("update", () => {
    it("changes only the fields set and bonds add_stake", () => {
      const chain = chainWithParams();
      const before = node(chain, "exec1");
      const r = chain.deliver("exec1", [
        update(chain, "exec1", {
          capacity: 9,
          pricePer_1k: "42",
          hardware: { cpu: "x86", cores: 8, memoryBytes: 1 << 30 },
          addStake: "250000",
        }),
      ]);
      assert.equal(r.code, 0, r.log);
      assert.deepEqual(eventsOf(r.events, "update_node"), [
        { operator: chain.addr("exec1"), stake: "1250000" },
      ]);
      const n = node(chain, "exec1");
      assert.equal(n.capacity, 9);
      assert.equal(n.pricePer_1k, "42");
      assert.equal(n.hardware?.cores, 8);
      assert.equal(Number(n.hardware?.memoryBytes), 1 << 30);
      assert.equal(n.stake, "1250000");
      assert.equal(n.endpoint, before.endpoint);
      assert.deepEqual(n.models, before.models);
      assert.deepEqual(n.roles, before.roles);
      assert.equal(chain.balance("exec1"), 9_000_000n - 250_000n);
    });

    it("replaces roles and models with their flags (an empty list included) and sets an endpoint", () => {
      const chain = chainWithParams();
      chain.deliverOk("exec1", [
        update(chain, "exec1", { setModels: true, models: [], setRoles: true, roles: [Role.ROLE_ROUTER] }),
      ]);
      assert.deepEqual(node(chain, "exec1").models, []);
      assert.deepEqual(node(chain, "exec1").roles, [Role.ROLE_ROUTER]);
      chain.deliverOk("guard1", [
        update(chain, "guard1", {
          endpoint: "https://guard1.example",
          setRoles: true,
          roles: [Role.ROLE_GUARD, Role.ROLE_EXECUTOR],
          capacity: 1,
          setModels: true,
          models: [TINY_MODEL.id],
        }),
      ]);
      assert.ok(chain.keepers.nodes.serves(chain.source(), chain.addr("guard1"), TINY_MODEL.id));
    });

    const bad: [string, Partial<strata.nodes.v1.IMsgUpdateNode>, number, string][] = [
      ["roles without set_roles", { roles: [Role.ROLE_GUARD] }, NodesCode.invalidRequest, "set_roles"],
      ["models without set_models", { models: [TINY_MODEL.id] }, NodesCode.invalidRequest, "set_models"],
      ["empty roles", { setRoles: true, roles: [] }, NodesCode.invalidRequest, "roles"],
      ["an unknown model", { setModels: true, models: ["y@2"] }, NodesCode.invalidModel, "y@2"],
      ["a repeated model", { setModels: true, models: ["a@1", "a@1"] }, NodesCode.invalidRequest, "repeat"],
      ["capacity 0 for an executor", { capacity: 0 }, NodesCode.invalidRequest, "capacity"],
      ["an empty endpoint for an executor", { endpoint: "" }, NodesCode.invalidRequest, "endpoint"],
      ["a malformed endpoint", { endpoint: "https://" }, NodesCode.invalidRequest, "endpoint"],
      ["a malformed price", { pricePer_1k: "-3" }, NodesCode.invalidRequest, "price_per_1k"],
      ["add_stake 0", { addStake: "0" }, NodesCode.invalidRequest, "add_stake"],
      ["a malformed add_stake", { addStake: "ten" }, NodesCode.invalidRequest, "add_stake"],
    ];
    for (const [what, over, code, logPart] of bad) {
      it(`refuses ${what} (nodes:${code}), state unchanged`, () => {
        const chain = chainWithParams();
        chain.expectRefused("exec1", [update(chain, "exec1", over)], "nodes", code, logPart);
        chain.deliverOk("exec1", [update(chain, "exec1", { capacity: 3 })]);
      });
    }

    it("refuses roles that need an endpoint the node lacks (a guard turned executor)", () => {
      const chain = chainWithParams();
      chain.expectRefused(
        "guard1",
        [update(chain, "guard1", { setRoles: true, roles: [Role.ROLE_EXECUTOR], capacity: 1 })],
        "nodes",
        NodesCode.invalidRequest,
        "endpoint",
      );
    });

    it("refuses add_stake the operator lacks (sdk:5), an unknown node (nodes:4), an UNBONDING node (nodes:5)", () => {
      const chain = chainWithParams();
      chain.expectRefused("exec1", [update(chain, "exec1", { addStake: "9000001" })], "sdk", 5);
      chain.expectRefused("newbie", [update(chain, "newbie", { capacity: 2 })], "nodes", NodesCode.notFound);
      chain.deliverOk("exec1", [msg(v1.MsgUnbondNode, { operator: chain.addr("exec1") })]);
      chain.expectRefused(
        "exec1",
        [update(chain, "exec1", { capacity: 2 })],
        "nodes",
        NodesCode.invalidStatus,
        "UNBONDING",
      );
    });
  });

  describe("unbond", () => {
    it("leaves at once and returns the stake at the end-block of height + unbonding_blocks", () => {
      const chain = chainWithParams();
      const pool = chain.moduleAddress("nodes");
      const poolBefore = chain.balance(pool);
      const r = chain.deliver("exec1", [msg(v1.MsgUnbondNode, { operator: chain.addr("exec1") })]);
      assert.equal(r.code, 0, r.log);
      const due = chain.height + 3;
      assert.equal(Number(v1.MsgUnbondNodeResponse.decode(responses(r)[0]!.value).unbondingHeight), due);
      assert.deepEqual(eventsOf(r.events, "unbond_node"), [
        { operator: chain.addr("exec1"), unbonding_height: String(due) },
      ]);
      assert.equal(node(chain, "exec1").status, NodeStatus.NODE_STATUS_UNBONDING);
      assert.equal(
        chain.keepers.nodes.isActive(chain.source(), chain.addr("exec1"), Role.ROLE_EXECUTOR),
        false,
      );
      assert.ok(
        !chain.keepers.nodes
          .activeNodes(chain.source(), Role.ROLE_EXECUTOR)
          .some((n) => n.operator === chain.addr("exec1")),
      );
      chain.advanceTo(due - 1);
      assert.equal(chain.balance("exec1"), 9_000_000n);
      assert.equal(node(chain, "exec1").status, NodeStatus.NODE_STATUS_UNBONDING);
      const block = chain.nextBlock();
      assert.equal(chain.height, due);
      assert.deepEqual(eventsOf(block.blockEvents, "complete_unbonding"), [
        { operator: chain.addr("exec1"), amount: "1000000" },
      ]);
      assert.equal(chain.balance("exec1"), 10_000_000n);
      assert.equal(chain.balance(pool), poolBefore - 1_000_000n);
      const n = node(chain, "exec1");
      assert.equal(n.status, NodeStatus.NODE_STATUS_UNBONDED);
      assert.equal(n.stake, "0");
      chain.nextBlock();
      assert.equal(chain.balance("exec1"), 10_000_000n, "paid once");
    });

    it("returns what is left after a slash during unbonding", () => {
      const chain = chainWithParams();
      chain.deliverOk("exec1", [msg(v1.MsgUnbondNode, { operator: chain.addr("exec1") })]);
      const { result } = chain.run((ctx) =>
        chain.keepers.nodes.slash(ctx, chain.addr("exec1"), 100_000n, "fraud", true),
      );
      assert.equal(result, 100_000n);
      assert.equal(
        node(chain, "exec1").status,
        NodeStatus.NODE_STATUS_UNBONDING,
        "an unbonding node is not jailed",
      );
      chain.advanceTo(chain.height + 3);
      assert.equal(chain.balance("exec1"), 9_000_000n + 900_000n);
    });

    it("unbonds a JAILED node; refuses an UNBONDING one (nodes:5) and an unknown one (nodes:4)", () => {
      const chain = chainWithParams();
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("exec2"), 0n, "fraud", true));
      chain.deliverOk("exec2", [msg(v1.MsgUnbondNode, { operator: chain.addr("exec2") })]);
      chain.expectRefused(
        "exec2",
        [msg(v1.MsgUnbondNode, { operator: chain.addr("exec2") })],
        "nodes",
        NodesCode.invalidStatus,
      );
      chain.expectRefused(
        "newbie",
        [msg(v1.MsgUnbondNode, { operator: chain.addr("newbie") })],
        "nodes",
        NodesCode.notFound,
      );
    });
  });

  describe("unjail", () => {
    const unjail = (chain: L2Chain, label: string) => msg(v1.MsgUnjailNode, { operator: chain.addr(label) });

    it("refuses a node that is not jailed (nodes:5), then before jailed_until_height (nodes:6), then frees it", () => {
      const chain = chainWithParams();
      chain.expectRefused("exec1", [unjail(chain, "exec1")], "nodes", NodesCode.invalidStatus, "not JAILED");
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("exec1"), 0n, "missed_reveal", true));
      const until = node(chain, "exec1").jailedUntilHeight;
      assert.equal(until, chain.height + 1 + 5);
      chain.advanceTo(until - 2);
      chain.expectRefused(
        "exec1",
        [unjail(chain, "exec1")],
        "nodes",
        NodesCode.stillJailed,
        `until height ${until}`,
      );
      assert.equal(chain.height, until - 1);
      const r = chain.deliver("exec1", [unjail(chain, "exec1")]);
      assert.equal(r.code, 0, r.log);
      assert.equal(chain.height, until);
      assert.equal(node(chain, "exec1").status, NodeStatus.NODE_STATUS_ACTIVE);
      assert.equal(node(chain, "exec1").jailedUntilHeight, 0);
    });

    it("refuses a stake below min_stake (nodes:7) until more is bonded", () => {
      const chain = chainWithParams();
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("exec1"), 100_000n, "fraud", true));
      chain.advanceTo(chain.height + 6);
      chain.expectRefused("exec1", [unjail(chain, "exec1")], "nodes", NodesCode.stakeTooLow, "add_stake");
      chain.deliverOk("exec1", [update(chain, "exec1", { addStake: "100000" })]);
      chain.deliverOk("exec1", [unjail(chain, "exec1")]);
    });

    it("refuses an unknown node (nodes:4)", () => {
      const chain = chainWithParams();
      chain.expectRefused("newbie", [unjail(chain, "newbie")], "nodes", NodesCode.notFound);
    });
  });

  describe("slash (keeper)", () => {
    const cases: { stake: string; fraction: bigint; taken: bigint }[] = [
      { stake: "1000000", fraction: 100_000n, taken: 100_000n },
      { stake: "1000000", fraction: 10_000n, taken: 10_000n },
      { stake: "1000000", fraction: 0n, taken: 0n },
      { stake: "1000000", fraction: SCALE, taken: 1_000_000n },
      { stake: "1000001", fraction: 333_333n, taken: 333_333n },
      { stake: "999999", fraction: 333_333n, taken: 333_332n },
      { stake: "7", fraction: 100_000n, taken: 0n },
    ];
    for (const c of cases) {
      it(`takes floor(${c.stake} · ${c.fraction} / SCALE) = ${c.taken} into the treasury`, () => {
        const chain = chainWithParams();
        const extra = BigInt(c.stake) - 1_000_000n;
        if (extra > 0n) chain.deliverOk("exec1", [update(chain, "exec1", { addStake: extra.toString() })]);
        if (extra < 0n) {
          // Lower the stake with a first slash so the case starts from the stake it names.
          chain.run((ctx) =>
            chain.keepers.nodes.slash(ctx, chain.addr("exec1"), -extra * 1n, "fraud", false),
          );
        }
        const start = node(chain, "exec1");
        assert.equal(start.stake, c.stake);
        const treasury = chain.moduleAddress("treasury");
        const tBefore = chain.balance(treasury);
        const supply = chain.supply();
        const { result, events } = chain.run((ctx) =>
          chain.keepers.nodes.slash(ctx, chain.addr("exec1"), c.fraction, "fraud", false),
        );
        assert.equal(result, c.taken);
        assert.equal(chain.balance(treasury) - tBefore, c.taken);
        assert.equal(BigInt(node(chain, "exec1").stake), BigInt(c.stake) - c.taken);
        assert.equal(BigInt(node(chain, "exec1").slashedTotal) - BigInt(start.slashedTotal), c.taken);
        assert.equal(chain.supply(), supply, "slashing moves stake, never burns it");
        assert.deepEqual(eventsOf(events, "slash_node"), [
          { operator: chain.addr("exec1"), amount: String(c.taken), reason: "fraud", jailed: "false" },
        ]);
        assert.equal(node(chain, "exec1").status, NodeStatus.NODE_STATUS_ACTIVE);
      });
    }

    it("jails for jail_blocks; a second fault never shortens the jail", () => {
      const chain = chainWithParams();
      const op = chain.addr("exec1");
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, op, 10_000n, "missed_reveal", true));
      const until = node(chain, "exec1").jailedUntilHeight;
      assert.equal(node(chain, "exec1").status, NodeStatus.NODE_STATUS_JAILED);
      assert.equal(chain.keepers.nodes.isActive(chain.source(), op, Role.ROLE_EXECUTOR), false);
      chain.advanceTo(chain.height + 3);
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, op, 10_000n, "fraud", true));
      assert.equal(node(chain, "exec1").jailedUntilHeight, chain.height + 1 + 5);
      assert.ok(node(chain, "exec1").jailedUntilHeight > until);
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, op, 0n, "fraud", false));
      assert.equal(node(chain, "exec1").status, NodeStatus.NODE_STATUS_JAILED);
    });

    it("throws for a fraction outside [0, SCALE] or an unknown operator, changing nothing", () => {
      const chain = chainWithParams();
      const hash = chain.appHash();
      assert.throws(
        () =>
          chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("exec1"), SCALE + 1n, "fraud", false)),
        /outside/,
      );
      assert.throws(
        () => chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("exec1"), -1n, "fraud", false)),
        /outside/,
      );
      assert.throws(
        () => chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("newbie"), 1n, "fraud", false)),
        /no node/,
      );
      assert.equal(chain.appHash(), hash);
    });
  });

  describe("recordScore (keeper)", () => {
    const table: { rep: bigint; score: bigint; alpha: bigint; next: bigint }[] = [
      { rep: 500_000n, score: 1_000_000n, alpha: 100_000n, next: 550_000n },
      { rep: 500_000n, score: 0n, alpha: 100_000n, next: 450_000n },
      // Truncation moves toward the old value in both directions.
      { rep: 500_001n, score: 0n, alpha: 100_000n, next: 450_001n },
      { rep: 500_009n, score: 1_000_000n, alpha: 100_000n, next: 550_008n },
      { rep: 3n, score: 0n, alpha: 100_000n, next: 3n },
      { rep: 999_999n, score: 1_000_000n, alpha: 1n, next: 999_999n },
      { rep: 500_000n, score: 500_000n, alpha: 100_000n, next: 500_000n },
      { rep: 200_000n, score: 900_000n, alpha: SCALE, next: 900_000n },
      { rep: 200_000n, score: 900_000n, alpha: 0n, next: 200_000n },
      // Clamped to [0, SCALE].
      { rep: 900_000n, score: 2_000_000n, alpha: SCALE, next: SCALE },
      { rep: 100_000n, score: -5n, alpha: SCALE, next: 0n },
    ];
    for (const t of table) {
      it(`rep ${t.rep}, score ${t.score}, alpha ${t.alpha} -> ${t.next}`, () => {
        assert.equal(nextReputation(t.rep, t.score, t.alpha), t.next);
      });
    }

    it("updates the stored reputation with the params' alpha and counts tasks and faults", () => {
      const chain = chainWithParams();
      const op = chain.addr("exec1");
      chain.run((ctx) => chain.keepers.nodes.recordScore(ctx, op, 1_000_000n, false));
      assert.equal(node(chain, "exec1").reputation, 550_000);
      chain.run((ctx) => chain.keepers.nodes.recordScore(ctx, op, 0n, true));
      const n = node(chain, "exec1");
      assert.equal(n.reputation, 495_000);
      assert.equal(n.tasksSettled, 2);
      assert.equal(n.tasksFaulted, 1);
      assert.throws(
        () => chain.run((ctx) => chain.keepers.nodes.recordScore(ctx, chain.addr("newbie"), 1n, false)),
        /no node/,
      );
    });
  });

  describe("keeper reads and queries", () => {
    it("activeNodes lists ACTIVE holders of a role in operator order", () => {
      const chain = chainWithParams();
      const guards = chain.keepers.nodes.activeNodes(chain.source(), Role.ROLE_GUARD).map((n) => n.operator);
      assert.deepEqual(guards, ["guard1", "guard2", "guard3"].map((l) => chain.addr(l)).sort());
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("guard2"), 0n, "fraud", true));
      assert.equal(chain.keepers.nodes.activeNodes(chain.source(), Role.ROLE_GUARD).length, 2);
      assert.equal(
        chain.keepers.nodes.isActive(chain.source(), chain.addr("router"), Role.ROLE_GUARD),
        false,
      );
      assert.equal(chain.keepers.nodes.serves(chain.source(), chain.addr("router"), TINY_MODEL.id), false);
      assert.equal(chain.keepers.nodes.serves(chain.source(), chain.addr("newbie"), TINY_MODEL.id), false);
    });

    it("Node: NotFound, InvalidArgument; Nodes: role, model and status filters with paging; Params", () => {
      const chain = chainWithParams();
      const one = chain.queryOk(
        `${Q}Node`,
        v1.QueryNodeRequest.encode({ operator: chain.addr("exec1") }).finish(),
        (b) => v1.QueryNodeResponse.decode(b),
      );
      assert.equal(one.node?.operator, chain.addr("exec1"));
      assert.equal(
        chain.query(`${Q}Node`, v1.QueryNodeRequest.encode({ operator: chain.addr("newbie") }).finish()).code,
        22,
      );
      assert.equal(
        chain.query(`${Q}Node`, v1.QueryNodeRequest.encode({ operator: "bad" }).finish()).code,
        18,
      );
      const list = (req: strata.nodes.v1.IQueryNodesRequest) =>
        chain.queryOk(`${Q}Nodes`, v1.QueryNodesRequest.encode(req).finish(), (b) =>
          v1.QueryNodesResponse.decode(b),
        );
      assert.equal(list({}).nodes.length, 7);
      assert.deepEqual(
        list({ role: Role.ROLE_EXECUTOR }).nodes.map((n) => n.operator),
        ["exec1", "exec2", "exec3"].map((l) => chain.addr(l)).sort(),
      );
      assert.equal(list({ model: TINY_MODEL.id }).nodes.length, 3);
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("exec3"), 0n, "fraud", true));
      assert.deepEqual(
        list({ status: NodeStatus.NODE_STATUS_JAILED }).nodes.map((n) => n.operator),
        [chain.addr("exec3")],
      );
      const page = list({ pagination: { limit: 4, countTotal: true } });
      assert.equal(page.nodes.length, 4);
      assert.equal(Number(page.pagination?.total), 7);
      const rest = list({ pagination: { key: page.pagination!.nextKey } });
      assert.equal(rest.nodes.length, 3);
      const all = list({}).nodes.map((n) => n.operator);
      assert.deepEqual(all, [...all].sort());
      const params = chain.queryOk(`${Q}Params`, new Uint8Array(), (b) => v1.QueryParamsResponse.decode(b))
        .params!;
      assert.equal(params.minStake, "1000000");
      assert.equal(Number(params.unbondingBlocks), 3);
      assert.equal(Number(params.jailBlocks), 5);
      assert.equal(Number(params.reputationAlpha), 100_000);
    });
  });
});
