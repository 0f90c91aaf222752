import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { withNumbers } from "../../shared/index.js";
import { ModelsCode, ModelsError } from "./errors.js";
import { modelsStore } from "./store.js";
import { modelId, validateVersionFields } from "./validate.js";

const { MsgPublishModel, MsgPublishModelResponse, ModelStatus } = strata.models.v1;

/**
 * Publishes a new immutable version with status PENDING (RULES.md, models, "Publish").
 * @returns the version id.
 * @throws ModelsError(notFound) for an unknown parent, (duplicateVersion) for an existing id.
 */
export function publishModel(ctx: Context, msg: strata.models.v1.MsgPublishModel): string {
  const id = modelId(msg.name, msg.version);
  // [REJECT] parent, when set, is an existing version id
  if (msg.parent !== "" && !modelsStore.has(ctx, msg.parent))
    throw new ModelsError(ModelsCode.notFound, `parent ${JSON.stringify(msg.parent)} does not exist`);
  // [REJECT] the id does not exist yet (versions are immutable)
  if (modelsStore.has(ctx, id)) throw new ModelsError(ModelsCode.duplicateVersion, `version ${id} exists`);
  modelsStore.set(ctx, {
    id,
    name: msg.name,
    version: msg.version,
    weightsSha256: msg.weightsSha256,
    weightsSize: msg.weightsSize,
    format: msg.format,
    quantization: msg.quantization,
    tokenizerSha256: msg.tokenizerSha256,
    storageUris: msg.storageUris,
    priceInputPer_1k: msg.priceInputPer_1k,
    priceOutputPer_1k: msg.priceOutputPer_1k,
    owner: msg.owner,
    license: msg.license,
    visibility: msg.visibility,
    encryptedWeightsSha256: msg.encryptedWeightsSha256,
    parent: msg.parent,
    status: ModelStatus.MODEL_STATUS_PENDING,
    publishedHeight: ctx.block.height,
  });
  modelsStore.appendHistory(ctx, msg.name, id);
  ctx.events.emit("publish_model", { id, owner: msg.owner, weights_sha256: msg.weightsSha256 });
  return id;
}

/** `MsgPublishModel`: the owner publishes a version; it waits PENDING for a guard's attestation. */
export const publishModelHandler: MsgHandler<strata.models.v1.MsgPublishModel> = {
  typeUrl: MsgPublishModel.getTypeUrl(""),
  decode: (bytes) => withNumbers(MsgPublishModel.decode(bytes)),
  validateBasic(msg) {
    validateVersionFields(msg);
  },
  signers: (msg) => [msg.owner],
  execute(ctx, msg) {
    const id = publishModel(ctx, msg);
    return {
      typeUrl: MsgPublishModelResponse.getTypeUrl(""),
      value: MsgPublishModelResponse.encode({ id }).finish(),
    };
  },
};
