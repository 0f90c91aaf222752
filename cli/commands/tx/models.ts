/** `strata tx models publish|attest|deprecate`. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type Command, Option } from "commander";
import { msgAttestModel, msgDeprecateModel, msgPublishModel, Visibility } from "../../../client/index.js";
import { addTxOptions, collect, parseDigest, parseUint, parseUstra, runTx } from "./common.js";

/** sha256 (hex) and size of a file, streamed (weights files are large). */
async function fileDigest(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { sha256: hash.digest("hex"), size: (await stat(path)).size };
}

/** Splits a version id `name@version` at its last `@` (names cannot hold one). */
function splitId(id: string, cmd: Command): { name: string; version: string } {
  const at = id.lastIndexOf("@");
  if (at <= 0 || at === id.length - 1)
    cmd.error(`error: expected a model version id NAME@VERSION, got ${JSON.stringify(id)}`);
  return { name: id.slice(0, at), version: id.slice(at + 1) };
}

/** Registers `tx models …` on the `tx` command. */
export function registerModelsTx(tx: Command): void {
  const models = tx.command("models").description("model registry transactions (L2)");

  addTxOptions(
    models
      .command("publish")
      .description(
        "publish an immutable model version NAME@VERSION pinned by its weights' sha256 (status PENDING until a guard attests it)",
      )
      .argument("<from>", "keyring key of the owner (receives the model-owner share of payments)")
      .argument("<id>", "version id NAME@VERSION, e.g. llama-3.2-1b@q8")
      .option("--file <path>", "weights file: computes --weights-sha256 and --weights-size")
      .option("--weights-sha256 <hex>", "sha256 of the weights file", parseDigest)
      .option("--weights-size <bytes>", "size of the weights file", parseUint)
      .option("--format <format>", "file format", "gguf")
      .requiredOption("--quantization <q>", "quantization, e.g. Q8_0 or F32")
      .option(
        "--tokenizer-sha256 <hex>",
        "sha256 of the tokenizer / chat template (omit when embedded)",
        parseDigest,
      )
      .option(
        "--uri <uri>",
        "where the weights can be fetched (ipfs://, https://, http://, s3://, ar://, file://); repeatable",
        collect,
        [],
      )
      .option("--price-input <ustra>", "price per 1,000 input tokens", parseUstra, "0")
      .option("--price-output <ustra>", "price per 1,000 output tokens", parseUstra, "0")
      .option("--license <name>", "SPDX id or license name", "")
      .option("--private", "weights are stored encrypted (needs --encrypted-weights-sha256)")
      .addOption(
        new Option("--visibility <visibility>", "public, or private (same as --private)").choices([
          "public",
          "private",
        ]),
      )
      .option("--encrypted-weights-sha256 <hex>", "sha256 of the encrypted weights file", parseDigest)
      .option("--parent <id>", "parent version id (fine-tune or quantization of it)", ""),
  ).action(async (from: string, id: string, opts, cmd: Command) => {
    const { name, version } = splitId(id, cmd);
    let weightsSha256: string | undefined = opts.weightsSha256;
    let weightsSize: number | undefined = opts.weightsSize;
    if (opts.file) {
      const d = await fileDigest(opts.file);
      weightsSha256 ??= d.sha256;
      weightsSize ??= d.size;
    }
    if (!weightsSha256 || weightsSize === undefined)
      cmd.error("error: give --file, or both --weights-sha256 and --weights-size");
    if ((opts.uri as string[]).length === 0) cmd.error("error: give at least one --uri");
    if (opts.private && opts.visibility === "public")
      cmd.error("error: --private and --visibility public contradict each other");
    await runTx(
      cmd,
      from,
      (owner) => [
        msgPublishModel({
          owner,
          name,
          version,
          weightsSha256: weightsSha256!,
          weightsSize: weightsSize!,
          format: opts.format,
          quantization: opts.quantization,
          tokenizerSha256: opts.tokenizerSha256 ?? "",
          storageUris: opts.uri,
          priceInputPer_1k: opts.priceInput,
          priceOutputPer_1k: opts.priceOutput,
          license: opts.license,
          visibility:
            opts.private || opts.visibility === "private"
              ? Visibility.VISIBILITY_PRIVATE
              : Visibility.VISIBILITY_PUBLIC,
          encryptedWeightsSha256: opts.encryptedWeightsSha256 ?? "",
          parent: opts.parent,
        }),
      ],
      () => ({
        fields: { id: `${name}@${version}`, weightsSha256: weightsSha256! },
        text: [
          `published ${name}@${version} (PENDING until a guard attests it)`,
          `weights sha256: ${weightsSha256}`,
        ],
      }),
    );
  });

  addTxOptions(
    models
      .command("attest")
      .description(
        "as an active guard node, attest that a PENDING version's weights have the published sha256",
      )
      .argument("<from>", "keyring key of the guard node's operator")
      .argument("<id>", "version id NAME@VERSION")
      .option("--file <path>", "the weights file you fetched: its sha256 is attested")
      .option("--weights-sha256 <hex>", "the sha256 you computed of the fetched weights", parseDigest),
  ).action(async (from: string, id: string, opts, cmd: Command) => {
    const weightsSha256: string | undefined =
      opts.weightsSha256 ?? (opts.file ? (await fileDigest(opts.file)).sha256 : undefined);
    if (!weightsSha256) cmd.error("error: give --file or --weights-sha256");
    await runTx(
      cmd,
      from,
      (guard) => [msgAttestModel({ guard, id, weightsSha256: weightsSha256! })],
      () => ({
        fields: { id },
        text: [`attested ${id} (VERIFIED)`],
      }),
    );
  });

  addTxOptions(
    models
      .command("deprecate")
      .description("retire a version you own: no new sessions; open sessions keep working")
      .argument("<from>", "keyring key of the owner")
      .argument("<id>", "version id NAME@VERSION"),
  ).action(async (from: string, id: string, _opts, cmd: Command) => {
    await runTx(
      cmd,
      from,
      (owner) => [msgDeprecateModel({ owner, id })],
      () => ({
        fields: { id },
        text: [`deprecated ${id}`],
      }),
    );
  });
}
