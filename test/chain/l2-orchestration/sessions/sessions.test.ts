import assert from "node:assert/strict";
import { SessionsCode } from "../../../../chain/l2-orchestration/modules/sessions/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import {
  digestOf,
  eventsOf,
  type L2Chain,
  marketChain,
  msg,
  openFields,
  publishFields,
  responses,
  TINY_MODEL,
} from "../harness.js";

const v1 = strata.sessions.v1;
const { SessionStatus } = v1;
const Q = "/strata.sessions.v1.Query/";

function chainForSessions(): L2Chain {
  return marketChain({
    accounts: { poor: 50n, friend: 5_000_000n },
    modules: { sessions: { params: { maxDurationBlocks: 1000 } } },
  });
}

function open(chain: L2Chain, label: string, over: Partial<strata.sessions.v1.IMsgOpenSession> = {}) {
  return msg(v1.MsgOpenSession, openFields(chain.addr(label), over));
}

function openOk(
  chain: L2Chain,
  label: string,
  over: Partial<strata.sessions.v1.IMsgOpenSession> = {},
): number {
  const r = chain.deliverOk(label, [open(chain, label, over)]);
  return Number(v1.MsgOpenSessionResponse.decode(responses(r)[0]!.value).id);
}

function session(chain: L2Chain, id: number): strata.sessions.v1.Session {
  const s = chain.keepers.sessions.getSession(chain.source(), id);
  assert.ok(s, `no session ${id}`);
  return s;
}

function topUp(chain: L2Chain, label: string, id: number, amount: string) {
  return msg(v1.MsgTopUpSession, { sender: chain.addr(label), id, amount });
}

function close(chain: L2Chain, label: string, id: number) {
  return msg(v1.MsgCloseSession, { owner: chain.addr(label), id });
}

/** The escrow invariant of RULES.md: the sessions module account holds Σ OPEN sessions' balance. */
function assertEscrow(chain: L2Chain): void {
  let open = 0n;
  for (let id = 1; ; id++) {
    const s = chain.keepers.sessions.getSession(chain.source(), id);
    if (!s) break;
    if (s.status === SessionStatus.SESSION_STATUS_OPEN) open += BigInt(s.balance);
    else assert.equal(s.balance, "0");
    assert.ok(BigInt(s.reserved) <= BigInt(s.balance), `session ${id}: reserved above balance`);
  }
  assert.equal(chain.balance(chain.moduleAddress("sessions")), open);
}

describe("L2 sessions", () => {
  describe("open", () => {
    it("escrows the deposit, counts ids from 1 and sets the expiry", () => {
      const chain = chainForSessions();
      const r = chain.deliver("user", [open(chain, "user", { redundancy: 2, deposit: "5000" })]);
      assert.equal(r.code, 0, r.log);
      const res = v1.MsgOpenSessionResponse.decode(responses(r)[0]!.value);
      assert.equal(Number(res.id), 1);
      assert.equal(Number(res.expiresHeight), chain.height + 100);
      assert.deepEqual(eventsOf(r.events, "open_session"), [
        { id: "1", owner: chain.addr("user"), model: TINY_MODEL.id },
      ]);
      assert.equal(chain.balance("user"), 100_000_000n - 5000n);
      assert.equal(chain.balance(chain.moduleAddress("sessions")), 5000n);
      const s = session(chain, 1);
      assert.equal(s.status, SessionStatus.SESSION_STATUS_OPEN);
      assert.equal(s.balance, "5000");
      assert.equal(s.deposited, "5000");
      assert.equal(s.reserved, "0");
      assert.equal(s.spent, "0");
      assert.equal(s.redundancy, 2);
      assert.equal(s.openedHeight, chain.height);
      assert.equal(openOk(chain, "friend", { routers: [chain.addr("router")] }), 2);
      assert.deepEqual(session(chain, 2).routers, [chain.addr("router")]);
      assertEscrow(chain);
    });

    it("accepts a deposit of exactly one task's price and max price equal to the higher model price", () => {
      const chain = chainForSessions();
      // redundancy 3 · (10 + 20) = 90
      openOk(chain, "user", { redundancy: 3, deposit: "90", maxPricePer_1k: "20" });
    });

    const bad: [string, Partial<strata.sessions.v1.IMsgOpenSession>, number, string][] = [
      ["an unknown model", { model: "nope@1" }, SessionsCode.modelNotFound, "nope@1"],
      ["an empty model", { model: "" }, SessionsCode.invalidRequest, "model"],
      ["redundancy 0", { redundancy: 0 }, SessionsCode.invalidRequest, "redundancy"],
      [
        "redundancy above max_redundancy",
        { redundancy: 9 },
        SessionsCode.redundancyTooHigh,
        "max_redundancy 8",
      ],
      [
        "redundancy above the registered executors",
        { redundancy: 4 },
        SessionsCode.redundancyTooHigh,
        "only 3 active executors",
      ],
      ["a malformed max price", { maxPricePer_1k: "x" }, SessionsCode.invalidRequest, "max_price_per_1k"],
      ["a max price below the output price", { maxPricePer_1k: "19" }, SessionsCode.priceTooLow, "output 20"],
      ["a malformed API key digest", { apiKeySha256: "ab" }, SessionsCode.invalidRequest, "api_key_sha256"],
      ["duration 0", { durationBlocks: 0 }, SessionsCode.invalidRequest, "duration_blocks"],
      [
        "a duration above max_duration_blocks",
        { durationBlocks: 1001 },
        SessionsCode.durationTooLong,
        "1000",
      ],
      ["17 routers", { routers: Array.from({ length: 17 }, () => "x") }, SessionsCode.invalidRequest, "16"],
      ["a router that is not an address", { routers: ["strata1bad"] }, SessionsCode.invalidRequest, "router"],
      ["a private session", { l3ChainId: "strata-l3-1" }, SessionsCode.privateNotSupported, "strata-l3-1"],
      ["a zero deposit", { deposit: "0" }, SessionsCode.depositTooLow, "positive"],
      ["a deposit below one task", { redundancy: 2, deposit: "59" }, SessionsCode.depositTooLow, "60ustra"],
      ["a malformed deposit", { deposit: "1,000" }, SessionsCode.invalidRequest, "deposit"],
    ];
    for (const [what, over, code, logPart] of bad) {
      it(`refuses ${what} (sessions:${code}), state unchanged`, () => {
        const chain = chainForSessions();
        chain.expectRefused("user", [open(chain, "user", over)], "sessions", code, logPart);
        assert.equal(openOk(chain, "user"), 1, "the next valid open gets id 1");
      });
    }

    it("refuses a routers list naming a node that is not an active router (sessions:9), or twice (sessions:2)", () => {
      const chain = chainForSessions();
      chain.expectRefused(
        "user",
        [open(chain, "user", { routers: [chain.addr("exec1")] })],
        "sessions",
        SessionsCode.notActiveRouter,
      );
      const r = chain.addr("router");
      chain.expectRefused(
        "user",
        [open(chain, "user", { routers: [r, r] })],
        "sessions",
        SessionsCode.invalidRequest,
        "repeat",
      );
    });

    it("refuses PENDING and DEPRECATED models with their status (sessions:5)", () => {
      const chain = chainForSessions();
      chain.deliverOk("owner", [msg(strata.models.v1.MsgPublishModel, publishFields(chain.addr("owner")))]);
      chain.expectRefused(
        "user",
        [open(chain, "user", { model: "acme/chat@1.0" })],
        "sessions",
        SessionsCode.modelNotVerified,
        "MODEL_STATUS_PENDING",
      );
      chain.deliverOk("owner", [
        msg(strata.models.v1.MsgDeprecateModel, { owner: chain.addr("owner"), id: TINY_MODEL.id }),
      ]);
      chain.expectRefused(
        "user",
        [open(chain, "user")],
        "sessions",
        SessionsCode.modelNotVerified,
        "MODEL_STATUS_DEPRECATED",
      );
    });

    it("counts only ACTIVE executors serving the model for redundancy", () => {
      const chain = chainForSessions();
      chain.run((ctx) => chain.keepers.nodes.slash(ctx, chain.addr("exec2"), 0n, "fraud", true));
      chain.expectRefused(
        "user",
        [open(chain, "user", { redundancy: 3 })],
        "sessions",
        SessionsCode.redundancyTooHigh,
        "only 2",
      );
      openOk(chain, "user", { redundancy: 2 });
    });

    it("refuses a deposit the owner lacks (sdk:5)", () => {
      const chain = chainForSessions();
      chain.expectRefused("poor", [open(chain, "poor", { deposit: "51" })], "sdk", 5, "insufficient funds");
    });
  });

  describe("top up and close", () => {
    it("lets anyone top up an OPEN session", () => {
      const chain = chainForSessions();
      const id = openOk(chain, "user");
      const r = chain.deliver("friend", [topUp(chain, "friend", id, "2500")]);
      assert.equal(r.code, 0, r.log);
      assert.deepEqual(eventsOf(r.events, "top_up_session"), [
        { id: String(id), sender: chain.addr("friend"), amount: "2500" },
      ]);
      assert.equal(session(chain, id).balance, "1002500");
      assert.equal(session(chain, id).deposited, "1002500");
      assert.equal(chain.balance("friend"), 5_000_000n - 2500n);
      assertEscrow(chain);
    });

    it("refuses a zero or malformed amount (sessions:2), an unknown session (sessions:3), a closed one (sessions:12), missing funds (sdk:5)", () => {
      const chain = chainForSessions();
      const id = openOk(chain, "user");
      chain.expectRefused(
        "friend",
        [topUp(chain, "friend", id, "0")],
        "sessions",
        SessionsCode.invalidRequest,
        "positive",
      );
      chain.expectRefused(
        "friend",
        [topUp(chain, "friend", id, "-5")],
        "sessions",
        SessionsCode.invalidRequest,
      );
      chain.expectRefused("friend", [topUp(chain, "friend", 99, "5")], "sessions", SessionsCode.notFound);
      chain.expectRefused("poor", [topUp(chain, "poor", id, "51")], "sdk", 5);
      chain.deliverOk("user", [close(chain, "user", id)]);
      chain.expectRefused(
        "friend",
        [topUp(chain, "friend", id, "5")],
        "sessions",
        SessionsCode.notOpen,
        "CLOSED",
      );
    });

    it("closes: refunds the balance to the owner, keeps deposited and spent", () => {
      const chain = chainForSessions();
      const id = openOk(chain, "user");
      chain.deliverOk("friend", [topUp(chain, "friend", id, "1000")]);
      const before = chain.balance("user");
      const r = chain.deliver("user", [close(chain, "user", id)]);
      assert.equal(r.code, 0, r.log);
      assert.equal(v1.MsgCloseSessionResponse.decode(responses(r)[0]!.value).refunded, "1001000");
      assert.deepEqual(eventsOf(r.events, "close_session"), [
        { id: String(id), owner: chain.addr("user"), refunded: "1001000" },
      ]);
      assert.equal(chain.balance("user"), before + 1_001_000n);
      const s = session(chain, id);
      assert.equal(s.status, SessionStatus.SESSION_STATUS_CLOSED);
      assert.equal(s.balance, "0");
      assert.equal(s.deposited, "1001000");
      assert.equal(Number(s.closedHeight), chain.height);
      assertEscrow(chain);
    });

    it("refuses another owner (sessions:13), unsettled tasks (sessions:14), a closed or unknown session", () => {
      const chain = chainForSessions();
      const id = openOk(chain, "user");
      chain.expectRefused("friend", [close(chain, "friend", id)], "sessions", SessionsCode.notOwner);
      chain.run((ctx) => chain.keepers.sessions.reserve(ctx, id, 100n));
      chain.expectRefused(
        "user",
        [close(chain, "user", id)],
        "sessions",
        SessionsCode.openTasks,
        "1 tasks not yet settled",
      );
      chain.run((ctx) => chain.keepers.sessions.settle(ctx, id, 100n, []));
      chain.deliverOk("user", [close(chain, "user", id)]);
      chain.expectRefused("user", [close(chain, "user", id)], "sessions", SessionsCode.notOpen);
      chain.expectRefused("user", [close(chain, "user", 42)], "sessions", SessionsCode.notFound);
    });

    it("keeps a session on a model deprecated after it opened working", () => {
      const chain = chainForSessions();
      const id = openOk(chain, "user");
      chain.deliverOk("owner", [
        msg(strata.models.v1.MsgDeprecateModel, { owner: chain.addr("owner"), id: TINY_MODEL.id }),
      ]);
      chain.deliverOk("friend", [topUp(chain, "friend", id, "10")]);
      chain.run((ctx) => chain.keepers.sessions.reserve(ctx, id, 10n));
      assert.equal(session(chain, id).openTasks, 1);
    });
  });

  describe("reserve and settle (keeper)", () => {
    it("reserves within the free balance and refuses work beyond the deposit (sessions:15), changing nothing", () => {
      const chain = chainForSessions();
      const id = openOk(chain, "user", { deposit: "1000" });
      chain.run((ctx) => chain.keepers.sessions.reserve(ctx, id, 600n));
      const hash = chain.appHash();
      assert.throws(
        () => chain.run((ctx) => chain.keepers.sessions.reserve(ctx, id, 401n)),
        (err: { codespace: string; code: number; message: string }) =>
          err.codespace === "sessions" &&
          err.code === SessionsCode.insufficientDeposit &&
          err.message.includes("work beyond the session's deposit"),
      );
      assert.equal(chain.appHash(), hash);
      chain.run((ctx) => chain.keepers.sessions.reserve(ctx, id, 400n));
      const s = session(chain, id);
      assert.equal(s.reserved, "1000");
      assert.equal(s.openTasks, 2);
      assert.throws(() => chain.run((ctx) => chain.keepers.sessions.reserve(ctx, id, 1n)), /deposit/);
      assert.throws(() => chain.run((ctx) => chain.keepers.sessions.reserve(ctx, 77, 1n)), /not found/);
    });

    it("settles: pays each payment from escrow, releases the reservation, counts the task", () => {
      const chain = chainForSessions();
      const id = openOk(chain, "user", { deposit: "1000" });
      chain.run((ctx) => chain.keepers.sessions.reserve(ctx, id, 600n));
      const exec1 = chain.balance("exec1");
      const treasury = chain.moduleAddress("treasury");
      chain.run((ctx) =>
        chain.keepers.sessions.settle(ctx, id, 600n, [
          { recipient: chain.addr("exec1"), amount: 400n },
          { recipient: treasury, amount: 50n },
          { recipient: chain.addr("router"), amount: 0n },
        ]),
      );
      const s = session(chain, id);
      assert.equal(s.balance, "550");
      assert.equal(s.reserved, "0");
      assert.equal(s.spent, "450");
      assert.equal(s.openTasks, 0);
      assert.equal(s.settledTasks, 1);
      assert.equal(chain.balance("exec1"), exec1 + 400n);
      assert.equal(chain.balance(treasury), 50n);
      assertEscrow(chain);
    });

    it("refuses a charge above the reservation and a release above what is held", () => {
      const chain = chainForSessions();
      const id = openOk(chain, "user", { deposit: "1000" });
      chain.run((ctx) => chain.keepers.sessions.reserve(ctx, id, 100n));
      const hash = chain.appHash();
      assert.throws(
        () =>
          chain.run((ctx) =>
            chain.keepers.sessions.settle(ctx, id, 100n, [{ recipient: chain.addr("exec1"), amount: 101n }]),
          ),
        /exceeds reserved/,
      );
      assert.throws(
        () => chain.run((ctx) => chain.keepers.sessions.settle(ctx, id, 101n, [])),
        /cannot release/,
      );
      assert.equal(chain.appHash(), hash);
    });

    it("keeps the escrow invariant and supply through opens, top-ups, settlements and closes", () => {
      const chain = chainForSessions();
      const supply = chain.supply();
      const a = openOk(chain, "user", { deposit: "10000", redundancy: 2 });
      const b = openOk(chain, "friend", { deposit: "3000" });
      assertEscrow(chain);
      chain.deliverOk("user", [topUp(chain, "user", b, "777")]);
      assertEscrow(chain);
      chain.run((ctx) => {
        chain.keepers.sessions.reserve(ctx, a, 4000n);
        chain.keepers.sessions.reserve(ctx, a, 2000n);
        chain.keepers.sessions.reserve(ctx, b, 3777n);
      });
      assertEscrow(chain);
      chain.run((ctx) =>
        chain.keepers.sessions.settle(ctx, a, 4000n, [
          { recipient: chain.addr("exec1"), amount: 3000n },
          { recipient: chain.addr("exec2"), amount: 999n },
        ]),
      );
      chain.run((ctx) =>
        chain.keepers.sessions.settle(ctx, b, 3777n, [{ recipient: chain.addr("exec3"), amount: 3777n }]),
      );
      assertEscrow(chain);
      chain.deliverOk("friend", [close(chain, "friend", b)]);
      assertEscrow(chain);
      const c = openOk(chain, "friend", { deposit: "30" });
      chain.run((ctx) => chain.keepers.sessions.settle(ctx, a, 2000n, []));
      chain.deliverOk("user", [close(chain, "user", a)]);
      assertEscrow(chain);
      assert.equal(session(chain, a).spent, "3999");
      assert.equal(session(chain, b).spent, "3777");
      assert.equal(session(chain, c).status, SessionStatus.SESSION_STATUS_OPEN);
      assert.equal(chain.balance(chain.moduleAddress("sessions")), 30n);
      assert.equal(chain.supply(), supply);
    });
  });

  describe("queries", () => {
    it("Session: NotFound; Sessions: all in id order, by owner, paged; Params", () => {
      const chain = chainForSessions();
      openOk(chain, "user");
      openOk(chain, "friend");
      openOk(chain, "user", { apiKeySha256: digestOf("api-key:user:2") });
      assert.equal(chain.query(`${Q}Session`, v1.QuerySessionRequest.encode({ id: 9 }).finish()).code, 22);
      const one = chain.queryOk(`${Q}Session`, v1.QuerySessionRequest.encode({ id: 2 }).finish(), (b) =>
        v1.QuerySessionResponse.decode(b),
      );
      assert.equal(one.session?.owner, chain.addr("friend"));
      const list = (req: strata.sessions.v1.IQuerySessionsRequest) =>
        chain.queryOk(`${Q}Sessions`, v1.QuerySessionsRequest.encode(req).finish(), (b) =>
          v1.QuerySessionsResponse.decode(b),
        );
      assert.deepEqual(
        list({}).sessions.map((s) => Number(s.id)),
        [1, 2, 3],
      );
      assert.deepEqual(
        list({ owner: chain.addr("user") }).sessions.map((s) => Number(s.id)),
        [1, 3],
      );
      assert.equal(list({ owner: chain.addr("owner") }).sessions.length, 0);
      const page = list({ pagination: { limit: 2, countTotal: true } });
      assert.deepEqual(
        page.sessions.map((s) => Number(s.id)),
        [1, 2],
      );
      assert.equal(Number(page.pagination?.total), 3);
      assert.deepEqual(
        list({ pagination: { key: page.pagination!.nextKey } }).sessions.map((s) => Number(s.id)),
        [3],
      );
      assert.equal(
        chain.query(`${Q}Sessions`, v1.QuerySessionsRequest.encode({ owner: "nope" }).finish()).code,
        18,
      );
      const params = chain.queryOk(`${Q}Params`, new Uint8Array(), (b) => v1.QueryParamsResponse.decode(b))
        .params!;
      assert.equal(Number(params.maxDurationBlocks), 1000);
      assert.equal(params.maxRedundancy, 8);
    });
  });
});
