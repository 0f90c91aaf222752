import assert from "node:assert/strict";
import { ModelsCode } from "../../../../chain/l2-orchestration/modules/models/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import {
  digestOf,
  eventsOf,
  type L2Chain,
  marketChain,
  msg,
  publishFields,
  responses,
  TINY_MODEL,
} from "../harness.js";

const v1 = strata.models.v1;
const { ModelStatus, Visibility } = v1;
const Q = "/strata.models.v1.Query/";

function publish(chain: L2Chain, label: string, over: Partial<strata.models.v1.IMsgPublishModel> = {}) {
  return msg(v1.MsgPublishModel, publishFields(chain.addr(label), over));
}

function getModel(chain: L2Chain, id: string): strata.models.v1.ModelVersion {
  return chain.queryOk(`${Q}Model`, v1.QueryModelRequest.encode({ id }).finish(), (b) =>
    v1.QueryModelResponse.decode(b),
  ).model as strata.models.v1.ModelVersion;
}

describe("L2 models", () => {
  describe("publish", () => {
    it("stores a PENDING version with its publication height and emits publish_model", () => {
      const chain = marketChain();
      const r = chain.deliver("owner", [publish(chain, "owner")]);
      assert.equal(r.code, 0, r.log);
      const id = v1.MsgPublishModelResponse.decode(responses(r)[0]!.value).id;
      assert.equal(id, "acme/chat@1.0");
      assert.deepEqual(eventsOf(r.events, "publish_model"), [
        { id, owner: chain.addr("owner"), weights_sha256: digestOf("weights:acme/chat@1.0") },
      ]);
      const m = getModel(chain, id);
      assert.equal(m.status, ModelStatus.MODEL_STATUS_PENDING);
      assert.equal(Number(m.publishedHeight), chain.height);
      assert.equal(m.owner, chain.addr("owner"));
      assert.deepEqual(m.storageUris, ["ipfs://bafyexample"]);
      assert.equal(m.priceInputPer_1k, "5");
    });

    it("accepts free models, private versions with an encrypted digest, a tokenizer and a known parent", () => {
      const chain = marketChain();
      chain.deliverOk("owner", [publish(chain, "owner", { priceInputPer_1k: "0", priceOutputPer_1k: "0" })]);
      chain.deliverOk("owner", [
        publish(chain, "owner", {
          version: "1.0-q4",
          parent: "acme/chat@1.0",
          visibility: Visibility.VISIBILITY_PRIVATE,
          encryptedWeightsSha256: digestOf("encrypted"),
          tokenizerSha256: digestOf("tokenizer"),
          storageUris: ["s3://bucket/a", "ar://tx", "https://h/x", "http://h/y", "file:///m", "ipfs://c"],
        }),
      ]);
      const m = getModel(chain, "acme/chat@1.0-q4");
      assert.equal(m.parent, "acme/chat@1.0");
      assert.equal(m.visibility, Visibility.VISIBILITY_PRIVATE);
    });

    const bad: [string, Partial<strata.models.v1.IMsgPublishModel>, string][] = [
      ["name with an uppercase letter", { name: "Acme/chat" }, "name"],
      ["name starting with a dash", { name: "-acme" }, "name"],
      ["empty name", { name: "" }, "name"],
      ["name of 65 characters", { name: "a".repeat(65) }, "name"],
      ["empty version", { version: "" }, "version"],
      ["version with a space", { version: "1 0" }, "version"],
      ["version starting with a dot", { version: ".1" }, "version"],
      ["version of 33 characters", { version: "1".repeat(33) }, "version"],
      ["uppercase weights digest", { weightsSha256: digestOf("x").toUpperCase() }, "weights_sha256"],
      ["short weights digest", { weightsSha256: "abcd" }, "weights_sha256"],
      ["zero weights size", { weightsSize: 0 }, "weights_size"],
      ["empty format", { format: "" }, "format"],
      ["format of 33 characters", { format: "g".repeat(33) }, "format"],
      ["non-ASCII format", { format: "ggüf" }, "format"],
      ["empty quantization", { quantization: "" }, "quantization"],
      ["malformed tokenizer digest", { tokenizerSha256: "abc" }, "tokenizer_sha256"],
      ["no storage URI", { storageUris: [] }, "storage_uris"],
      [
        "nine storage URIs",
        { storageUris: Array.from({ length: 9 }, (_, i) => `ipfs://${i}`) },
        "storage_uris",
      ],
      ["an ftp:// URI", { storageUris: ["ftp://host/file"] }, "storage URI"],
      ["a bare scheme", { storageUris: ["ipfs://"] }, "storage URI"],
      ["a URI over 512 bytes", { storageUris: [`https://h/${"x".repeat(503)}`] }, "512 bytes"],
      ["negative input price", { priceInputPer_1k: "-1" }, "price_input_per_1k"],
      ["input price with a leading zero", { priceInputPer_1k: "01" }, "price_input_per_1k"],
      ["fractional output price", { priceOutputPer_1k: "1.5" }, "price_output_per_1k"],
      ["empty output price", { priceOutputPer_1k: "" }, "price_output_per_1k"],
      ["unspecified visibility", { visibility: Visibility.VISIBILITY_UNSPECIFIED }, "visibility"],
      ["unknown visibility", { visibility: 7 as strata.models.v1.Visibility }, "visibility"],
      ["PRIVATE without encrypted digest", { visibility: Visibility.VISIBILITY_PRIVATE }, "PRIVATE"],
      ["PUBLIC with encrypted digest", { encryptedWeightsSha256: digestOf("e") }, "PUBLIC"],
    ];
    for (const [what, over, logPart] of bad) {
      it(`refuses ${what} (models:2) and leaves state unchanged`, () => {
        const chain = marketChain();
        chain.expectRefused(
          "owner",
          [publish(chain, "owner", over)],
          "models",
          ModelsCode.invalidRequest,
          logPart,
        );
        // The next valid tx still works.
        assert.equal(chain.deliver("owner", [publish(chain, "owner")]).code, 0);
      });
    }

    it("accepts a URI of exactly 512 bytes", () => {
      const chain = marketChain();
      const uri = `https://h/${"x".repeat(502)}`;
      assert.equal(Buffer.byteLength(uri), 512);
      chain.deliverOk("owner", [publish(chain, "owner", { storageUris: [uri] })]);
    });

    it("refuses an owner that is not an account address", () => {
      const chain = marketChain();
      const m = msg(v1.MsgPublishModel, {
        ...publishFields(chain.addr("owner")),
        owner: "strata1notanaddress",
      });
      chain.expectRefused("owner", [m], "models", ModelsCode.invalidRequest, "owner");
    });

    it("refuses an unknown parent (models:4)", () => {
      const chain = marketChain();
      chain.expectRefused(
        "owner",
        [publish(chain, "owner", { parent: "acme/base@9" })],
        "models",
        ModelsCode.notFound,
        "parent",
      );
    });

    it("refuses a version that exists (models:3 duplicate version), also for another owner", () => {
      const chain = marketChain();
      chain.deliverOk("owner", [publish(chain, "owner")]);
      chain.expectRefused(
        "owner",
        [publish(chain, "owner")],
        "models",
        ModelsCode.duplicateVersion,
        "duplicate version",
      );
      chain.expectRefused(
        "user",
        [publish(chain, "user")],
        "models",
        ModelsCode.duplicateVersion,
        "acme/chat@1.0 exists",
      );
      chain.expectRefused(
        "user",
        [publish(chain, "user", { name: TINY_MODEL.name, version: TINY_MODEL.version })],
        "models",
        ModelsCode.duplicateVersion,
      );
    });
  });

  describe("attest", () => {
    function attest(chain: L2Chain, guard: string, id: string, weights = digestOf(`weights:${id}`)) {
      return msg(v1.MsgAttestModel, { guard: chain.addr(guard), id, weightsSha256: weights });
    }

    it("lets an active guard verify a PENDING version with its digest", () => {
      const chain = marketChain();
      chain.deliverOk("owner", [publish(chain, "owner")]);
      const r = chain.deliver("guard2", [attest(chain, "guard2", "acme/chat@1.0")]);
      assert.equal(r.code, 0, r.log);
      assert.deepEqual(eventsOf(r.events, "attest_model"), [
        { id: "acme/chat@1.0", guard: chain.addr("guard2") },
      ]);
      const m = getModel(chain, "acme/chat@1.0");
      assert.equal(m.status, ModelStatus.MODEL_STATUS_VERIFIED);
      assert.equal(m.verifiedBy, chain.addr("guard2"));
      assert.equal(Number(m.verifiedHeight), chain.height);
    });

    it("refuses a signer that is not an active guard (models:5): a user, an executor", () => {
      const chain = marketChain();
      chain.deliverOk("owner", [publish(chain, "owner")]);
      chain.expectRefused(
        "user",
        [attest(chain, "user", "acme/chat@1.0")],
        "models",
        ModelsCode.notGuard,
        "active guard",
      );
      chain.expectRefused("exec1", [attest(chain, "exec1", "acme/chat@1.0")], "models", ModelsCode.notGuard);
    });

    it("refuses an unknown version (models:4)", () => {
      const chain = marketChain();
      chain.expectRefused("guard1", [attest(chain, "guard1", "acme/none@1")], "models", ModelsCode.notFound);
    });

    it("refuses attesting a VERIFIED or DEPRECATED version (models:6)", () => {
      const chain = marketChain();
      const tiny = getModel(chain, TINY_MODEL.id);
      chain.expectRefused(
        "guard1",
        [attest(chain, "guard1", TINY_MODEL.id, tiny.weightsSha256)],
        "models",
        ModelsCode.invalidStatus,
        "MODEL_STATUS_VERIFIED",
      );
      chain.deliverOk("owner", [publish(chain, "owner")]);
      chain.deliverOk("owner", [
        msg(v1.MsgDeprecateModel, { owner: chain.addr("owner"), id: "acme/chat@1.0" }),
      ]);
      chain.expectRefused(
        "guard1",
        [attest(chain, "guard1", "acme/chat@1.0")],
        "models",
        ModelsCode.invalidStatus,
      );
    });

    it("refuses a digest other than the version's (models:7)", () => {
      const chain = marketChain();
      chain.deliverOk("owner", [publish(chain, "owner")]);
      chain.expectRefused(
        "guard1",
        [attest(chain, "guard1", "acme/chat@1.0", digestOf("other bytes"))],
        "models",
        ModelsCode.digestMismatch,
      );
      assert.equal(getModel(chain, "acme/chat@1.0").status, ModelStatus.MODEL_STATUS_PENDING);
    });
  });

  describe("deprecate", () => {
    function deprecate(chain: L2Chain, label: string, id: string) {
      return msg(v1.MsgDeprecateModel, { owner: chain.addr(label), id });
    }

    it("retires the owner's version with its height; twice is refused (models:6)", () => {
      const chain = marketChain();
      const r = chain.deliver("owner", [deprecate(chain, "owner", TINY_MODEL.id)]);
      assert.equal(r.code, 0, r.log);
      const m = getModel(chain, TINY_MODEL.id);
      assert.equal(m.status, ModelStatus.MODEL_STATUS_DEPRECATED);
      assert.equal(Number(m.deprecatedHeight), chain.height);
      chain.expectRefused(
        "owner",
        [deprecate(chain, "owner", TINY_MODEL.id)],
        "models",
        ModelsCode.invalidStatus,
        "already",
      );
    });

    it("refuses an unknown version (models:4) and another owner (models:8)", () => {
      const chain = marketChain();
      chain.expectRefused("owner", [deprecate(chain, "owner", "nope@1")], "models", ModelsCode.notFound);
      chain.expectRefused("user", [deprecate(chain, "user", TINY_MODEL.id)], "models", ModelsCode.notOwner);
    });

    it("retires a PENDING version too", () => {
      const chain = marketChain();
      chain.deliverOk("owner", [publish(chain, "owner")]);
      chain.deliverOk("owner", [deprecate(chain, "owner", "acme/chat@1.0")]);
      assert.equal(getModel(chain, "acme/chat@1.0").status, ModelStatus.MODEL_STATUS_DEPRECATED);
    });
  });

  describe("queries", () => {
    it("Model: NotFound for an unknown id, InvalidArgument for an empty one", () => {
      const chain = marketChain();
      const r = chain.query(`${Q}Model`, v1.QueryModelRequest.encode({ id: "x@1" }).finish());
      assert.equal(r.code, 22);
      assert.match(r.log, /NotFound/);
      assert.equal(chain.query(`${Q}Model`, v1.QueryModelRequest.encode({ id: "" }).finish()).code, 18);
    });

    it("Models: status filter, id order, pagination by key and offset, totals", () => {
      const chain = marketChain();
      for (const name of ["c/m", "a/m", "b/m"]) chain.deliverOk("owner", [publish(chain, "owner", { name })]);
      const list = (req: strata.models.v1.IQueryModelsRequest) =>
        chain.queryOk(`${Q}Models`, v1.QueryModelsRequest.encode(req).finish(), (b) =>
          v1.QueryModelsResponse.decode(b),
        );
      assert.deepEqual(
        list({}).models.map((m) => m.id),
        ["a/m@1.0", "b/m@1.0", "c/m@1.0", TINY_MODEL.id],
      );
      assert.deepEqual(
        list({ status: ModelStatus.MODEL_STATUS_VERIFIED }).models.map((m) => m.id),
        [TINY_MODEL.id],
      );
      const first = list({
        status: ModelStatus.MODEL_STATUS_PENDING,
        pagination: { limit: 2, countTotal: true },
      });
      assert.deepEqual(
        first.models.map((m) => m.id),
        ["a/m@1.0", "b/m@1.0"],
      );
      assert.equal(Number(first.pagination?.total), 3);
      const next = list({
        status: ModelStatus.MODEL_STATUS_PENDING,
        pagination: { key: first.pagination!.nextKey },
      });
      assert.deepEqual(
        next.models.map((m) => m.id),
        ["c/m@1.0"],
      );
      assert.equal(next.pagination?.nextKey?.length ?? 0, 0);
      const offset = list({ pagination: { offset: 3, limit: 5 } });
      assert.deepEqual(
        offset.models.map((m) => m.id),
        [TINY_MODEL.id],
      );
    });

    it("ModelHistory: a name's versions in publication order, not id order", () => {
      const chain = marketChain();
      for (const version of ["2.0", "1.0", "10.0"])
        chain.deliverOk("owner", [publish(chain, "owner", { version })]);
      chain.deliverOk("owner", [publish(chain, "owner", { name: "acme/chat2" })]);
      const history = chain.queryOk(
        `${Q}ModelHistory`,
        v1.QueryModelHistoryRequest.encode({ name: "acme/chat" }).finish(),
        (b) => v1.QueryModelHistoryResponse.decode(b),
      );
      assert.deepEqual(
        history.models.map((m) => m.version),
        ["2.0", "1.0", "10.0"],
      );
      const none = chain.queryOk(
        `${Q}ModelHistory`,
        v1.QueryModelHistoryRequest.encode({ name: "nobody" }).finish(),
        (b) => v1.QueryModelHistoryResponse.decode(b),
      );
      assert.equal(none.models.length, 0);
    });
  });
});
