import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { nullLogger } from "../../../chain/core/log/index.js";
import {
  fetchWeights,
  GuardError,
  GuardErrorCode,
  runOnce,
  type WeightsSpec,
} from "../../../guard-node/index.js";
import { buildTinyModel } from "../../../router-node/index.js";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("guard: fetching and checking model weights", function () {
  this.timeout(60_000);
  let dir: string;
  let weights: Uint8Array;
  let file: string;
  let server: Server;
  let base: string;
  let requests = 0;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-guard-weights-"));
    weights = buildTinyModel({ seed: 1, variant: "bigram" }).bytes;
    file = join(dir, "tiny.gguf");
    await writeFile(file, weights);
    server = createServer((req, res) => {
      requests++;
      if (req.url === "/tiny.gguf") res.end(Buffer.from(weights));
      else if (req.url === "/longer.gguf")
        res.end(Buffer.concat([Buffer.from(weights), Buffer.from("extra")]));
      else if (req.url === "/endless") {
        // Streams past any size: the guard must stop reading at weights_size.
        const chunk = Buffer.alloc(64 * 1024, 1);
        const push = () => {
          while (res.write(chunk)) if (res.writableLength > 1 << 20) break;
        };
        res.on("drain", push);
        push();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
  });

  const spec = (uris: string[], over: Partial<WeightsSpec> = {}): WeightsSpec => ({
    id: "tiny@1",
    weightsSha256: sha256(weights),
    weightsSize: weights.length,
    storageUris: uris,
    ...over,
  });
  const refused = (code: GuardErrorCode, message: RegExp) => (err: unknown) => {
    assert.ok(err instanceof GuardError, String(err));
    assert.equal(err.code, code);
    assert.match(err.message, message);
    return true;
  };

  it("reads a file:// URI in place", async () => {
    const got = await fetchWeights(spec([pathToFileURL(file).href]), join(dir, "w"), { logger: nullLogger });
    assert.deepEqual(got, { path: file, uri: pathToFileURL(file).href });
  });

  it("downloads an http URI into the weights folder once, then reuses it", async () => {
    const w = join(dir, "cache");
    const got = await fetchWeights(spec([`${base}/tiny.gguf`]), w, { logger: nullLogger });
    assert.equal(got.path, join(w, `${sha256(weights)}.gguf`));
    assert.equal(sha256(await readFile(got.path)), sha256(weights));
    const before = requests;
    await fetchWeights(spec([`${base}/tiny.gguf`]), w, { logger: nullLogger });
    assert.equal(requests, before, "served from the folder");
  });

  it("tries the URIs in order until one matches", async () => {
    const got = await fetchWeights(
      spec(["ipfs://bafy", `${base}/missing.gguf`, `${base}/longer.gguf`, pathToFileURL(file).href]),
      join(dir, "order"),
      { logger: nullLogger },
    );
    assert.equal(got.uri, pathToFileURL(file).href);
  });

  it("refuses weights with another digest or size, and a server that sends more than weights_size", async () => {
    await assert.rejects(
      fetchWeights(spec([pathToFileURL(file).href], { weightsSha256: "0".repeat(64) }), dir, {
        logger: nullLogger,
      }),
      refused(GuardErrorCode.WeightsMismatch, /sha256 [0-9a-f]{64}, the version lists 0{64}/),
    );
    await assert.rejects(
      fetchWeights(spec([pathToFileURL(file).href], { weightsSize: 10 }), dir, { logger: nullLogger }),
      refused(GuardErrorCode.WeightsMismatch, /bytes, the version lists 10/),
    );
    await assert.rejects(
      fetchWeights(spec([`${base}/longer.gguf`]), join(dir, "longer"), { logger: nullLogger }),
      refused(GuardErrorCode.WeightsMismatch, /more than \d+ bytes/),
    );
    await assert.rejects(
      fetchWeights(spec([`${base}/endless`]), join(dir, "endless"), { logger: nullLogger }),
      refused(GuardErrorCode.WeightsMismatch, /more than \d+ bytes/),
    );
  });

  it("reports unreadable URIs as unavailable", async () => {
    await assert.rejects(
      fetchWeights(
        spec(["ipfs://bafy", `${base}/missing.gguf`, pathToFileURL(join(dir, "nope")).href]),
        dir,
        {
          logger: nullLogger,
        },
      ),
      refused(
        GuardErrorCode.WeightsUnavailable,
        /ipfs:\/\/bafy: scheme not supported.*HTTP 404.*cannot read/,
      ),
    );
  });

  it("runs checked weights once; refuses formats it cannot run and files llama.cpp rejects", async () => {
    assert.equal(typeof (await runOnce(file, "gguf", { logger: nullLogger })), "string");
    await assert.rejects(
      runOnce(file, "safetensors", { logger: nullLogger }),
      refused(GuardErrorCode.ModelRunFailed, /format "safetensors" cannot be run/),
    );
    const junk = join(dir, "junk.gguf");
    await writeFile(junk, "not a gguf file at all");
    await assert.rejects(
      runOnce(junk, "gguf", { logger: nullLogger }),
      refused(GuardErrorCode.ModelRunFailed, /cannot load and run/),
    );
  });
});
