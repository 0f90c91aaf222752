import assert from "node:assert/strict";
import { SessionsCode } from "../../../../chain/l2-orchestration/modules/sessions/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import {
  digestOf,
  type L2Chain,
  L2Chain as L2ChainClass,
  marketChain,
  msg,
  openFields,
  responses,
} from "../harness.js";

const v1 = strata.sessions.v1;
const { SessionStatus } = v1;
const BY_KEY = "/strata.sessions.v1.Query/SessionByApiKey";
const KEY_A = digestOf("api-key:A");
const KEY_B = digestOf("api-key:B");

function openOk(chain: L2Chain, label: string, over: Partial<strata.sessions.v1.IMsgOpenSession>): number {
  const r = chain.deliverOk(label, [msg(v1.MsgOpenSession, openFields(chain.addr(label), over))]);
  return Number(v1.MsgOpenSessionResponse.decode(responses(r)[0]!.value).id);
}

/** The raw query result for a key hash. */
function byKey(chain: L2Chain, apiKeySha256: string) {
  return chain.query(BY_KEY, v1.QuerySessionByApiKeyRequest.encode({ apiKeySha256 }).finish());
}

/** The id of the session the query finds, or its error code. */
function lookup(chain: L2Chain, apiKeySha256: string): { id: number } | { code: number } {
  const r = byKey(chain, apiKeySha256);
  if (r.code !== 0) return { code: r.code };
  return { id: Number(v1.QuerySessionByApiKeyResponse.decode(r.value).session!.id) };
}

// gRPC codes as the app reports them (chain/core/app/grpcErrors.ts): NotFound 22, InvalidArgument 18.
const NOT_FOUND = { code: 22 };

describe("L2 sessions: API key index and SessionByApiKey", () => {
  function chain(): L2Chain {
    return marketChain({ accounts: { friend: 5_000_000n } });
  }

  it("finds the OPEN session of a key hash; NotFound for a key no session uses", () => {
    const c = chain();
    const a = openOk(c, "user", { apiKeySha256: KEY_A });
    const b = openOk(c, "friend", { apiKeySha256: KEY_B });
    assert.deepEqual(lookup(c, KEY_A), { id: a });
    assert.deepEqual(lookup(c, KEY_B), { id: b });
    assert.deepEqual(lookup(c, digestOf("api-key:nobody")), NOT_FOUND);
    const r = byKey(c, KEY_A);
    const s = v1.QuerySessionByApiKeyResponse.decode(r.value).session!;
    assert.equal(s.owner, c.addr("user"));
    assert.equal(s.apiKeySha256, KEY_A);
    assert.equal(s.status, SessionStatus.SESSION_STATUS_OPEN);
  });

  const malformed: [string, string][] = [
    ["empty", ""],
    ["short", "ab"],
    ["uppercase", KEY_A.toUpperCase()],
    ["not hex", "zz".repeat(32)],
  ];
  for (const [what, value] of malformed) {
    it(`refuses a ${what} key hash with InvalidArgument`, () => {
      const c = chain();
      const r = byKey(c, value);
      assert.equal(r.code, 18);
      assert.match(r.log, /api_key_sha256/);
    });
  }

  it("[REJECT] a second OPEN session with the same key hash, by any owner; state unchanged", () => {
    const c = chain();
    const a = openOk(c, "user", { apiKeySha256: KEY_A });
    for (const label of ["user", "friend"]) {
      c.expectRefused(
        label,
        [msg(v1.MsgOpenSession, openFields(c.addr(label), { apiKeySha256: KEY_A }))],
        "sessions",
        SessionsCode.duplicateApiKey,
        `session ${a} is open with the same api_key_sha256`,
      );
    }
    assert.deepEqual(lookup(c, KEY_A), { id: a });
  });

  it("top-ups and escrow changes keep the index; close frees the key for a new session", () => {
    const c = chain();
    const a = openOk(c, "user", { apiKeySha256: KEY_A });
    c.deliverOk("friend", [msg(v1.MsgTopUpSession, { sender: c.addr("friend"), id: a, amount: "10" })]);
    c.run((ctx) => c.keepers.sessions.reserve(ctx, a, 100n));
    c.run((ctx) => c.keepers.sessions.settle(ctx, a, 100n, []));
    assert.deepEqual(lookup(c, KEY_A), { id: a });
    c.deliverOk("user", [msg(v1.MsgCloseSession, { owner: c.addr("user"), id: a })]);
    assert.deepEqual(lookup(c, KEY_A), NOT_FOUND, "a closed session's key finds nothing");
    const again = openOk(c, "friend", { apiKeySha256: KEY_A });
    assert.notEqual(again, a);
    assert.deepEqual(lookup(c, KEY_A), { id: again });
    // Closing an older session with the same key leaves the newer one's entry alone.
    assert.equal(c.keepers.sessions.getSession(c.source(), a)!.status, SessionStatus.SESSION_STATUS_CLOSED);
  });

  it("genesis export → init rebuilds the index (open sessions only)", () => {
    const c = chain();
    const a = openOk(c, "user", { apiKeySha256: KEY_A });
    openOk(c, "friend", { apiKeySha256: KEY_B });
    c.deliverOk("user", [msg(v1.MsgCloseSession, { owner: c.addr("user"), id: a })]);
    const b2 = openOk(c, "user", { apiKeySha256: KEY_A });
    const exported = c.exportGenesis();
    const copy = L2ChainClass.fromAppState(exported);
    assert.equal(copy.appHash(), c.appHash());
    assert.deepEqual(lookup(copy, KEY_A), { id: b2 });
    assert.deepEqual(lookup(copy, KEY_B), lookup(c, KEY_B));
  });

  it("[REJECT] a genesis with two OPEN sessions sharing a key hash", () => {
    const c = chain();
    openOk(c, "user", { apiKeySha256: KEY_A });
    openOk(c, "friend", { apiKeySha256: KEY_B });
    const exported = c.exportGenesis() as { sessions: { sessions: { apiKeySha256: string }[] } };
    exported.sessions.sessions[1]!.apiKeySha256 = KEY_A;
    assert.throws(
      () => L2ChainClass.fromAppState(exported),
      (err: Error) => {
        assert.match(err.message, /session 2: api_key_sha256 already used by open session 1/);
        return true;
      },
    );
  });
});
