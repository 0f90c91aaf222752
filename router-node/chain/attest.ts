/**
 * The router's own executor on L2: its local backend wrapped so that each task's output is
 * committed to (`sha256(output ‖ salt)`) and signed as a receipt with the router's node key,
 * exactly as the chain checks it (RULES.md, tasks, "Record").
 */
import { randomBytes } from "node:crypto";
import type { Ed25519KeyPair } from "../../chain/core/crypto/index.js";
import { outputCommitment, signReceipt } from "../../client/index.js";
import { RouterError, RouterErrorCode } from "../errors.js";
import type { GenerationResult, InferenceBackend, ServedModel } from "../inference/index.js";
import type { TaskAttestation, TaskContext } from "../inference/types.js";

/** Who signs, for which chain and model. */
export interface AttestationSigner {
  chainId: string;
  /** The executor's operator account, as the receipt names it. */
  operator: string;
  /** The node key registered on L2 (its public key is the node's `pubkey`). */
  key: Pick<Ed25519KeyPair, "sign">;
}

/**
 * Commits to `output` with a fresh 32-byte salt and signs the receipt of `task`.
 * `modelSha256` is the digest of the weights that produced the output.
 */
export function attest(
  signer: AttestationSigner,
  task: TaskContext,
  modelSha256: string,
  output: string,
  result: Pick<GenerationResult, "usage">,
): TaskAttestation {
  const salt = randomBytes(32).toString("hex");
  const fields = {
    taskId: task.taskId,
    sessionId: task.sessionId,
    executor: signer.operator,
    modelSha256,
    promptSha256: task.promptSha256,
    commitment: outputCommitment(output, salt),
    inputTokens: result.usage.promptTokens,
    outputTokens: result.usage.completionTokens,
  };
  const signed = signReceipt(signer.chainId, fields, signer.key);
  return { salt, receipt: { ...fields, signature: signed.signature as Uint8Array } };
}

/**
 * Serves `local` (which serves `localModelId`) under the L2 model id `l2ModelId`, attesting every
 * output of a request that carries a `task`.
 * @throws RouterError `InvalidConfig` when `local` does not serve `localModelId`.
 */
export function withAttestation(
  local: InferenceBackend,
  localModelId: string,
  l2ModelId: string,
  signer: AttestationSigner,
): InferenceBackend {
  const served = local.models.find((m) => m.id === localModelId);
  if (!served?.digest)
    throw new RouterError(
      RouterErrorCode.InvalidConfig,
      `the local backend does not serve ${localModelId} with a digest`,
    );
  const digest = served.digest;
  const model: ServedModel = { ...served, id: l2ModelId };
  return {
    kind: local.kind,
    models: [model],
    async generate(req, hooks) {
      let text = "";
      const result = await local.generate(
        { ...req, model: localModelId },
        {
          signal: hooks.signal,
          onText(chunk) {
            text += chunk;
            hooks.onText(chunk);
          },
        },
      );
      if (!req.task) return result;
      return { ...result, attestation: attest(signer, req.task, digest, text, result) };
    },
    // The local backend belongs to the router, which closes it.
    close: async () => {},
  };
}
