import assert from "node:assert/strict";
import { sha256 } from "../../../../chain/core/crypto/index.js";
import {
  BatchCode,
  type BatchHeader,
  BatchHeaderSsz,
  childValidatorsToProto,
  decodeBatchHeader,
  ROLLUP_CODESPACE,
} from "../../../../chain/core/rollup/index.js";
import { L3RegistryCode } from "../../../../chain/l2-orchestration/modules/l3registry/index.js";
import { SessionsCode } from "../../../../chain/l2-orchestration/modules/sessions/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { L2Chain, marketChain, msg, openFields } from "../harness.js";
import { L3Child } from "./l3Child.js";

const v1 = strata.l3registry.v1;
const L3R = "l3registry";
const P = "/strata.l3registry.v1.Query/";

function register(l2: L2Chain, l3: L3Child, over: Partial<strata.l3registry.v1.IMsgRegisterL3> = {}) {
  return msg(v1.MsgRegisterL3, {
    creator: l2.addr("owner"),
    chainId: l3.chainId,
    name: "acme",
    validators: childValidatorsToProto(l3.registeredValidators()),
    admins: [l2.addr("owner")],
    genesisSha256: sha256(l3.genesisBytes),
    ...over,
  });
}

function anchor(l2: L2Chain, chainId: string, items: strata.rollup.v1.IBatchItem[]) {
  return msg(v1.MsgAnchorL3Headers, { submitter: l2.addr("user"), chainId, items });
}

function chainOf(l2: L2Chain, idOrName: string) {
  return l2.queryOk(`${P}Chain`, v1.QueryChainRequest.encode({ chainId: idOrName }).finish(), (b) =>
    v1.QueryChainResponse.decode(b),
  ).chain as strata.l3registry.v1.L3Chain;
}

describe("l2 l3registry: L3 registration and header anchoring (a real 3-validator L3 stand-in)", function () {
  this.timeout(60_000);
  let l3: L3Child;
  let l2: L2Chain;
  let header3: BatchHeader | undefined;

  before(async () => {
    l3 = await L3Child.start("acme-l3", 3);
    // Blocks 1..5 signed by all three validators, block 6 by two of three (exactly 2/3 of the power).
    for (let i = 0; i < 5; i++) await l3.produceBlock();
    await l3.produceBlock((i) => i < 2);
    l2 = marketChain();
  });

  after(async () => {
    await l3?.stop();
  });

  it("refuses malformed registrations and an unknown chain, state unchanged", () => {
    l2.expectRefused(
      "owner",
      [register(l2, l3, { validators: [] })],
      L3R,
      L3RegistryCode.invalidValidators,
      "validators",
    );
    l2.expectRefused(
      "owner",
      [register(l2, l3, { admins: [] })],
      L3R,
      L3RegistryCode.invalidRequest,
      "admins",
    );
    l2.expectRefused(
      "owner",
      [register(l2, l3, { name: "Bad Name" })],
      L3R,
      L3RegistryCode.invalidRequest,
      "name",
    );
    l2.expectRefused(
      "owner",
      [register(l2, l3, { genesisSha256: new Uint8Array(5) })],
      L3R,
      L3RegistryCode.invalidRequest,
    );
    const { items } = l3.items(1, 1, undefined);
    l2.expectRefused("user", [anchor(l2, "nobody-l3", items)], L3R, L3RegistryCode.unknownChain, "nobody-l3");
    // [l3r-8] a private session on an unknown L3 is refused
    l2.expectRefused(
      "user",
      [msg(strata.sessions.v1.MsgOpenSession, openFields(l2.addr("user"), { l3ChainId: l3.chainId }))],
      "sessions",
      SessionsCode.privateNotSupported,
      l3.chainId,
    );
  });

  it("registers the L3 (id and name unique) and opens a private session on it", () => {
    l2.deliverOk("owner", [register(l2, l3)]);
    const chain = chainOf(l2, "acme");
    assert.equal(chain.chainId, l3.chainId);
    assert.equal(Number(chain.lastNumber), 0);
    assert.equal(chain.validators.length, 3);
    assert.deepEqual(Buffer.from(chain.genesisSha256), Buffer.from(sha256(l3.genesisBytes)));
    l2.expectRefused("owner", [register(l2, l3)], L3R, L3RegistryCode.alreadyRegistered, "registered");
    l2.expectRefused(
      "owner",
      [register(l2, l3, { chainId: "other-l3" })],
      L3R,
      L3RegistryCode.alreadyRegistered,
      "name acme",
    );
    const r = l2.deliverOk("user", [
      msg(strata.sessions.v1.MsgOpenSession, openFields(l2.addr("user"), { l3ChainId: l3.chainId })),
    ]);
    assert.equal(r.code, 0);
  });

  it("anchors headers 1..3 signed by all validators; Latest and Headers show them", () => {
    const { items, last } = l3.items(1, 3, undefined);
    l2.deliverOk("user", [anchor(l2, l3.chainId, items)]);
    header3 = last;
    assert.equal(Number(chainOf(l2, l3.chainId).lastNumber), 3);
    const latest = l2.queryOk(`${P}Latest`, v1.QueryLatestRequest.encode({ chainId: "acme" }).finish(), (b) =>
      v1.QueryLatestResponse.decode(b),
    ).header as strata.rollup.v1.BatchRecord;
    assert.equal(Number(latest.number), 3);
    const h = decodeBatchHeader(latest.header);
    assert.deepEqual(Buffer.from(h.blockHash), Buffer.from(last!.blockHash));
    // [anchor-1] no bridge on an L3: the commitment fields are zero
    assert.equal(h.withdrawalCount, 0n);
    assert.deepEqual(Buffer.from(h.withdrawalRoot), Buffer.alloc(32));
    const all = l2.queryOk(
      `${P}Headers`,
      v1.QueryHeadersRequest.encode({ chainId: l3.chainId }).finish(),
      (b) => v1.QueryHeadersResponse.decode(b),
    ).headers;
    assert.deepEqual(
      all.map((x) => Number(x.number)),
      [1, 2, 3],
    );
  });

  it("refuses a replay, a gap, a forged header and a rollup-style commitment, state unchanged", () => {
    const replay = l3.items(1, 3, undefined).items[2]!;
    l2.expectRefused(
      "user",
      [anchor(l2, l3.chainId, [replay])],
      ROLLUP_CODESPACE,
      BatchCode.replay,
      "already accepted",
    );
    const { items: four5 } = l3.items(4, 5, header3);
    l2.expectRefused(
      "user",
      [anchor(l2, l3.chainId, [four5[1]!])],
      ROLLUP_CODESPACE,
      BatchCode.gap,
      "expected batch 4",
    );
    // a header whose state root was changed after signing
    const forged = BatchHeaderSsz.deserialize(four5[0]!.header!);
    forged.stateRoot = new Uint8Array(32).fill(9);
    l2.expectRefused(
      "user",
      [anchor(l2, l3.chainId, [{ ...four5[0]!, header: BatchHeaderSsz.serialize(forged) }])],
      ROLLUP_CODESPACE,
      BatchCode.headerMismatch,
    );
    // the proof must show the commitment key absent: a claimed value is refused
    l2.expectRefused(
      "user",
      [
        anchor(l2, l3.chainId, [
          { ...four5[0]!, commitmentProof: { ...four5[0]!.commitmentProof, value: new Uint8Array([1]) } },
        ]),
      ],
      ROLLUP_CODESPACE,
      BatchCode.invalidCommitment,
    );
    // all or nothing: a good item followed by a bad one stores neither
    l2.expectRefused(
      "user",
      [anchor(l2, l3.chainId, [four5[0]!, four5[0]!])],
      ROLLUP_CODESPACE,
      BatchCode.replay,
    );
  });

  it("refuses a header signed by only 2/3 of the L3 power (not more), state unchanged", () => {
    const { items, last } = l3.items(4, 5, header3);
    l2.deliverOk("user", [anchor(l2, l3.chainId, items)]);
    const six = l3.items(6, 6, last).items[0]!;
    l2.expectRefused(
      "user",
      [anchor(l2, l3.chainId, [six])],
      ROLLUP_CODESPACE,
      BatchCode.invalidCommit,
      "batch 6",
    );
    assert.equal(Number(chainOf(l2, l3.chainId).lastNumber), 5);
  });

  it("exports the registry in genesis and re-imports it to the same state", () => {
    const appState = l2.exportGenesis();
    const section = appState[L3R] as {
      chains: { chainId: string; lastNumber: number; headers: unknown[] }[];
    };
    assert.equal(section.chains[0]!.chainId, l3.chainId);
    assert.equal(section.chains[0]!.lastNumber, 5);
    assert.equal(section.chains[0]!.headers.length, 5);
    const again = L2Chain.fromAppState(appState, ["user"]);
    assert.deepEqual(again.exportGenesis()[L3R], section);
    const chain = chainOf(again, "acme");
    assert.equal(Number(chain.lastNumber), 5);
  });
});
