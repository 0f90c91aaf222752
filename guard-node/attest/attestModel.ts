/**
 * Model attestation (RULES.md, models, "Attest"): a guard fetches a PENDING version's weights from
 * a listed URI, checks their sha256 and size, loads them and runs one short generation, and only
 * then posts `MsgAttestModel`, which lists the version as VERIFIED.
 */
import { errorMessage } from "../../chain/core/errors/index.js";
import type { Logger } from "../../chain/core/log/index.js";
import {
  enumName,
  ModelStatus,
  type ModelVersion,
  msgAttestModel,
  type StrataL2Client,
} from "../../client/index.js";
import { createLlamaBackend } from "../../router-node/index.js";
import { GuardError, GuardErrorCode } from "../errors.js";
import { fetchWeights } from "./fetchWeights.js";

/** Formats this guard can load and run (llama.cpp). */
export const RUNNABLE_FORMATS: readonly string[] = ["gguf"];

/**
 * Loads the weights and generates a few tokens, greedy, then releases them.
 * @throws GuardError(ModelRunFailed) when the format is not runnable here or llama.cpp fails.
 */
export async function runOnce(path: string, format: string, deps: { logger: Logger }): Promise<string> {
  // [REJECT] a format this guard can run
  if (!RUNNABLE_FORMATS.includes(format)) {
    throw new GuardError(
      GuardErrorCode.ModelRunFailed,
      `format ${JSON.stringify(format)} cannot be run by this guard (runs: ${RUNNABLE_FORMATS.join(", ")})`,
    );
  }
  let backend: Awaited<ReturnType<typeof createLlamaBackend>> | undefined;
  try {
    backend = await createLlamaBackend({ modelPath: path, threads: 1, contextSize: 256 }, deps);
    let text = "";
    await backend.generate(
      {
        model: backend.models[0]!.id,
        input: { kind: "completion", prompt: "hello" },
        params: { maxTokens: 4, fitToContext: true, temperature: 0, topP: null, seed: null, stop: [] },
      },
      {
        signal: AbortSignal.timeout(120_000),
        onText: (t) => {
          text += t;
        },
      },
    );
    return text;
  } catch (err) {
    throw new GuardError(GuardErrorCode.ModelRunFailed, `cannot load and run ${path}: ${errorMessage(err)}`);
  } finally {
    await backend?.close();
  }
}

/** Result of {@link attestModel}. */
export interface Attestation {
  id: string;
  uri: string;
  txhash: string;
  height: number;
}

/**
 * Attests the PENDING version `model` as `guard`: fetch and check, run once, post.
 * @throws GuardError(ModelNotPending) for a version that is not PENDING; GuardError
 *   (WeightsMismatch / WeightsUnavailable / ModelRunFailed) for weights that do not check out,
 *   in which case nothing is posted; TxRefusedError when the chain refuses the attestation.
 */
export async function attestModel(
  client: StrataL2Client,
  args: { guard: string; model: ModelVersion; weightsDir: string },
  deps: { logger: Logger },
): Promise<Attestation> {
  const { model } = args;
  const log = deps.logger.child({ component: "attest", model: model.id });
  // [REJECT] only PENDING versions are attested
  if (model.status !== ModelStatus.MODEL_STATUS_PENDING) {
    throw new GuardError(
      GuardErrorCode.ModelNotPending,
      `model ${model.id} is ${enumName(ModelStatus, model.status)}, not PENDING`,
    );
  }
  const fetched = await fetchWeights(model, args.weightsDir, { logger: log });
  log.info("weights match the version", {
    uri: fetched.uri,
    sha256: model.weightsSha256,
    bytes: model.weightsSize,
  });
  const sample = await runOnce(fetched.path, model.format, { logger: log });
  log.info("weights load and run", { sample });
  const outcome = await client.submit(args.guard, [
    msgAttestModel({ guard: args.guard, id: model.id, weightsSha256: model.weightsSha256 }),
  ]);
  log.info("attested", { height: outcome.height, txhash: outcome.txhash });
  return { id: model.id, uri: fetched.uri, txhash: outcome.txhash, height: outcome.height };
}
