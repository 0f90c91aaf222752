import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTinyModel } from "../../../router-node/index.js";
import { runStrata } from "../helpers/spawnRouter.js";

const GOLDEN_BIGRAM_SEED_1 = "cc2bc7d0fc0ba4239bb7d76e24357b12937fec4f09937204fe2afb48b88c7291";

describe("e2e: strata model / router start through the CLI", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-cli-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("model gen-tiny writes byte-identical files for a seed, in separate processes; model digest prints the sha256", async () => {
    const [a, b, other] = await Promise.all([
      runStrata(["model", "gen-tiny", "--out", join(dir, "a.gguf")]),
      runStrata([
        "-o",
        "json",
        "model",
        "gen-tiny",
        "--out",
        join(dir, "b.gguf"),
        "--seed",
        "1",
        "--variant",
        "bigram",
      ]),
      runStrata(["model", "gen-tiny", "--out", join(dir, "c.gguf"), "--seed", "2", "--variant", "random"]),
    ]);
    for (const r of [a, b, other]) assert.equal(r.code, 0, r.stderr);
    const bytesA = await readFile(join(dir, "a.gguf"));
    assert.deepEqual(bytesA, await readFile(join(dir, "b.gguf")));
    assert.equal(createHash("sha256").update(bytesA).digest("hex"), GOLDEN_BIGRAM_SEED_1);
    assert.deepEqual(new Uint8Array(bytesA), buildTinyModel({ seed: 1 }).bytes);
    assert.match(a.stdout, new RegExp(`sha256 ${GOLDEN_BIGRAM_SEED_1}`));
    assert.deepEqual(JSON.parse(b.stdout), {
      path: join(dir, "b.gguf"),
      sha256: GOLDEN_BIGRAM_SEED_1,
      bytes: bytesA.length,
      params: 154_176,
      variant: "bigram",
      seed: 1,
    });
    const digest = await runStrata(["model", "digest", join(dir, "c.gguf")]);
    assert.equal(digest.code, 0);
    assert.equal(
      digest.stdout.trim(),
      createHash("sha256")
        .update(await readFile(join(dir, "c.gguf")))
        .digest("hex"),
    );
  });

  it("router start refuses bad models and bad flags with a coded error and exit code 1, never hanging", async () => {
    const junk = join(dir, "junk.gguf");
    await writeFile(junk, "this is not a model\n");
    // A llama GGUF without feed_forward_length: llama.cpp itself would abort the process.
    const broken = join(dir, "broken.gguf");
    const bytes = Buffer.from(buildTinyModel().bytes);
    const key = Buffer.from("llama.feed_forward_length");
    bytes.write("X", bytes.indexOf(key) + key.length - 1);
    await writeFile(broken, bytes);
    const [j, br, missing, noUpstream] = await Promise.all([
      runStrata(["router", "start", "--port", "0", "--model", junk]),
      runStrata(["router", "start", "--port", "0", "--model", broken]),
      runStrata(["router", "start", "--port", "0", "--model", join(dir, "absent.gguf")]),
      runStrata(["router", "start", "--port", "0", "--backend", "openai"]),
    ]);
    assert.equal(j.code, 1);
    assert.match(j.stderr, /error \[router:9\]: .*not a readable GGUF file: Invalid GGUF magic/);
    assert.equal(br.code, 1);
    assert.match(br.stderr, /error \[router:9\]: .*llama\.feed_forward_length is missing/);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /error \[router:11\]: cannot read model file/);
    assert.equal(noUpstream.code, 1);
    assert.match(noUpstream.stderr, /error \[router:12\]: --backend openai needs --upstream URL/);
  });
});
