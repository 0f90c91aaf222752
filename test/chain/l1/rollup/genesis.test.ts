import assert from "node:assert/strict";
import { sha256 } from "../../../../chain/core/crypto/index.js";
import { StrataError } from "../../../../chain/core/errors/index.js";
import { buildL1Genesis } from "../../../../chain/l1/index.js";
import { RollupCode } from "../../../../chain/l1/modules/rollup/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { ChildChain } from "../../../helpers/childChain.js";
import { account } from "../../core/modules/helpers.js";
import { any, PARENT_CHAIN_ID, Parent } from "./parent.js";

const v1 = strata.rollup.v1;

function refusedGenesis(fn: () => unknown, logPart: string): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof StrataError, String(err));
    assert.equal(`${err.codespace}:${err.code}`, `rollup:${RollupCode.invalidGenesis}`, err.message);
    assert.ok(err.message.includes(logPart), `${err.message} lacks ${logPart}`);
    return true;
  });
}

describe("L1 rollup genesis: chains registered in L1's genesis, queries, refused sections", function () {
  this.timeout(60_000);
  let child: ChildChain;

  before(async () => {
    child = await ChildChain.start({ chainId: "child-genesis", validators: 2 });
  });

  after(async () => {
    await child?.stop();
  });

  it("buildL1Genesis registers a child: the creator pays the bond, the module account holds it", () => {
    const creator = account("creator").address;
    const doc = buildL1Genesis({
      chainId: PARENT_CHAIN_ID,
      genesisTime: "2027-01-01T00:00:00Z",
      validators: [{ name: "v", pubKey: Buffer.alloc(32, 1).toString("base64"), power: "1" }],
      accounts: [{ address: creator, amount: 5_000_000n }],
      rollups: [
        {
          chainId: child.chainId,
          genesis: child.genesisBytes,
          challengeWindowBlocks: 10,
          bond: 2_000_000n,
          creator,
        },
      ],
    });
    const parent = Parent.create([]);
    const fresh = Parent.fromExport(parent, JSON.parse(JSON.stringify(doc.appState)));
    assert.equal(fresh.balance(creator), 3_000_000n);
    assert.equal(fresh.balance(fresh.moduleAddress("rollup")), 2_000_000n);
    const r = fresh.rollup(child.chainId);
    assert.equal(r.creator, creator);
    assert.equal(r.bond, "2000000");
    assert.equal(r.lastNumber, 0);
    assert.equal(r.depositCount, 0);
    assert.deepEqual(Buffer.from(r.genesisSha256), Buffer.from(sha256(child.genesisBytes)));
    assert.deepEqual(
      r.validators.map((v) => Buffer.from(v.pubKey!).toString("hex")),
      child.registeredValidators().map((v) => Buffer.from(v.pubKey).toString("hex")),
    );
    // [REJECT] an unfunded creator
    assert.throws(
      () =>
        buildL1Genesis({
          chainId: PARENT_CHAIN_ID,
          genesisTime: "2027-01-01T00:00:00Z",
          validators: [{ name: "v", pubKey: Buffer.alloc(32, 1).toString("base64"), power: "1" }],
          accounts: [{ address: creator, amount: 1n }],
          rollups: [
            {
              chainId: child.chainId,
              genesis: child.genesisBytes,
              challengeWindowBlocks: 1,
              bond: 2n,
              creator,
            },
          ],
        }),
      /not funded with 2ustra/,
    );
  });

  it("answers Rollups, Params and NotFound for an unknown chain", () => {
    const parent = Parent.create(
      [],
      [{ chainId: child.chainId, genesis: child.genesisBytes, challengeWindowBlocks: 3, bond: 1_000_000n }],
    );
    const list = v1.QueryRollupsResponse.decode(
      parent.query("/strata.rollup.v1.Query/Rollups", v1.QueryRollupsRequest.encode({}).finish()),
    );
    assert.deepEqual(
      list.rollups.map((r) => r.chainId),
      [child.chainId],
    );
    const params = v1.QueryParamsResponse.decode(
      parent.query("/strata.rollup.v1.Query/Params", v1.QueryParamsRequest.encode({}).finish()),
    ).params!;
    assert.equal(params.minBond, "1000000");
    assert.equal(params.maxItemsPerBatch, 200);
    assert.equal(params.gasPerSignature, 1000);
    assert.equal(params.gasPerItem, 5000);
    const missing = parent.rawQuery(
      "/strata.rollup.v1.Query/Rollup",
      v1.QueryRollupRequest.encode({ chainId: "nope" }).finish(),
    );
    assert.notEqual(missing.code, 0);
    assert.match(missing.log, /not registered/);
    const noBatch = parent.rawQuery(
      "/strata.rollup.v1.Query/Batch",
      v1.QueryBatchRequest.encode({ chainId: child.chainId, number: 1 }).finish(),
    );
    assert.match(noBatch.log, /batch 1 of child-genesis not accepted/);
  });

  it("charges gas_per_signature per commit signature: params from genesis can make a batch run out of gas", async () => {
    await child.produceBlock();
    const items = child.batchItems(1, 1, { prevHeader: undefined, held: child.registeredValidators() }).items;
    const base = Parent.create(
      ["submitter"],
      [{ chainId: child.chainId, genesis: child.genesisBytes, challengeWindowBlocks: 3, bond: 1_000_000n }],
    );
    const exported = base.exportGenesis();
    const costly = Parent.fromExport(base, {
      ...exported,
      rollup: { ...(exported.rollup as object), params: { gasPerSignature: 30_000_000 } },
    });
    const msg = any(v1.MsgSubmitBatch, { submitter: base.addr("submitter"), chainId: child.chainId, items });
    // Two signatures at 30M each exceed the tx's 50M gas limit.
    costly.expectRefused("submitter", [msg], "sdk", 11);
    assert.equal(costly.rollup(child.chainId).lastNumber, 0);
    const r = base.deliverOk("submitter", [msg]);
    assert.ok(r.gasUsed >= 5_000n + 2n * 1_000n);
    assert.equal(base.rollup(child.chainId).lastNumber, 1);
  });

  it("refuses sections that break a rule, naming the entry", () => {
    const parent = Parent.create(
      [],
      [{ chainId: child.chainId, genesis: child.genesisBytes, challengeWindowBlocks: 3, bond: 1_000_000n }],
    );
    const exported = parent.exportGenesis();
    const section = exported.rollup as { rollups: Record<string, unknown>[] };
    const withRollup = (edit: Record<string, unknown>) => ({
      ...exported,
      rollup: { ...section, rollups: [{ ...section.rollups[0], ...edit }] },
    });
    const load = (appState: Record<string, unknown>) => () => Parent.fromExport(parent, appState);
    refusedGenesis(
      load(withRollup({ bond: "2000000" })),
      "module account holds 1000000ustra but the bonds total 2000000",
    );
    refusedGenesis(load(withRollup({ chainId: "other" })), "not other");
    refusedGenesis(load(withRollup({ chainId: PARENT_CHAIN_ID })), "own id");
    refusedGenesis(load(withRollup({ challengeWindowBlocks: 0 })), "at least 1");
    refusedGenesis(load(withRollup({ lastNumber: 1 })), "0 batches listed, lastNumber 1");
    refusedGenesis(
      load(
        withRollup({
          batches: [{ number: 1, header: "AAAA", parentHeight: 1, submitter: "" }],
          lastNumber: 1,
        }),
      ),
      "batch 1",
    );
    refusedGenesis(
      load({ ...exported, rollup: { params: { maxItemsPerBatch: 0 }, rollups: section.rollups } }),
      "maxItemsPerBatch",
    );
    // The unedited export loads, to the same app hash.
    assert.equal(load(exported)().appHash(), parent.appHash());
  });
});
