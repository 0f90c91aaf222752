import assert from "node:assert/strict";
import { parseFaultSpec, withFaults } from "../../../router-node/backends/index.js";
import { isRouterError, RouterErrorCode } from "../../../router-node/index.js";
import type { GenerationRequest } from "../../../router-node/inference/index.js";
import { scriptedBackend } from "../helpers/scriptedBackend.js";

const REQ: GenerationRequest = {
  model: "m",
  input: { kind: "completion", prompt: "x" },
  params: { maxTokens: 4, fitToContext: false, temperature: 0, topP: null, seed: null, stop: [] },
};

async function collect(backend = withFaults(scriptedBackend("m", { chunks: ["ab", "Cd", "e"] }), {})) {
  let text = "";
  const result = await backend.generate(REQ, {
    signal: new AbortController().signal,
    onText: (t) => {
      text += t;
    },
  });
  return { text, result };
}

describe("parseFaultSpec", () => {
  const ok: [string, object][] = [
    ["", {}],
    ["alter-output", { alterOutput: true }],
    ["delay:20, crash-after:3", { delayMs: 20, crashAfter: 3 }],
    ["fail-after:0", { failAfter: 0 }],
  ];
  for (const [text, want] of ok) it(`parses "${text}"`, () => assert.deepEqual(parseFaultSpec(text), want));

  for (const bad of ["explode", "delay", "delay:-1", "crash-after:x", "fail-after:1.5"]) {
    it(`rejects "${bad}" with InvalidConfig`, () =>
      assert.throws(
        () => parseFaultSpec(bad),
        (e) => isRouterError(e, RouterErrorCode.InvalidConfig),
      ));
  }
});

describe("withFaults", () => {
  const base = () => scriptedBackend("m", { chunks: ["ab", "Cd", "e"] });

  it("without faults passes text and result through, keeping models and digests", async () => {
    const inner = base();
    const wrapped = withFaults(inner, {});
    assert.deepEqual(wrapped.models, inner.models);
    const { text, result } = await collect(wrapped);
    assert.equal(text, "abCde");
    assert.equal(result.usage.completionTokens, 3);
  });

  it("alter-output swaps letter case, same length", async () => {
    const { text } = await collect(withFaults(base(), { alterOutput: true }));
    assert.equal(text, "ABcDE");
  });

  it("delay paces every chunk but keeps the text", async () => {
    const { text } = await collect(withFaults(base(), { delayMs: 2 }));
    assert.equal(text, "abCde");
  });

  it("fail-after:N fails with ExecutorFailed after N chunks", async () => {
    let text = "";
    await assert.rejects(
      withFaults(base(), { failAfter: 2 }).generate(REQ, {
        signal: new AbortController().signal,
        onText: (t) => {
          text += t;
        },
      }),
      (e) => isRouterError(e, RouterErrorCode.ExecutorFailed) && /after 2 tokens/.test(e.message),
    );
    assert.equal(text, "abCd");
  });

  it("crash-after:N calls the crash hook after N chunks and never completes on its own", async () => {
    let crashed = 0;
    const ac = new AbortController();
    let text = "";
    const run = withFaults(base(), { crashAfter: 1 }, { crash: () => crashed++ }).generate(REQ, {
      signal: ac.signal,
      onText: (t) => {
        text += t;
      },
    });
    await new Promise((r) => setTimeout(r, 80));
    assert.equal(crashed, 1);
    assert.equal(text, "ab");
    ac.abort(new Error("stop"));
    await assert.rejects(run, /stop/);
  });

  it("crash-after without a crash hook is a failed generation", async () => {
    await assert.rejects(collect(withFaults(base(), { crashAfter: 0 })), (e) =>
      isRouterError(e, RouterErrorCode.ExecutorFailed),
    );
  });
});
