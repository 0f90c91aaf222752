import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, withNumbers } from "../../shared/index.js";
import { ModelsCode, ModelsError } from "./errors.js";
import type { NodesKeeper } from "./expectedKeepers.js";
import { modelsStore } from "./store.js";

const { MsgAttestModel, MsgAttestModelResponse, ModelStatus } = strata.models.v1;

/**
 * A guard attests a PENDING version's weights digest; the version becomes VERIFIED (RULES.md,
 * models, "Attest").
 * @throws ModelsError(notGuard | notFound | invalidStatus | digestMismatch).
 */
export function attestModel(nodes: NodesKeeper, ctx: Context, msg: strata.models.v1.MsgAttestModel): void {
  // [REJECT] the signer is an active node with role GUARD
  if (!nodes.isActive(ctx, msg.guard, strata.nodes.v1.Role.ROLE_GUARD))
    throw new ModelsError(ModelsCode.notGuard, `${msg.guard} is not an active guard`);
  const model = modelsStore.get(ctx, msg.id);
  // [REJECT] the version exists and is PENDING
  if (!model) throw new ModelsError(ModelsCode.notFound, `model ${JSON.stringify(msg.id)} does not exist`);
  if (model.status !== ModelStatus.MODEL_STATUS_PENDING) {
    throw new ModelsError(
      ModelsCode.invalidStatus,
      `model ${msg.id} is ${ModelStatus[model.status]}; only a PENDING version can be attested`,
    );
  }
  // [REJECT] weights_sha256 equals the version's digest
  if (msg.weightsSha256 !== model.weightsSha256) {
    throw new ModelsError(
      ModelsCode.digestMismatch,
      `attested ${msg.weightsSha256} but model ${msg.id} pins ${model.weightsSha256}`,
    );
  }
  model.status = ModelStatus.MODEL_STATUS_VERIFIED;
  model.verifiedBy = msg.guard;
  model.verifiedHeight = ctx.block.height;
  modelsStore.set(ctx, model);
  ctx.events.emit("attest_model", { id: msg.id, guard: msg.guard });
}

/** `MsgAttestModel` over the nodes keeper (who counts as an active guard). */
export function attestModelHandler(nodes: NodesKeeper): MsgHandler<strata.models.v1.MsgAttestModel> {
  return {
    typeUrl: MsgAttestModel.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgAttestModel.decode(bytes)),
    validateBasic(msg) {
      // [REJECT] the guard is a canonical account address
      if (!isCanonicalAddress(msg.guard))
        throw new ModelsError(
          ModelsCode.invalidRequest,
          `guard ${JSON.stringify(msg.guard)} is not an account address`,
        );
    },
    signers: (msg) => [msg.guard],
    execute(ctx, msg) {
      attestModel(nodes, ctx, msg);
      return {
        typeUrl: MsgAttestModelResponse.getTypeUrl(""),
        value: MsgAttestModelResponse.encode({}).finish(),
      };
    },
  };
}
