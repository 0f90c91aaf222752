import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import {
  type ChildValidator,
  childValidatorSet,
  childValidatorsFromProto,
  childValidatorsOf,
  childValidatorsToProto,
} from "../../../core/rollup/index.js";
import { isCanonicalAddress, withNumbers } from "../../shared/index.js";
import { L3RegistryCode, L3RegistryError } from "./errors.js";
import { l3registryStore } from "./store.js";

const { MsgRegisterL3, MsgRegisterL3Response } = strata.l3registry.v1;

const CHAIN_ID = /^[a-zA-Z0-9._-]{1,50}$/;
const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Most admins one L3 registers. */
export const MAX_L3_ADMINS = 32;
/** Most validators one L3 registers. */
export const MAX_L3_VALIDATORS = 100;

/** Whether `chainId` has the [l3r-1] form: 1..50 characters of `[a-zA-Z0-9._-]`. */
export function isL3ChainId(chainId: string): boolean {
  return CHAIN_ID.test(chainId);
}

/** Whether `name` has the [l3r-1] form: 1..64 characters of `[a-z0-9-]`, not starting with `-`. */
export function isL3Name(name: string): boolean {
  return NAME.test(name);
}

/**
 * [l3r-2] The registered validator set in `ValidatorSet` order.
 * @throws L3RegistryError(`code`) for an empty or oversized list, a bad key, a duplicate or a bad power.
 */
export function l3ValidatorSet(
  list: readonly strata.rollup.v1.IChildValidator[],
  code: L3RegistryCode = L3RegistryCode.invalidValidators,
): ChildValidator[] {
  if (list.length === 0 || list.length > MAX_L3_VALIDATORS)
    throw new L3RegistryError(code, `${list.length} validators; 1 to ${MAX_L3_VALIDATORS} are required`);
  try {
    return childValidatorsOf(childValidatorSet(childValidatorsFromProto(list)));
  } catch (err) {
    throw new L3RegistryError(code, (err as Error).message);
  }
}

/**
 * [l3r-3] [l3r-4] Format checks of a registration's admins and genesis hash.
 * @throws L3RegistryError(`code`) naming the bad field.
 */
export function checkAdminsAndHash(
  admins: readonly string[],
  genesisSha256: Uint8Array,
  code: L3RegistryCode = L3RegistryCode.invalidRequest,
): void {
  if (admins.length === 0 || admins.length > MAX_L3_ADMINS)
    throw new L3RegistryError(code, `${admins.length} admins; 1 to ${MAX_L3_ADMINS} are required`);
  const seen = new Set<string>();
  for (const a of admins) {
    if (!isCanonicalAddress(a))
      throw new L3RegistryError(code, `admin ${JSON.stringify(a)} is not an account address`);
    if (seen.has(a)) throw new L3RegistryError(code, `admin ${a} listed twice`);
    seen.add(a);
  }
  if (genesisSha256.length !== 32)
    throw new L3RegistryError(code, `genesis_sha256 is ${genesisSha256.length} bytes, not 32`);
}

/**
 * Registers an L3 chain ([l3r-1]..[l3r-4]): its id, unique name, admins, genesis hash and the
 * validator set its first header is checked against.
 * @throws L3RegistryError(alreadyRegistered | invalidValidators).
 */
export function registerL3(ctx: Context, msg: strata.l3registry.v1.MsgRegisterL3): void {
  // [l3r-1] a new chain id (not L2's own) and a new name
  if (msg.chainId === ctx.block.chainId)
    throw new L3RegistryError(L3RegistryCode.alreadyRegistered, `${msg.chainId} is this chain's own id`);
  if (l3registryStore.getChain(ctx, msg.chainId))
    throw new L3RegistryError(L3RegistryCode.alreadyRegistered, `chain ${msg.chainId} is registered`);
  const byName = l3registryStore.chainIdByName(ctx, msg.name);
  if (byName !== undefined)
    throw new L3RegistryError(L3RegistryCode.alreadyRegistered, `name ${msg.name} is taken by ${byName}`);
  // [l3r-2] a valid validator set
  const validators = l3ValidatorSet(msg.validators);
  l3registryStore.setChain(ctx, {
    chainId: msg.chainId,
    name: msg.name,
    creator: msg.creator,
    admins: [...msg.admins],
    genesisSha256: msg.genesisSha256,
    registeredHeight: ctx.block.height,
    lastNumber: 0,
    validators: childValidatorsToProto(validators),
  });
  ctx.events.emit("l3_register", { chain_id: msg.chainId, name: msg.name, creator: msg.creator });
}

/** `MsgRegisterL3`. */
export function registerL3Handler(): MsgHandler<strata.l3registry.v1.MsgRegisterL3> {
  return {
    typeUrl: MsgRegisterL3.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgRegisterL3.decode(bytes)),
    validateBasic(msg) {
      const bad = (m: string) => new L3RegistryError(L3RegistryCode.invalidRequest, m);
      // [REJECT] the creator is a canonical account address
      if (!isCanonicalAddress(msg.creator))
        throw bad(`creator ${JSON.stringify(msg.creator)} is not an account address`);
      // [l3r-1] well-formed chain id and name
      if (!isL3ChainId(msg.chainId))
        throw bad(`chain id ${JSON.stringify(msg.chainId)} must be 1 to 50 characters of [a-zA-Z0-9._-]`);
      if (!isL3Name(msg.name))
        throw bad(
          `name ${JSON.stringify(msg.name)} must be 1 to 64 characters of [a-z0-9-], not starting with -`,
        );
      // [l3r-3] [l3r-4]
      checkAdminsAndHash(msg.admins, msg.genesisSha256);
      // [l3r-2]
      l3ValidatorSet(msg.validators);
    },
    signers: (msg) => [msg.creator],
    execute(ctx, msg) {
      registerL3(ctx, msg);
      return {
        typeUrl: MsgRegisterL3Response.getTypeUrl(""),
        value: MsgRegisterL3Response.encode({}).finish(),
      };
    },
  };
}
