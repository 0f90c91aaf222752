/** `strata query models list|show|history`. */
import { type Command, InvalidArgumentError } from "commander";
import { enumName, enumValue, ModelStatus, type ModelVersion, Visibility } from "../../../client/index.js";
import { outputFormat, printResult } from "../../output.js";
import {
  addNodeOption,
  addPageOptions,
  jsonable,
  lines,
  pageFrom,
  printPage,
  printShow,
  withClient,
} from "./common.js";

/** A model version for output: enums by name. */
function modelView(m: ModelVersion) {
  return { ...m, status: enumName(ModelStatus, m.status), visibility: enumName(Visibility, m.visibility) };
}

function modelText(m: ReturnType<typeof modelView>): string {
  return lines([
    ["id", m.id],
    ["status", m.status],
    ["owner", m.owner],
    ["weights sha256", m.weightsSha256],
    ["weights size", m.weightsSize],
    ["format", `${m.format} ${m.quantization}`],
    ["tokenizer sha256", m.tokenizerSha256 || undefined],
    ["storage", m.storageUris.join(" ")],
    ["price / 1k input", `${m.priceInputPer_1k} ustra`],
    ["price / 1k output", `${m.priceOutputPer_1k} ustra`],
    ["license", m.license || undefined],
    ["visibility", m.visibility],
    ["encrypted sha256", m.encryptedWeightsSha256 || undefined],
    ["parent", m.parent || undefined],
    ["published at", m.publishedHeight],
    ["verified by", m.verifiedBy ? `${m.verifiedBy} at ${m.verifiedHeight}` : undefined],
    ["deprecated at", m.deprecatedHeight || undefined],
  ]);
}

function row(m: ReturnType<typeof modelView>): string {
  return `${m.id}  ${m.status}  in ${m.priceInputPer_1k} / out ${m.priceOutputPer_1k} ustra per 1k  ${m.owner}`;
}

function parseStatus(value: string): number {
  const status = enumValue(ModelStatus, value);
  if (!status) throw new InvalidArgumentError("expected pending, verified or deprecated");
  return status;
}

/** Registers `query models …` on the `query` command. */
export function registerModelsQuery(query: Command): void {
  const models = query.command("models").description("model registry (L2)");

  addNodeOption(
    models.command("show").description("one model version").argument("<id>", "version id NAME@VERSION"),
  ).action(async (id: string, _opts, cmd: Command) => {
    const model = await withClient(cmd, (c) => c.query.models.model(id));
    printShow(cmd, `model ${id}`, model, modelView, modelText);
  });

  addNodeOption(
    addPageOptions(
      models
        .command("list")
        .description("model versions in id order")
        .option("--status <status>", "only this status: pending, verified or deprecated", parseStatus),
    ),
  ).action(async (opts, cmd: Command) => {
    const r = await withClient(cmd, (c) =>
      c.query.models.list({ ...(opts.status ? { status: opts.status } : {}), page: pageFrom(opts) }),
    );
    printPage(cmd, "models", r.models.map(modelView), r.page, row);
  });

  addNodeOption(
    models
      .command("history")
      .description("every version of a model name, in publication order")
      .argument("<name>", "model name (the part before @)"),
  ).action(async (name: string, _opts, cmd: Command) => {
    const versions = (await withClient(cmd, (c) => c.query.models.history(name))).map(modelView);
    printResult(outputFormat(cmd), jsonable({ name, versions }), () =>
      versions.length === 0
        ? `no versions of ${name}`
        : versions
            .map(
              (m) =>
                `${m.version}  ${m.status}  published at ${m.publishedHeight}${m.parent ? `  parent ${m.parent}` : ""}`,
            )
            .join("\n"),
    );
  });
}
