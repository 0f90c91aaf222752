import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTinyModel, type TinyModelOptions } from "../../../router-node/index.js";

/** A temporary folder holding a freshly generated tiny model. */
export interface TinyModelFixture {
  dir: string;
  /** Path of `tiny.gguf` (model id `tiny`). */
  path: string;
  remove(): Promise<void>;
}

/** Writes the tiny model (bigram by default) into a new temporary folder; never into the repo. */
export async function tinyModelFixture(opts: TinyModelOptions = {}): Promise<TinyModelFixture> {
  const dir = await mkdtemp(join(tmpdir(), "strata-router-"));
  const path = join(dir, "tiny.gguf");
  await writeFile(path, buildTinyModel(opts).bytes);
  return { dir, path, remove: () => rm(dir, { recursive: true, force: true }) };
}
