import { readFile, stat, writeFile } from "node:fs/promises";
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

  model
    .command("encrypt")
    .description(
      "encrypt a weights file for a private L3 (a fresh key wrapped for its parties); prints the ciphertext's sha256 to publish",
    )
    .requiredOption("--weights <file>", "the plaintext weights file")
    .requiredOption("--out <file>", "where to write the ciphertext (its key wraps go to FILE.keys.json)")
    .requiredOption("--model-id <id>", "the L2 model version it will be published as (name@version)")
    .requiredOption("--l3 <url>", "an L3 node's RPC URL (its parties are the readers)")
    .requiredOption("--l3-chain-id <id>", "the L3 chain id (checked against the node's)")
    .action(
      async (
        opts: { weights: string; out: string; modelId: string; l3: string; l3ChainId: string },
        cmd: Command,
      ) => {
        const { StrataClient } = await import("../../client/index.js");
        const { encryptModelWeights, l3Parties, modelKeysPath, writeEncryptedModel } = await import(
          "../../router-node/chain/l3/index.js"
        );
        const client = await StrataClient.connect(opts.l3);
        let readers: Awaited<ReturnType<typeof l3Parties>>;
        try {
          const actual = await client.stargate.getChainId();
          if (actual !== opts.l3ChainId)
            throw new InvalidArgumentError(
              `--l3-chain-id ${opts.l3ChainId} but the node at ${opts.l3} is of chain ${actual}`,
            );
          readers = await l3Parties(client);
        } finally {
          client.disconnect();
        }
        if (readers.length === 0) throw new InvalidArgumentError(`L3 ${opts.l3ChainId} lists no parties`);
        const weights = new Uint8Array(await readFile(opts.weights));
        const weightsSize = weights.length;
        const enc = encryptModelWeights(weights, { chainId: opts.l3ChainId, modelId: opts.modelId, readers });
        weights.fill(0);
        await writeEncryptedModel(enc, opts.out);
        printResult(
          outputFormat(cmd),
          {
            path: opts.out,
            keys: modelKeysPath(opts.out),
            modelId: opts.modelId,
            chainId: opts.l3ChainId,
            encryptedWeightsSha256: enc.ciphertextSha256,
            bytes: enc.ciphertext.length,
            weightsSha256: enc.weightsSha256,
            weightsSize,
            readers: readers.map((r) => r.address),
          },
          (r) =>
            [
              `wrote ${r.path} (${r.bytes} bytes) and its key wraps ${r.keys} for ${r.readers.length} parties of ${r.chainId}`,
              `encrypted_weights_sha256 ${r.encryptedWeightsSha256}`,
              `weights_sha256 ${r.weightsSha256}`,
              `publish: strata tx models publish KEY ${r.modelId} --weights-sha256 ${r.weightsSha256} --weights-size ${r.weightsSize} --private --encrypted-weights-sha256 ${r.encryptedWeightsSha256} --quantization Q --uri URI`,
            ].join("\n"),
        );
      },
    );
}
