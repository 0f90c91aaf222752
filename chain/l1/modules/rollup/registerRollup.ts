import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { addressBytes, sha256, toAddress } from "../../../core/crypto/index.js";
import { type GenesisDoc, validateGenesis } from "../../../core/node/genesis.js";
import {
  type ChildValidator,
  childValidatorSet,
  childValidatorsOf,
  childValidatorsToProto,
  MAX_CHILD_BLOCK_BYTES,
} from "../../../core/rollup/index.js";
import { RollupCode, RollupError } from "./errors.js";
import type { RollupDeps } from "./keeper.js";
import { ROLLUP_MODULE, rollupStore } from "./store.js";

const { MsgRegisterRollup, MsgRegisterRollupResponse } = strata.rollup.v1;

/** Largest registered child genesis, bytes ([reg-2]). */
export const MAX_CHILD_GENESIS_BYTES = 512 * 1024;
/** The bond denom. */
export const BOND_DENOM = "ustra";

const CHAIN_ID = /^[a-zA-Z0-9._-]{1,50}$/;
const AMOUNT = /^(0|[1-9][0-9]{0,39})$/;

/** Whether `value` is a canonical `strata1…` account address. */
export function isCanonicalAddress(value: string): boolean {
  try {
    return toAddress(addressBytes(value)) === value;
  } catch {
    return false;
  }
}

/** An amount from its decimal-string form, or undefined when it is not canonical. */
export function parseAmount(value: string): bigint | undefined {
  return AMOUNT.test(value) ? BigInt(value) : undefined;
}

/** Whether `chainId` has the [reg-1] form: 1..50 bytes of `[a-zA-Z0-9._-]`. */
export function isChainId(chainId: string): boolean {
  return CHAIN_ID.test(chainId);
}

/**
 * The registered validator set of a child genesis ([reg-2], [reg-3]): the bytes parse as a genesis
 * document of `chainId` with at least one validator; its validators in `ValidatorSet` order.
 * @throws RollupError(`code`, default invalidChildGenesis) naming what is wrong.
 */
export function childGenesisValidators(
  chainId: string,
  genesis: Uint8Array,
  code: RollupCode = RollupCode.invalidChildGenesis,
): ChildValidator[] {
  const bad = (m: string) => new RollupError(code, m);
  // [reg-2] at most 512 KiB
  if (genesis.length > MAX_CHILD_GENESIS_BYTES)
    throw bad(`genesis is ${genesis.length} bytes, above ${MAX_CHILD_GENESIS_BYTES}`);
  let doc: GenesisDoc;
  try {
    doc = validateGenesis(
      JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(genesis)) as GenesisDoc,
    );
  } catch (err) {
    // [reg-2] a genesis document (JSON, the node's shape checks)
    throw bad(`genesis is not a genesis document (${(err as Error).message})`);
  }
  // [reg-2] of this chain, with at least one validator (validateGenesis requires one)
  if (doc.chainId !== chainId)
    throw bad(`genesis is of chain ${JSON.stringify(doc.chainId)}, not ${chainId}`);
  // [reg-2] every child block fits one parent tx
  if (doc.consensusParams.block.maxBytes > MAX_CHILD_BLOCK_BYTES) {
    throw bad(
      `genesis consensusParams.block.maxBytes is ${doc.consensusParams.block.maxBytes}, above ${MAX_CHILD_BLOCK_BYTES}: a block could not be posted in one parent tx`,
    );
  }
  // [reg-3] the genesis validators, ordered as ValidatorSet orders them
  const list = doc.validators.map((v) => ({
    pubKey: new Uint8Array(Buffer.from(v.pubKey, "base64")),
    power: BigInt(v.power),
  }));
  try {
    return childValidatorsOf(childValidatorSet(list));
  } catch (err) {
    throw bad(`genesis validators: ${(err as Error).message}`);
  }
}

/**
 * Registers a child chain ([reg-1]..[reg-4]): stores its genesis bytes, their sha256, its
 * validator set (that of height 1) and challenge window, and moves the bond from `creator` to the
 * `rollup` module account.
 * @throws RollupError(alreadyRegistered | invalidChildGenesis | windowTooShort | bondTooLow),
 *   SdkError(insufficientFunds).
 */
export function registerRollup(
  deps: RollupDeps,
  ctx: Context,
  msg: strata.rollup.v1.MsgRegisterRollup,
): void {
  const params = rollupStore.getParams(ctx);
  // [reg-1] not registered before, not the parent's own chain id
  if (msg.chainId === ctx.block.chainId)
    throw new RollupError(RollupCode.alreadyRegistered, `${msg.chainId} is this chain's own id`);
  if (rollupStore.getRollup(ctx, msg.chainId))
    throw new RollupError(RollupCode.alreadyRegistered, `${msg.chainId} is registered`);
  const validators = childGenesisValidators(msg.chainId, msg.genesis);
  // [reg-4] window and bond at least the params' minimums
  const window = Number(msg.challengeWindowBlocks);
  if (window < params.minChallengeWindowBlocks)
    throw new RollupError(
      RollupCode.windowTooShort,
      `challenge window ${window} is below ${params.minChallengeWindowBlocks} blocks`,
    );
  const bond = BigInt(msg.bond);
  if (bond < params.minBond)
    throw new RollupError(
      RollupCode.bondTooLow,
      `bond ${bond}${BOND_DENOM} is below ${params.minBond}${BOND_DENOM}`,
    );
  // [reg-4] the bond moves to the rollup module account (bank's insufficient funds otherwise)
  if (bond > 0n)
    deps.bank.sendToModule(ctx, msg.creator, ROLLUP_MODULE, [{ denom: BOND_DENOM, amount: bond }]);
  rollupStore.setGenesis(ctx, msg.chainId, msg.genesis);
  rollupStore.setRollup(ctx, {
    chainId: msg.chainId,
    creator: msg.creator,
    genesisSha256: sha256(msg.genesis),
    challengeWindowBlocks: window,
    bond: bond.toString(),
    registeredHeight: ctx.block.height,
    lastNumber: 0,
    validators: childValidatorsToProto(validators),
  });
  ctx.events.emit("rollup_register", { chain_id: msg.chainId, creator: msg.creator });
}

/** `MsgRegisterRollup`. */
export function registerRollupHandler(deps: RollupDeps): MsgHandler<strata.rollup.v1.MsgRegisterRollup> {
  return {
    typeUrl: MsgRegisterRollup.getTypeUrl(""),
    decode: (bytes) => MsgRegisterRollup.decode(bytes),
    validateBasic(msg) {
      const bad = (m: string) => new RollupError(RollupCode.invalidRequest, m);
      // [REJECT] the creator is a canonical account address
      if (!isCanonicalAddress(msg.creator))
        throw bad(`creator ${JSON.stringify(msg.creator)} is not an account address`);
      // [reg-1] 1..50 bytes of [a-zA-Z0-9._-]
      if (!isChainId(msg.chainId))
        throw bad(`chain id ${JSON.stringify(msg.chainId)} must be 1 to 50 characters of [a-zA-Z0-9._-]`);
      // [REJECT] the bond is a decimal amount of ustra
      if (parseAmount(msg.bond) === undefined)
        throw bad(`bond ${JSON.stringify(msg.bond)} must be a decimal amount of ${BOND_DENOM}`);
      // [reg-2] a genesis is given, within the size limit
      if (msg.genesis.length === 0) throw bad("genesis is empty");
      if (msg.genesis.length > MAX_CHILD_GENESIS_BYTES)
        throw new RollupError(
          RollupCode.invalidChildGenesis,
          `genesis is ${msg.genesis.length} bytes, above ${MAX_CHILD_GENESIS_BYTES}`,
        );
    },
    signers: (msg) => [msg.creator],
    execute(ctx, msg) {
      registerRollup(deps, ctx, msg);
      return {
        typeUrl: MsgRegisterRollupResponse.getTypeUrl(""),
        value: MsgRegisterRollupResponse.encode({}).finish(),
      };
    },
  };
}
