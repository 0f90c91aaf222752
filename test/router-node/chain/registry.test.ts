import assert from "node:assert/strict";
import { ed25519Generate } from "../../../chain/core/crypto/index.js";
import type { ModelVersion, Node } from "../../../client/index.js";
import { candidatesFromNodes } from "../../../router-node/chain/executorRegistry.js";
import {
  peerSignBytes,
  signPeerRequest,
  verifyPeerRequest,
} from "../../../router-node/chain/peerProtocol.js";
import {
  planRegistration,
  resolveModel,
  type WantedRegistration,
} from "../../../router-node/chain/registration.js";
import { selectExecutors } from "../../../router-node/dispatch/index.js";
import { isRouterError, RouterErrorCode } from "../../../router-node/errors.js";

const ME = "strata1me";
const KEY = ed25519Generate().key;

function node(operator: string, over: Partial<Node> = {}): Node {
  return {
    operator,
    roles: [1, 2],
    pubkey: KEY.pubKey,
    endpoint: `http://${operator}.example`,
    models: ["tiny@1"],
    capacity: 2,
    pricePer_1k: "5",
    hardware: { cpu: "cpu", cores: 2, memoryBytes: 1024, gpu: "" },
    stake: "1000000",
    status: 1,
    reputation: 500_000,
    jailedUntilHeight: 0,
    unbondingHeight: 0,
    ...over,
  } as Node;
}

describe("router on L2: executors from the registry", () => {
  describe("candidatesFromNodes (table)", () => {
    const nodes = [
      node(ME, { endpoint: "" }),
      node("strata1peer", { reputation: 900_000, stake: "3000000", pricePer_1k: "7" }),
      node("strata1jailed", { status: 2 }),
      node("strata1unbonding", { status: 3 }),
      node("strata1unbonded", { status: 4 }),
      node("strata1router-only", { roles: [1] }),
      node("strata1guard", { roles: [3] }),
      node("strata1other-model", { models: ["big@1"] }),
      node("strata1no-endpoint", { endpoint: "" }),
    ];
    it("keeps ACTIVE executors of the model (itself even without an endpoint), in registry order", () => {
      const got = candidatesFromNodes(nodes, "tiny@1", ME);
      assert.deepEqual(
        got.map((c) => [c.operator, c.self]),
        [
          [ME, true],
          ["strata1peer", false],
        ],
      );
      assert.deepEqual(
        {
          price: got[1]!.price,
          capacity: got[1]!.capacity,
          reputation: got[1]!.reputation,
          stake: got[1]!.stake,
        },
        { price: 7, capacity: 2, reputation: 0.9, stake: 3_000_000 },
      );
    });
    it("lists nothing for a model nobody serves", () => {
      assert.deepEqual(candidatesFromNodes(nodes, "none@1", ME), []);
    });
  });

  describe("selectExecutors fed with on-chain terms (table)", () => {
    const base = { capacity: 2, load: 0, healthy: true };
    const cases: [string, Parameters<typeof selectExecutors>[0], number, string[]][] = [
      [
        "higher reputation first",
        [
          { id: "a", price: 5, reputation: 0.5, stake: 1e6, ...base },
          { id: "b", price: 5, reputation: 0.9, stake: 1e6, ...base },
        ],
        1,
        ["b"],
      ],
      [
        "equal otherwise: more stake first",
        [
          { id: "a", price: 5, reputation: 0.5, stake: 1e6, ...base },
          { id: "b", price: 5, reputation: 0.5, stake: 3e6, ...base },
        ],
        1,
        ["b"],
      ],
      [
        "price outweighs half the stake term",
        [
          { id: "a", price: 1, reputation: 0.5, stake: 1e6, ...base },
          { id: "b", price: 10, reputation: 0.5, stake: 2e6, ...base },
        ],
        1,
        ["a"],
      ],
      [
        "k = 2 takes both, the better first",
        [
          { id: "a", price: 5, reputation: 0.5, stake: 1e6, ...base },
          { id: "b", price: 5, reputation: 0.6, stake: 1e6, ...base },
        ],
        2,
        ["b", "a"],
      ],
      [
        "no capacity is never chosen",
        [
          { id: "a", price: 5, reputation: 0.9, stake: 1e6, ...base, capacity: 0 },
          { id: "b", price: 5, reputation: 0.1, stake: 1e6, ...base },
        ],
        2,
        ["b"],
      ],
    ];
    for (const [name, candidates, k, want] of cases) {
      it(name, () => assert.deepEqual(selectExecutors(candidates, k).chosen, want));
    }
  });
});

describe("router on L2: registration decisions", () => {
  const model = (id: string, digest: string, status: number, publishedHeight: number) =>
    ({ id, weightsSha256: digest, status, publishedHeight }) as ModelVersion;
  const D = "aa".repeat(32);
  const E = "bb".repeat(32);
  const models = [
    model("tiny@1", D, 1, 5),
    model("tiny@2", D, 2, 3),
    model("tiny@3", D, 3, 9),
    model("big@1", E, 2, 1),
  ];

  describe("resolveModel (table)", () => {
    const cases: [string, string, string | undefined, string | RouterErrorCode][] = [
      ["by digest: VERIFIED before PENDING, DEPRECATED never", D, undefined, "tiny@2"],
      ["by name with the right digest", D, "tiny@1", "tiny@1"],
      ["by name with another digest: refused", E, "tiny@1", RouterErrorCode.ModelDigestMismatch],
      ["an unknown name", D, "nope@1", RouterErrorCode.ModelNotFound],
      ["a digest nobody published", "cc".repeat(32), undefined, RouterErrorCode.ModelNotFound],
    ];
    for (const [name, digest, wanted, want] of cases) {
      it(name, () => {
        if (typeof want === "string") assert.equal(resolveModel(models, digest, wanted).id, want);
        else
          assert.throws(
            () => resolveModel(models, digest, wanted),
            (err: unknown) => isRouterError(err, want),
          );
      });
    }
    it("the mismatch names both digests", () => {
      assert.throws(
        () => resolveModel(models, E, "tiny@1"),
        new RegExp(`sha256 is ${E} but L2 registered weights_sha256 ${D}`),
      );
    });
  });

  describe("planRegistration (table)", () => {
    const wanted: WantedRegistration = {
      operator: ME,
      pubkey: KEY.pubKey,
      endpoint: "http://127.0.0.1:9000",
      models: ["tiny@1"],
      capacity: 2,
      price: "5",
      hardware: { cpu: "cpu", cores: 2, memoryBytes: 1024, gpu: "" },
      stake: "1000000",
    };
    const same = node(ME, { endpoint: wanted.endpoint });
    const cases: [string, Node | null, unknown][] = [
      ["no node: register", null, { kind: "register" }],
      ["unbonded: register again", node(ME, { status: 4 }), { kind: "register" }],
      ["the same record: nothing", same, { kind: "none" }],
      [
        "a new endpoint (a restart on another port)",
        node(ME),
        { kind: "update", changes: { endpoint: wanted.endpoint } },
      ],
      [
        "a missing role and model are added, others kept",
        node(ME, { endpoint: wanted.endpoint, roles: [1], models: ["big@1"] }),
        {
          kind: "update",
          changes: { setModels: true, models: ["big@1", "tiny@1"], setRoles: true, roles: [1, 2] },
        },
      ],
      [
        "capacity, price and hardware follow the flags",
        node(ME, {
          endpoint: wanted.endpoint,
          capacity: 1,
          pricePer_1k: "0",
          hardware: { cpu: "old", cores: 1, memoryBytes: 1, gpu: "" },
        }),
        { kind: "update", changes: { capacity: 2, pricePer_1k: "5", hardware: wanted.hardware } },
      ],
    ];
    for (const [name, existing, want] of cases) {
      it(name, () => assert.deepEqual(planRegistration(existing, wanted), want));
    }
    const refused: [string, Node, RegExp][] = [
      ["jailed", node(ME, { status: 2, jailedUntilHeight: 77 }), /jailed until height 77/],
      ["unbonding", node(ME, { status: 3, unbondingHeight: 88 }), /unbonding until height 88/],
      [
        "another node key",
        node(ME, { pubkey: ed25519Generate().key.pubKey }),
        /registered with another node key/,
      ],
    ];
    for (const [name, existing, msg] of refused) {
      it(`refused: ${name}`, () =>
        assert.throws(
          () => planRegistration(existing, wanted),
          (err: unknown) => isRouterError(err, RouterErrorCode.RegistrationFailed) && msg.test(err.message),
        ));
    }
  });
});

describe("router on L2: peer request signatures", () => {
  const body = JSON.stringify({ task_id: "ab".repeat(32), session_id: 1, model: "tiny@1", request: "{}" });
  it("verifies under the signer's key and chain only", () => {
    const sig = signPeerRequest("chain-a", body, KEY);
    assert.ok(verifyPeerRequest("chain-a", body, sig, KEY.pubKey));
    assert.ok(!verifyPeerRequest("chain-b", body, sig, KEY.pubKey), "another chain");
    assert.ok(!verifyPeerRequest("chain-a", `${body} `, sig, KEY.pubKey), "another body");
    assert.ok(!verifyPeerRequest("chain-a", body, sig, ed25519Generate().key.pubKey), "another key");
    assert.ok(!verifyPeerRequest("chain-a", body, "bm90IGEgc2lnbmF0dXJl", KEY.pubKey), "not a signature");
  });
  it("signs the domain, the chain id, a zero byte and the body's sha256", () => {
    const bytes = peerSignBytes("c", "x");
    assert.equal(
      Buffer.from(bytes).toString("hex"),
      `${Buffer.from("strata-peer-execute/v1c").toString("hex")}00${"2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"}`,
    );
  });
});
