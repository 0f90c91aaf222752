import { stat, writeFile } from "node:fs/promises";
import { type Command, InvalidArgumentError, Option } from "commander";
import { buildTinyModel, digestFile, type TinyModelVariant } from "../../router-node/index.js";
import { outputFormat, printResult } from "../output.js";

function uint32(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff)
    throw new InvalidArgumentError("must be an integer in [0, 2^32)");
  return n;
}

/** Registers the `model` command group on the root program. */
export function register(program: Command): void {
  const model = program.command("model").description("model files: the built-in tiny model and digests");

  model
    .command("gen-tiny")
    .description("write the built-in tiny llama-architecture GGUF model (byte-identical for a seed)")
    .requiredOption("--out <file>", "where to write the .gguf file")
    .option("--seed <n>", "PRNG seed", uint32, 1)
    .addOption(
      new Option("--variant <variant>", "bigram: exact, predictable text; random: random weights")
        .choices(["bigram", "random"])
        .default("bigram"),
    )
    .action(async (opts: { out: string; seed: number; variant: TinyModelVariant }, cmd: Command) => {
      const tiny = buildTinyModel({ seed: opts.seed, variant: opts.variant });
      await writeFile(opts.out, tiny.bytes);
      const sha256 = await digestFile(opts.out);
      printResult(
        outputFormat(cmd),
        {
          path: opts.out,
          sha256,
          bytes: tiny.bytes.length,
          params: tiny.params,
          variant: tiny.variant,
          seed: tiny.seed,
        },
        (r) =>
          `wrote ${r.path} (${r.variant}, seed ${r.seed}, ${r.params} params, ${r.bytes} bytes)\nsha256 ${r.sha256}`,
      );
    });

  model
    .command("digest")
    .description("print the sha256 digest of a model file (what a model version is pinned by)")
    .argument("<file>", "model file")
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const sha256 = await digestFile(file);
      const { size } = await stat(file);
      printResult(outputFormat(cmd), { path: file, sha256, bytes: size }, (r) => r.sha256);
    });
}
