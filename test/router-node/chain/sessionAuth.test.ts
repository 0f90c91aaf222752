import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { nullLogger } from "../../../chain/core/log/index.js";
import type { ModelVersion, Session } from "../../../client/index.js";
import type { L2Port } from "../../../router-node/chain/l2Link.js";
import {
  chargeOf,
  checkSession,
  createSessionAuth,
  estimateCharge,
  maskKey,
  type SessionCheck,
} from "../../../router-node/chain/sessionAuth.js";
import { isRouterError, RouterErrorCode } from "../../../router-node/errors.js";

const ME = "strata1me";
const MODEL = { priceInputPer_1k: "100", priceOutputPer_1k: "200" };

function session(over: Partial<Session> = {}): Session {
  return {
    id: 7,
    owner: "strata1owner",
    model: "tiny@1",
    redundancy: 2,
    maxPricePer_1k: "200",
    apiKeySha256: "",
    routers: [],
    l3ChainId: "",
    balance: "1000",
    reserved: "0",
    spent: "0",
    deposited: "1000",
    openedHeight: 1,
    expiresHeight: 100,
    status: 1,
    openTasks: 0,
    settledTasks: 0,
    closedHeight: 0,
    ...over,
  } as Session;
}

function check(over: Partial<SessionCheck> = {}): SessionCheck {
  return {
    session: session(),
    operator: ME,
    height: 50,
    requestedModel: "tiny@1",
    aliases: ["tiny"],
    estimate: 100n,
    held: 0n,
    ...over,
  };
}

describe("router sessions: checkSession (table)", () => {
  const cases: [string, Partial<SessionCheck>, RouterErrorCode | null, RegExp?][] = [
    ["an open session of the model with deposit", {}, null],
    ["the model by a local alias", { requestedModel: "tiny" }, null],
    ["a closed session", { session: session({ status: 2 }) }, RouterErrorCode.InvalidApiKey, /not open/],
    [
      "an expired session (next block at expiry)",
      { height: 99 },
      RouterErrorCode.InvalidApiKey,
      /expired at height 100/,
    ],
    ["the block before the last usable one", { height: 98 }, null],
    [
      "a routers list without this router",
      { session: session({ routers: ["strata1other"] }) },
      RouterErrorCode.PermissionDenied,
      /does not allow this router/,
    ],
    ["a routers list with this router", { session: session({ routers: ["strata1other", ME] }) }, null],
    [
      "another model",
      { requestedModel: "big@2" },
      RouterErrorCode.ModelNotFound,
      /session 7 is for 'tiny@1'/,
    ],
    ["a deposit exactly covering the estimate", { estimate: 1000n }, null],
    [
      "reserved on chain counts",
      { session: session({ reserved: "901" }) },
      RouterErrorCode.InsufficientQuota,
      /has 99 ustra free/,
    ],
    ["what this router holds counts", { held: 950n }, RouterErrorCode.InsufficientQuota, /has 50 ustra free/],
    [
      "held beyond the balance shows 0 free",
      { held: 5000n },
      RouterErrorCode.InsufficientQuota,
      /has 0 ustra free/,
    ],
  ];
  for (const [name, over, code, msg] of cases) {
    it(name, () => {
      const err = checkSession(check(over));
      if (code === null) assert.equal(err, null);
      else {
        assert.ok(err, "refused");
        assert.equal(err.code, code);
        if (msg) assert.match(err.message, msg);
      }
    });
  }
});

describe("router sessions: charges", () => {
  const cases: [number, number, number, bigint][] = [
    // k, prompt bytes, max tokens → k · ⌊(⌈bytes/2⌉ · 100 + max · 200) / 1000⌋
    [1, 0, 0, 0n],
    [1, 10, 16, 3n],
    [2, 10, 2000, 800n],
    [3, 1001, 5, 153n],
  ];
  for (const [k, bytes, max, want] of cases) {
    it(`estimateCharge(k=${k}, ${bytes} bytes, max ${max}) = ${want}`, () => {
      assert.equal(estimateCharge(k, bytes, max, MODEL), want);
    });
  }
  it("chargeOf is k · unit with the served receipt's tokens (RULES.md, tasks)", () => {
    assert.equal(chargeOf(2, 4, 64, MODEL), 2n * ((4n * 100n + 64n * 200n) / 1000n));
    assert.equal(chargeOf(1, 1, 1, MODEL), 0n);
  });
  it("masks keys as OpenAI does", () => {
    assert.equal(maskKey("sk-strata-abcdefghijklmnop"), "sk-strat****mnop");
    assert.equal(maskKey("short"), "****");
  });
});

describe("router sessions: createSessionAuth (cache, outages, holds)", () => {
  const KEY = "sk-strata-test-key-1";
  const hash = createHash("sha256").update(KEY).digest("hex");
  let t = 0;
  let calls = 0;
  let down = false;
  let current: Session | null = session({ apiKeySha256: hash });

  const link = {
    chainId: "c",
    operator: ME,
    async sessionByKeyHash(h: string) {
      calls++;
      if (down) throw new Error("ECONNREFUSED");
      return h === hash && current ? session({ ...current }) : null;
    },
    async height() {
      if (down) throw new Error("ECONNREFUSED");
      return 50;
    },
    async model() {
      if (down) throw new Error("ECONNREFUSED");
      return { id: "tiny@1", ...MODEL } as ModelVersion;
    },
  } as unknown as L2Port;

  const auth = () =>
    createSessionAuth(
      { freshMs: 1000, negativeMs: 500, maxStaleMs: 60_000 },
      { link, logger: nullLogger, now: () => t },
    );
  const req = (over: { apiKey?: string | undefined; maxTokens?: number; taskId?: string } = {}) => ({
    apiKey: KEY,
    requestedModel: "tiny@1",
    aliasesOf: () => [],
    promptBytes: 0,
    maxTokens: 1,
    taskId: "t1",
    ...over,
  });
  const settleTicks = () => new Promise((r) => setImmediate(r));

  beforeEach(() => {
    t = 0;
    calls = 0;
    down = false;
    current = session({ apiKeySha256: hash });
  });

  it("asks the chain once while fresh, refreshes behind the request once stale", async () => {
    const a = auth();
    await a.admit(req({ taskId: "1" }));
    await a.admit(req({ taskId: "2" }));
    assert.equal(calls, 1);
    t = 1500;
    await a.admit(req({ taskId: "3" }));
    await settleTicks();
    assert.equal(calls, 2, "one background refresh");
  });

  it("no key and a wrong key are 401 invalid_api_key; a wrong key is remembered briefly", async () => {
    const a = auth();
    for (const [apiKey, msg] of [
      [undefined, /didn't provide an API key/],
      ["sk-strata-nope-nope-nope", /Incorrect API key provided: sk-strat\*\*\*\*nope/],
    ] as const) {
      await assert.rejects(a.admit(req({ apiKey })), (err: unknown) => {
        assert.ok(isRouterError(err, RouterErrorCode.InvalidApiKey));
        assert.match(err.message, msg);
        return true;
      });
    }
    const before = calls;
    await assert.rejects(a.admit(req({ apiKey: "sk-strata-nope-nope-nope" })));
    assert.equal(calls, before, "negative answer cached");
  });

  it("L2 down: a known session still admits; an unknown key is 503 l2_unavailable", async () => {
    const a = auth();
    await a.admit(req({ taskId: "1" }));
    down = true;
    t = 30_000;
    await a.admit(req({ taskId: "2" }));
    await settleTicks();
    assert.equal(a.linkStatus().ok, false);
    await assert.rejects(a.admit(req({ apiKey: "sk-strata-unknown-while-down" })), (err: unknown) =>
      isRouterError(err, RouterErrorCode.L2Unavailable),
    );
  });

  it("holds count against the deposit until recorded, then the chain's reserve does", async () => {
    const a = auth();
    // balance 1000; each request estimates 2 · ⌊(0 + 2 · 200) / 1000⌋ = 0 → use max 3000: 2 · 600 = 1200 > 1000
    await assert.rejects(a.admit(req({ maxTokens: 3000 })), (err: unknown) =>
      isRouterError(err, RouterErrorCode.InsufficientQuota),
    );
    // 2 · ⌊1250 · 200 / 1000⌋ = 500: two fit, the third does not.
    const one = await a.admit(req({ maxTokens: 1250, taskId: "1" }));
    await a.admit(req({ maxTokens: 1250, taskId: "2" }));
    await assert.rejects(a.admit(req({ maxTokens: 1250, taskId: "3" })), (err: unknown) =>
      isRouterError(err, RouterErrorCode.InsufficientQuota),
    );
    // Task 1 cost less than its estimate: its hold shrinks to the exact charge.
    one.settle(100n);
    await a.admit(req({ maxTokens: 1000, taskId: "4" })); // 400 fits in 1000 − 100 − 500
    // Recorded: the hold ends and the cached session's reserved grows by the same amount.
    a.recorded("1", 7, 100n);
    await assert.rejects(a.admit(req({ maxTokens: 1000, taskId: "5" })), (err: unknown) => {
      assert.ok(isRouterError(err, RouterErrorCode.InsufficientQuota));
      assert.match(err.message, /has 0 ustra free/);
      return true;
    });
  });
});
