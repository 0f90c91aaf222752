import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import {
  isCanonicalAddress,
  isDigest,
  L2_DENOM,
  parseAmount,
  SESSIONS_ACCOUNT,
  withNumbers,
} from "../../shared/index.js";
import { SessionsCode, SessionsError } from "./errors.js";
import type { SessionsDeps } from "./keeper.js";
import { sessionsStore } from "./store.js";

const { MsgOpenSession, MsgOpenSessionResponse, SessionStatus } = strata.sessions.v1;
const { ModelStatus } = strata.models.v1;
const { Role } = strata.nodes.v1;

const MAX_ROUTERS = 16;

function bad(message: string): SessionsError {
  return new SessionsError(SessionsCode.invalidRequest, message);
}

/**
 * Opens a session: the deposit moves to the `sessions` module account (RULES.md, sessions, "Open").
 * @returns the new session's id and expiry height.
 * @throws SessionsError for the first broken rule, SdkError(insufficientFunds) when the owner cannot pay.
 */
export function openSession(
  deps: SessionsDeps,
  ctx: Context,
  msg: strata.sessions.v1.MsgOpenSession,
): { id: number; expiresHeight: number } {
  const params = sessionsStore.getParams(ctx);
  const model = deps.models.getModel(ctx, msg.model);
  // [REJECT] the model exists and is VERIFIED
  if (!model)
    throw new SessionsError(SessionsCode.modelNotFound, `model ${JSON.stringify(msg.model)} does not exist`);
  if (model.status !== ModelStatus.MODEL_STATUS_VERIFIED) {
    throw new SessionsError(
      SessionsCode.modelNotVerified,
      `model ${msg.model} is ${ModelStatus[model.status]}; sessions need a VERIFIED version`,
    );
  }
  // [REJECT] redundancy ≤ params max_redundancy and ≤ the active executors serving the model
  if (msg.redundancy > params.maxRedundancy) {
    throw new SessionsError(
      SessionsCode.redundancyTooHigh,
      `redundancy ${msg.redundancy} is above max_redundancy ${params.maxRedundancy}`,
    );
  }
  const executors = deps.nodes
    .activeNodes(ctx, Role.ROLE_EXECUTOR)
    .filter((n) => n.models.includes(msg.model)).length;
  if (msg.redundancy > executors) {
    throw new SessionsError(
      SessionsCode.redundancyTooHigh,
      `redundancy ${msg.redundancy} but only ${executors} active executors serve ${msg.model}`,
    );
  }
  const priceIn = BigInt(model.priceInputPer_1k || "0");
  const priceOut = BigInt(model.priceOutputPer_1k || "0");
  const maxPrice = BigInt(msg.maxPricePer_1k);
  // [REJECT] max_price_per_1k ≥ both of the model's prices
  if (maxPrice < priceIn || maxPrice < priceOut) {
    throw new SessionsError(
      SessionsCode.priceTooLow,
      `max_price_per_1k ${maxPrice} is below the model's prices (input ${priceIn}, output ${priceOut})`,
    );
  }
  // [REJECT] duration_blocks ≤ max_duration_blocks
  if (msg.durationBlocks > params.maxDurationBlocks) {
    throw new SessionsError(
      SessionsCode.durationTooLong,
      `duration ${msg.durationBlocks} blocks is above max_duration_blocks ${params.maxDurationBlocks}`,
    );
  }
  // [REJECT] each of routers is an active router
  for (const router of msg.routers) {
    if (!deps.nodes.isActive(ctx, router, Role.ROLE_ROUTER))
      throw new SessionsError(SessionsCode.notActiveRouter, `${router} is not an active router`);
  }
  // [REJECT] l3_chain_id is empty or names a registered L3 chain ([l3r-8])
  if (msg.l3ChainId !== "" && !deps.l3registry?.isRegistered(ctx, msg.l3ChainId))
    throw new SessionsError(
      SessionsCode.privateNotSupported,
      `l3_chain_id ${JSON.stringify(msg.l3ChainId)} is not a registered L3 chain`,
    );
  const deposit = BigInt(msg.deposit);
  const oneTask = BigInt(msg.redundancy) * (priceIn + priceOut);
  // [REJECT] deposit ≥ one task's price (1,000 input and 1,000 output tokens at redundancy k) and > 0
  if (deposit < oneTask || deposit === 0n) {
    throw new SessionsError(
      SessionsCode.depositTooLow,
      `deposit ${deposit}${L2_DENOM} is below one task's price ${oneTask}${L2_DENOM} (and must be positive)`,
    );
  }
  // [REJECT] no other OPEN session uses the same API key hash (a router finds a session by its key)
  const sameKey = sessionsStore.idByApiKey(ctx, msg.apiKeySha256);
  if (sameKey !== undefined) {
    throw new SessionsError(
      SessionsCode.duplicateApiKey,
      `session ${sameKey} is open with the same api_key_sha256; use a new API key`,
    );
  }
  // [REJECT] the owner holds the deposit (bank's insufficient funds)
  deps.bank.sendToModule(ctx, msg.owner, SESSIONS_ACCOUNT, [{ denom: L2_DENOM, amount: deposit }]);
  const id = sessionsStore.nextId(ctx);
  sessionsStore.setNextId(ctx, id + 1);
  const expiresHeight = ctx.block.height + msg.durationBlocks;
  sessionsStore.set(ctx, {
    id,
    owner: msg.owner,
    model: msg.model,
    redundancy: msg.redundancy,
    maxPricePer_1k: msg.maxPricePer_1k,
    apiKeySha256: msg.apiKeySha256,
    routers: msg.routers,
    l3ChainId: msg.l3ChainId,
    balance: deposit.toString(),
    reserved: "0",
    spent: "0",
    deposited: deposit.toString(),
    openedHeight: ctx.block.height,
    expiresHeight,
    status: SessionStatus.SESSION_STATUS_OPEN,
  });
  sessionsStore.indexApiKey(ctx, msg.apiKeySha256, id);
  ctx.events.emit("open_session", { id, owner: msg.owner, model: msg.model });
  return { id, expiresHeight };
}

/** `MsgOpenSession`. */
export function openSessionHandler(deps: SessionsDeps): MsgHandler<strata.sessions.v1.MsgOpenSession> {
  return {
    typeUrl: MsgOpenSession.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgOpenSession.decode(bytes)),
    validateBasic(msg) {
      // [REJECT] the owner is a canonical account address
      if (!isCanonicalAddress(msg.owner))
        throw bad(`owner ${JSON.stringify(msg.owner)} is not an account address`);
      // [REJECT] the model id is given
      if (msg.model === "") throw bad("model must be a version id (name@version)");
      // [REJECT] redundancy ≥ 1
      if (msg.redundancy < 1) throw bad("redundancy must be at least 1");
      // [REJECT] max_price_per_1k is an amount
      if (parseAmount(msg.maxPricePer_1k) === undefined)
        throw bad(`max_price_per_1k ${JSON.stringify(msg.maxPricePer_1k)} is not an amount`);
      // [REJECT] the deposit is an amount
      if (parseAmount(msg.deposit) === undefined)
        throw bad(`deposit ${JSON.stringify(msg.deposit)} is not an amount`);
      // [REJECT] api_key_sha256 is a digest
      if (!isDigest(msg.apiKeySha256)) throw bad("api_key_sha256 must be 64 lowercase hex characters");
      // [REJECT] duration_blocks ≥ 1
      if (msg.durationBlocks < 1) throw bad("duration_blocks must be at least 1");
      // [REJECT] at most 16 routers, each a canonical address, none twice
      if (msg.routers.length > MAX_ROUTERS) throw bad(`at most ${MAX_ROUTERS} routers`);
      for (const r of msg.routers)
        if (!isCanonicalAddress(r)) throw bad(`router ${JSON.stringify(r)} is not an account address`);
      if (new Set(msg.routers).size !== msg.routers.length) throw bad("routers must not repeat");
    },
    signers: (msg) => [msg.owner],
    execute(ctx, msg) {
      const { id, expiresHeight } = openSession(deps, ctx, msg);
      return {
        typeUrl: MsgOpenSessionResponse.getTypeUrl(""),
        value: MsgOpenSessionResponse.encode({ id, expiresHeight }).finish(),
      };
    },
  };
}
