import assert from "node:assert/strict";
import {
  DEFAULT_SELECTION_POLICY,
  type ExecutorCandidate,
  type Selection,
  selectExecutors,
} from "../../../router-node/index.js";

function c(id: string, over: Partial<ExecutorCandidate> = {}): ExecutorCandidate {
  return { id, price: 0, capacity: 4, load: 0, reputation: 1, healthy: true, ...over };
}

describe("selectExecutors (dispatch policy)", () => {
  const cases: {
    name: string;
    candidates: ExecutorCandidate[];
    k: number;
    want: Partial<Selection>;
  }[] = [
    {
      name: "ties keep configuration order",
      candidates: [c("a"), c("b"), c("c")],
      k: 1,
      want: { chosen: ["a"], spares: ["b", "c"] },
    },
    {
      name: "k larger than the pool takes all",
      candidates: [c("a"), c("b")],
      k: 3,
      want: { chosen: ["a", "b"], spares: [] },
    },
    { name: "k = 0 chooses nothing", candidates: [c("a")], k: 0, want: { chosen: [], spares: ["a"] } },
    {
      name: "cheaper wins when all else is equal",
      candidates: [c("dear", { price: 10 }), c("cheap", { price: 2 })],
      k: 1,
      want: { chosen: ["cheap"], spares: ["dear"] },
    },
    {
      name: "higher reputation wins when all else is equal",
      candidates: [c("low", { reputation: 0.2 }), c("high", { reputation: 0.9 })],
      k: 1,
      want: { chosen: ["high"] },
    },
    {
      name: "more headroom wins when all else is equal",
      candidates: [c("busy", { load: 3 }), c("idle", { load: 1 })],
      k: 1,
      want: { chosen: ["idle"], spares: ["busy"] },
    },
    {
      name: "headroom is relative to declared capacity",
      candidates: [c("small", { capacity: 2, load: 1 }), c("big", { capacity: 16, load: 4 })],
      k: 1,
      want: { chosen: ["big"] },
    },
    {
      name: "saturated ranks after unsaturated, even when cheaper and better",
      candidates: [
        c("full", { load: 4, price: 0, reputation: 1 }),
        c("free", { load: 0, price: 100, reputation: 0.1 }),
      ],
      k: 2,
      want: { chosen: ["free", "full"] },
    },
    {
      name: "unhealthy ranks last but is not excluded (a lone executor is never locked out)",
      candidates: [c("down", { healthy: false }), c("full", { load: 9 })],
      k: 1,
      want: { chosen: ["full"], spares: ["down"], excluded: [] },
    },
    {
      name: "only an unhealthy executor is still chosen",
      candidates: [c("down", { healthy: false })],
      k: 1,
      want: { chosen: ["down"] },
    },
    {
      name: "zero capacity is excluded",
      candidates: [c("none", { capacity: 0 }), c("ok")],
      k: 2,
      want: { chosen: ["ok"], excluded: [{ id: "none", reason: "no-capacity" }] },
    },
    {
      name: "price term is 0 when everything is free",
      candidates: [c("a", { reputation: 0.5 }), c("b", { reputation: 0.6 })],
      k: 1,
      want: { chosen: ["b"] },
    },
    {
      name: "score trades price against reputation (equal weights)",
      // a: 1 + 1 - 1 = 1;  b: 0.5 + 1 - 0.1 = 1.4
      candidates: [c("a", { price: 10, reputation: 1 }), c("b", { price: 1, reputation: 0.5 })],
      k: 1,
      want: { chosen: ["b"] },
    },
  ];
  for (const t of cases) {
    it(t.name, () => {
      const got = selectExecutors(t.candidates, t.k);
      for (const [key, value] of Object.entries(t.want))
        assert.deepEqual(got[key as keyof Selection], value, key);
    });
  }

  it("applies the reputation floor of the policy", () => {
    const got = selectExecutors([c("shady", { reputation: 0.1 }), c("ok", { reputation: 0.8 })], 2, {
      ...DEFAULT_SELECTION_POLICY,
      minReputation: 0.5,
    });
    assert.deepEqual(got.chosen, ["ok"]);
    assert.deepEqual(got.excluded, [{ id: "shady", reason: "low-reputation" }]);
  });

  it("weights change the ranking (price only)", () => {
    const candidates = [c("rep", { price: 5, reputation: 1 }), c("cheap", { price: 1, reputation: 0 })];
    const priceOnly = { reputation: 0, headroom: 0, price: 1, minReputation: 0 };
    const repOnly = { reputation: 1, headroom: 0, price: 0, minReputation: 0 };
    assert.deepEqual(selectExecutors(candidates, 1, priceOnly).chosen, ["cheap"]);
    assert.deepEqual(selectExecutors(candidates, 1, repOnly).chosen, ["rep"]);
  });

  it("is pure: same input, same output, input untouched", () => {
    const candidates = [c("a", { load: 2 }), c("b", { price: 3 }), c("c", { healthy: false })];
    const copy = structuredClone(candidates);
    assert.deepEqual(selectExecutors(candidates, 2), selectExecutors(candidates, 2));
    assert.deepEqual(candidates, copy);
  });
});
