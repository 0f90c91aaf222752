/**
 * Fetches a model version's weights from one of its storage URIs and checks them against the
 * version: `file://` paths are read in place, `http(s)://` URLs are downloaded into the guard's
 * weights folder (at most `weights_size` bytes are accepted). Every URI is tried in order until
 * one gives bytes with the right sha256 and size.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { errorMessage } from "../../chain/core/errors/index.js";
import type { Logger } from "../../chain/core/log/index.js";
import { GuardError, GuardErrorCode } from "../errors.js";

/** The parts of a model version the fetch checks. */
export interface WeightsSpec {
  id: string;
  weightsSha256: string;
  weightsSize: number;
  storageUris: readonly string[];
}

/** Weights found and checked. */
export interface FetchedWeights {
  path: string;
  uri: string;
}

/** Why one URI gave nothing usable. */
class UriFailure extends Error {
  constructor(
    message: string,
    /** The bytes were there but wrong (digest or size), not just unreachable. */
    readonly mismatch: boolean,
  ) {
    super(message);
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function checkFile(path: string, spec: WeightsSpec): Promise<void> {
  const { size } = await stat(path);
  // [REJECT] the file's size is the version's weights_size
  if (size !== spec.weightsSize)
    throw new UriFailure(`${size} bytes, the version lists ${spec.weightsSize}`, true);
  const digest = await sha256File(path);
  // [REJECT] the file's sha256 is the version's weights_sha256
  if (digest !== spec.weightsSha256) {
    throw new UriFailure(`sha256 ${digest}, the version lists ${spec.weightsSha256}`, true);
  }
}

async function download(uri: string, spec: WeightsSpec, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const final = join(dir, `${spec.weightsSha256}.gguf`);
  try {
    await checkFile(final, spec);
    return final; // fetched before
  } catch {
    // not cached (or a bad leftover): download again
  }
  const part = `${final}.part`;
  let res: Response;
  try {
    res = await fetch(uri, { signal: AbortSignal.timeout(600_000) });
  } catch (err) {
    throw new UriFailure(`cannot fetch: ${errorMessage(err)}`, false);
  }
  if (!res.ok || !res.body) throw new UriFailure(`HTTP ${res.status}`, false);
  const hash = createHash("sha256");
  let bytes = 0;
  try {
    await pipeline(
      Readable.fromWeb(res.body as import("node:stream/web").ReadableStream<Uint8Array>),
      async function* (source) {
        for await (const chunk of source as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          // [REJECT] no more than weights_size bytes (a server cannot fill the guard's disk)
          if (bytes > spec.weightsSize) throw new UriFailure(`more than ${spec.weightsSize} bytes`, true);
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(part, { mode: 0o600 }),
    );
  } catch (err) {
    await rm(part, { force: true });
    if (err instanceof UriFailure) throw err;
    throw new UriFailure(`download failed: ${errorMessage(err)}`, false);
  }
  const digest = hash.digest("hex");
  if (bytes !== spec.weightsSize || digest !== spec.weightsSha256) {
    await rm(part, { force: true });
    throw new UriFailure(
      `${bytes} bytes with sha256 ${digest}, the version lists ${spec.weightsSize} bytes with ${spec.weightsSha256}`,
      true,
    );
  }
  await rename(part, final);
  return final;
}

/**
 * The first listed URI whose bytes match the version.
 * @throws GuardError(WeightsMismatch) when some URI gave bytes with another digest or size and
 *   none matched; GuardError(WeightsUnavailable) when no URI could be read at all (unsupported
 *   schemes such as `ipfs://` count as unreadable).
 */
export async function fetchWeights(
  spec: WeightsSpec,
  weightsDir: string,
  deps: { logger: Logger },
): Promise<FetchedWeights> {
  const failures: string[] = [];
  let mismatch = false;
  for (const uri of spec.storageUris) {
    try {
      let path: string;
      if (uri.startsWith("file://")) {
        path = fileURLToPath(uri);
        try {
          await checkFile(path, spec);
        } catch (err) {
          if (err instanceof UriFailure) throw err;
          throw new UriFailure(`cannot read: ${errorMessage(err)}`, false);
        }
      } else if (uri.startsWith("http://") || uri.startsWith("https://")) {
        path = await download(uri, spec, weightsDir);
      } else {
        throw new UriFailure("scheme not supported by this guard (file://, http://, https://)", false);
      }
      return { path, uri };
    } catch (err) {
      const failure = err instanceof UriFailure ? err : new UriFailure(errorMessage(err), false);
      mismatch ||= failure.mismatch;
      failures.push(`${uri}: ${failure.message}`);
      deps.logger.warn("weights not usable from this uri", { model: spec.id, uri, reason: failure.message });
    }
  }
  const detail = { model: spec.id, failures };
  if (mismatch) {
    throw new GuardError(
      GuardErrorCode.WeightsMismatch,
      `weights of ${spec.id} do not match the version: ${failures.join("; ")}`,
      detail,
    );
  }
  throw new GuardError(
    GuardErrorCode.WeightsUnavailable,
    `no listed uri of ${spec.id} could be read: ${failures.join("; ") || "none listed"}`,
    detail,
  );
}
