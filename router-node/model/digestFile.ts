import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { RouterError, RouterErrorCode } from "../errors.js";

/**
 * The sha256 of a file as 64 lowercase hex characters, read as a stream (model files can be
 * many gigabytes). This is the digest a model version is pinned by on L2.
 *
 * @throws RouterError `InvalidModelFile` when the file cannot be read.
 */
export async function digestFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (err) {
    throw new RouterError(
      RouterErrorCode.InvalidModelFile,
      `cannot read model file ${path}: ${(err as Error).message}`,
      {
        detail: { path },
      },
    );
  }
  return hash.digest("hex");
}
