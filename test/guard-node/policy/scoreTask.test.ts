import assert from "node:assert/strict";
import { Method } from "../../../client/index.js";
import {
  type CompareMode,
  MAX_NOTE_BYTES,
  type PlanInput,
  planTask,
  SCALE,
  SPLIT_SCORE,
  scoreTask,
  type TaskView,
} from "../../../guard-node/policy/index.js";

const DIGEST = "d".repeat(64);
const OTHER = "e".repeat(64);
const exact: CompareMode = { kind: "exact" };
const similar: CompareMode = { kind: "similarity", threshold: 0.8 };

/** A task with receipts for `executors` (all with the right digest unless `wrong` lists them). */
function task(outputs: Record<string, string | null>, opts: { wrong?: string[] } = {}): TaskView {
  const executors = Object.keys(outputs);
  return {
    id: "f".repeat(64),
    receipts: executors.map((executor) => ({
      executor,
      modelSha256: opts.wrong?.includes(executor) ? OTHER : DIGEST,
    })),
    reveals: executors.filter((e) => outputs[e] !== null).map((e) => ({ executor: e, output: outputs[e]! })),
    missedReveals: executors.filter((e) => outputs[e] === null),
  };
}

const plan = (t: TaskView, over: Partial<PlanInput> = {}): PlanInput => ({
  task: t,
  modelSha256: DIGEST,
  mode: exact,
  sampled: false,
  canReexecute: true,
  ...over,
});

describe("guard policy: planTask (when to re-execute)", () => {
  it("re-executes sampled tasks and disagreements, only when it can and has outputs to judge", () => {
    const table: [string, PlanInput, string | null][] = [
      ["k=1 not sampled", plan(task({ a: "x" })), null],
      ["k=1 sampled", plan(task({ a: "x" }), { sampled: true }), "sampled"],
      ["k=2 unanimous", plan(task({ a: "x", b: "x" })), null],
      ["k=2 split", plan(task({ a: "x", b: "y" })), "disagreement"],
      ["k=3 majority with dissent", plan(task({ a: "x", b: "x", c: "y" })), "disagreement"],
      ["sampled and split: sampled", plan(task({ a: "x", b: "y" }), { sampled: true }), "sampled"],
      ["cannot re-execute", plan(task({ a: "x", b: "y" }), { sampled: true, canReexecute: false }), null],
      ["nothing revealed", plan(task({ a: null }), { sampled: true }), null],
      ["only a wrong-digest output", plan(task({ a: "x" }, { wrong: ["a"] }), { sampled: true }), null],
    ];
    for (const [name, input, expected] of table) assert.equal(planTask(input).reexecute, expected, name);
  });
});

describe("guard policy: scoreTask (RULES.md, scores, Guard scoring policy)", () => {
  const table: {
    name: string;
    input: Parameters<typeof scoreTask>[0];
    method: number;
    scores: number[];
    note: RegExp;
  }[] = [
    {
      name: "k=1, not re-executed: digest check only",
      input: { ...plan(task({ a: "x" })), reexecution: null },
      method: Method.METHOD_DIGEST_CHECK,
      scores: [SCALE],
      note: /^digest check only: 1 output, not re-executed$/,
    },
    {
      name: "k=1 re-executed, same output",
      input: { ...plan(task({ a: "x" })), reexecution: { output: "x", reason: "sampled" } },
      method: Method.METHOD_REEXECUTION,
      scores: [SCALE],
      note: /^re-executed \(sampled\), exact: 1\/1 outputs match$/,
    },
    {
      name: "k=1 re-executed, altered output",
      input: { ...plan(task({ a: "X" })), reexecution: { output: "x", reason: "sampled" } },
      method: Method.METHOD_REEXECUTION,
      scores: [0],
      note: /0\/1 outputs match/,
    },
    {
      name: "k=2 identical outputs",
      input: { ...plan(task({ a: "x", b: "x" })), reexecution: null },
      method: Method.METHOD_EXACT_MATCH,
      scores: [SCALE, SCALE],
      note: /^exact: 2\/2 outputs agree$/,
    },
    {
      name: "k=2 split, not re-executed: both the middle score",
      input: { ...plan(task({ a: "x", b: "y" })), reexecution: null },
      method: Method.METHOD_EXACT_MATCH,
      scores: [SPLIT_SCORE, SPLIT_SCORE],
      note: /split, no majority among 2 outputs, not re-executed/,
    },
    {
      name: "k=2 split re-executed: the honest one SCALE, the altered one 0",
      input: { ...plan(task({ a: "x", b: "X" })), reexecution: { output: "x", reason: "disagreement" } },
      method: Method.METHOD_REEXECUTION,
      scores: [SCALE, 0],
      note: /re-executed \(disagreement\), exact: 1\/2 outputs match/,
    },
    {
      name: "k=3 majority without re-execution",
      input: { ...plan(task({ a: "x", b: "y", c: "x" })), reexecution: null },
      method: Method.METHOD_EXACT_MATCH,
      scores: [SCALE, 0, SCALE],
      note: /2\/3 outputs agree/,
    },
    {
      name: "re-execution overrules a colluding majority",
      input: { ...plan(task({ a: "y", b: "y", c: "x" })), reexecution: { output: "x", reason: "sampled" } },
      method: Method.METHOD_REEXECUTION,
      scores: [0, 0, SCALE],
      note: /1\/3 outputs match/,
    },
    {
      name: "similarity mode",
      input: {
        ...plan(task({ a: "the answer is 42", b: "the answer is 42." }), { mode: similar }),
        reexecution: null,
      },
      method: Method.METHOD_SIMILARITY,
      scores: [SCALE, SCALE],
      note: /^similarity ≥ 0.8: 2\/2 outputs agree$/,
    },
    {
      name: "similarity re-execution of a sampled request",
      input: {
        ...plan(task({ a: "the answer is 42", b: "THE ANSWER IS 42" }), { mode: similar }),
        reexecution: { output: "the answer is 42!", reason: "disagreement" },
      },
      method: Method.METHOD_REEXECUTION,
      scores: [SCALE, 0],
      note: /similarity ≥ 0.8: 1\/2 outputs match/,
    },
    {
      name: "a wrong model digest scores 0 and makes the method DIGEST_CHECK",
      input: { ...plan(task({ a: "x", b: "x" }, { wrong: ["b"] })), reexecution: null },
      method: Method.METHOD_DIGEST_CHECK,
      scores: [SCALE, 0],
      note: /^1 receipt with a wrong model digest; digest check only: 1 output/,
    },
    {
      name: "a missed reveal scores 0",
      input: { ...plan(task({ a: "x", b: null })), reexecution: null },
      method: Method.METHOD_DIGEST_CHECK,
      scores: [SCALE, 0],
      note: /; 1 missed reveal$/,
    },
    {
      name: "nothing revealed",
      input: { ...plan(task({ a: null, b: null })), reexecution: null },
      method: Method.METHOD_DIGEST_CHECK,
      scores: [0, 0],
      note: /0 outputs.*2 missed reveals/,
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const d = scoreTask(row.input);
      assert.equal(d.method, row.method);
      assert.deepEqual(
        d.scores,
        row.input.task.receipts.map((r, i) => ({ executor: r.executor, score: row.scores[i] })),
      );
      assert.match(d.note, row.note);
      assert.equal(d.taskId, row.input.task.id);
    });
  }

  it("a split is not fraud under the default threshold (500,000): nobody is slashed without proof", () => {
    assert.equal(SPLIT_SCORE, 500_000);
    assert.ok(!(SPLIT_SCORE < 500_000));
  });

  it("notes fit the chain's 256-byte limit", () => {
    const many: Record<string, string | null> = {};
    for (let i = 0; i < 40; i++) many[`executor-${i}`] = i % 2 ? null : `out ${i % 3}`;
    const d = scoreTask({
      ...plan(task(many, { wrong: ["executor-0", "executor-2"] }), { mode: similar }),
      reexecution: null,
    });
    assert.ok(Buffer.byteLength(d.note, "utf8") <= MAX_NOTE_BYTES);
  });
});
