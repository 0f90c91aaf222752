import assert from "node:assert/strict";
import { type Agreement, compareOutputs } from "../../../router-node/index.js";

describe("compareOutputs (agreement of redundant outputs)", () => {
  const o = (id: string, text: string) => ({ id, text });
  const cases: {
    name: string;
    outputs: { id: string; text: string }[];
    served: string | null;
    want: Agreement;
  }[] = [
    {
      name: "one output",
      outputs: [o("a", "x")],
      served: "a",
      want: { level: "single", agreeing: ["a"], disagreeing: [], servedAgrees: true },
    },
    {
      name: "all equal",
      outputs: [o("a", "x"), o("b", "x"), o("c", "x")],
      served: "b",
      want: { level: "unanimous", agreeing: ["a", "b", "c"], disagreeing: [], servedAgrees: true },
    },
    {
      name: "one altered out of three",
      outputs: [o("a", "abc"), o("b", "ABC"), o("c", "abc")],
      served: "a",
      want: { level: "majority", agreeing: ["a", "c"], disagreeing: ["b"], servedAgrees: true },
    },
    {
      name: "the served one is the odd one out",
      outputs: [o("a", "ABC"), o("b", "abc"), o("c", "abc")],
      served: "a",
      want: { level: "majority", agreeing: ["b", "c"], disagreeing: ["a"], servedAgrees: false },
    },
    {
      name: "two-way tie goes to the served output",
      outputs: [o("a", "x"), o("b", "y")],
      served: "b",
      want: { level: "split", agreeing: ["b"], disagreeing: ["a"], servedAgrees: true },
    },
    {
      name: "all different, nothing served: first group is the reference",
      outputs: [o("a", "x"), o("b", "y"), o("c", "z")],
      served: null,
      want: { level: "split", agreeing: ["a"], disagreeing: ["b", "c"], servedAgrees: false },
    },
    {
      name: "no output at all",
      outputs: [],
      served: null,
      want: { level: "single", agreeing: [], disagreeing: [], servedAgrees: false },
    },
    {
      name: "texts compare exactly (whitespace counts)",
      outputs: [o("a", "x "), o("b", "x")],
      served: "a",
      want: { level: "split", agreeing: ["a"], disagreeing: ["b"], servedAgrees: true },
    },
  ];
  for (const t of cases) {
    it(t.name, () => assert.deepEqual(compareOutputs(t.outputs, t.served), t.want));
  }
});
