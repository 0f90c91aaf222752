import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, withNumbers } from "../../shared/index.js";
import { ModelsCode, ModelsError } from "./errors.js";
import { modelsStore } from "./store.js";

const { MsgDeprecateModel, MsgDeprecateModelResponse, ModelStatus } = strata.models.v1;

/**
 * The owner retires a version: no new sessions or node registrations use it; open sessions keep
 * working (RULES.md, models, "Deprecate").
 * @throws ModelsError(notFound | notOwner | invalidStatus).
 */
export function deprecateModel(ctx: Context, msg: strata.models.v1.MsgDeprecateModel): void {
  const model = modelsStore.get(ctx, msg.id);
  // [REJECT] the version exists
  if (!model) throw new ModelsError(ModelsCode.notFound, `model ${JSON.stringify(msg.id)} does not exist`);
  // [REJECT] the signer is its owner
  if (model.owner !== msg.owner)
    throw new ModelsError(
      ModelsCode.notOwner,
      `model ${msg.id} is owned by ${model.owner}, not ${msg.owner}`,
    );
  // [REJECT] it is not already DEPRECATED
  if (model.status === ModelStatus.MODEL_STATUS_DEPRECATED)
    throw new ModelsError(ModelsCode.invalidStatus, `model ${msg.id} is already DEPRECATED`);
  model.status = ModelStatus.MODEL_STATUS_DEPRECATED;
  model.deprecatedHeight = ctx.block.height;
  modelsStore.set(ctx, model);
  ctx.events.emit("deprecate_model", { id: msg.id, owner: msg.owner });
}

/** `MsgDeprecateModel`. */
export const deprecateModelHandler: MsgHandler<strata.models.v1.MsgDeprecateModel> = {
  typeUrl: MsgDeprecateModel.getTypeUrl(""),
  decode: (bytes) => withNumbers(MsgDeprecateModel.decode(bytes)),
  validateBasic(msg) {
    // [REJECT] the owner is a canonical account address
    if (!isCanonicalAddress(msg.owner))
      throw new ModelsError(
        ModelsCode.invalidRequest,
        `owner ${JSON.stringify(msg.owner)} is not an account address`,
      );
  },
  signers: (msg) => [msg.owner],
  execute(ctx, msg) {
    deprecateModel(ctx, msg);
    return {
      typeUrl: MsgDeprecateModelResponse.getTypeUrl(""),
      value: MsgDeprecateModelResponse.encode({}).finish(),
    };
  },
};
