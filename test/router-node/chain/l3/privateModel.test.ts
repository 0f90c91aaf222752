import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { access, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { L3CryptoCode, L3CryptoError } from "../../../../chain/l3-privacy/crypto/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import {
  encryptModelWeights,
  modelKeysPath,
  openPrivateModelFile,
  writeEncryptedModel,
} from "../../../../router-node/chain/l3/index.js";
import { buildTinyModel } from "../../../../router-node/index.js";
import { L3_TEST_CHAIN_ID, L3Chain } from "../../../chain/l3-privacy/harness.js";

const v1 = strata.l3.v1;
const hex = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("router L3: a private model file, encrypted for the real L3 app's parties and opened by its router", function () {
  this.timeout(30_000);
  let l3: L3Chain;
  let dir: string;
  let weights: Uint8Array;
  let encPath: string;
  let registryDigest: string;

  before(async () => {
    l3 = await L3Chain.create({
      parties: { admin: "ADMIN", alice: "MEMBER", router: "ROUTER" },
      custodians: ["c1", "c2"],
      others: ["rogue"],
    });
    dir = await mkdtemp(join(tmpdir(), "strata-pm-"));
    weights = buildTinyModel({ seed: 7, variant: "bigram" }).bytes;
    // the readers are the L3's parties as its Members query lists them (what `strata model encrypt` reads)
    const r = l3.query("/strata.l3.v1.Query/Members", v1.QueryMembersRequest.encode({}).finish());
    assert.equal(r.code, 0);
    const readers = v1.QueryMembersResponse.decode(r.value).members.map((m) => ({
      address: m.address!,
      x25519PublicKey: m.x25519PublicKey!,
    }));
    assert.equal(readers.length, 3);
    const enc = encryptModelWeights(weights, { chainId: L3_TEST_CHAIN_ID, modelId: "acme/tiny@1", readers });
    encPath = join(dir, "tiny.gguf.enc");
    await writeEncryptedModel(enc, encPath);
    registryDigest = enc.ciphertextSha256;
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("the files hold no plaintext and the registry digest is the ciphertext file's sha256", async () => {
    const ct = await readFile(encPath);
    assert.equal(hex(ct), registryDigest);
    assert.equal(ct.includes(Buffer.from(weights.subarray(0, 64))), false);
    assert.equal((await readFile(modelKeysPath(encPath), "utf8")).includes(hex(weights)), true); // plaintext digest only
  });

  it("the allow-listed router decrypts into a 0600 temp file equal to the original, removed on close", async () => {
    const opened = await openPrivateModelFile(encPath, {
      registryDigest,
      reader: { address: l3.addr("router"), secretKey: l3.x25519("router").secretKey },
    });
    assert.equal(hex(await readFile(opened.path)), hex(weights));
    assert.equal(opened.weightsSha256, hex(weights));
    assert.equal((await stat(opened.path)).mode & 0o777, 0o600);
    await opened.remove();
    await assert.rejects(access(opened.path), /ENOENT/);
  });

  it("a router that is not allow-listed has no wrap: a clear noAccess error, nothing written", async () => {
    await assert.rejects(
      openPrivateModelFile(encPath, {
        registryDigest,
        reader: { address: l3.addr("rogue"), secretKey: l3.x25519("rogue").secretKey },
      }),
      (e: unknown) =>
        e instanceof L3CryptoError &&
        e.code === L3CryptoCode.noAccess &&
        e.message.includes(`no weights key of acme/tiny@1 for ${l3.addr("rogue")}`),
    );
  });

  it("a file that is not the registry's version is refused before decryption", async () => {
    await assert.rejects(
      openPrivateModelFile(encPath, {
        registryDigest: "00".repeat(32),
        reader: { address: l3.addr("router"), secretKey: l3.x25519("router").secretKey },
      }),
      (e: unknown) =>
        e instanceof L3CryptoError &&
        e.code === L3CryptoCode.keyIdMismatch &&
        /L2 registry pins encrypted_weights_sha256 0{64}/.test(e.message),
    );
  });

  it("a tampered ciphertext (even one the registry pinned) is an AEAD error, not a crash", async () => {
    const bad = Buffer.from(await readFile(encPath));
    bad[100]! ^= 1;
    const badPath = join(dir, "bad.gguf.enc");
    await writeFile(badPath, bad);
    const keys = JSON.parse(await readFile(modelKeysPath(encPath), "utf8"));
    keys.ciphertextSha256 = hex(bad);
    await writeFile(modelKeysPath(badPath), JSON.stringify(keys));
    await assert.rejects(
      openPrivateModelFile(badPath, {
        registryDigest: hex(bad),
        reader: { address: l3.addr("router"), secretKey: l3.x25519("router").secretKey },
      }),
      (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.aeadFailure,
    );
  });
});
