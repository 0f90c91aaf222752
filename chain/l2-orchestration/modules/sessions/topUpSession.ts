import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import {
  isCanonicalAddress,
  L2_DENOM,
  parseAmount,
  SESSIONS_ACCOUNT,
  withNumbers,
} from "../../shared/index.js";
import { SessionsCode, SessionsError } from "./errors.js";
import type { SessionsDeps } from "./keeper.js";
import { sessionsStore } from "./store.js";

const { MsgTopUpSession, MsgTopUpSessionResponse, SessionStatus } = strata.sessions.v1;

/**
 * Adds to an OPEN session's escrow; anyone may pay (RULES.md, sessions, "Top up").
 * @throws SessionsError(notFound | notOpen), SdkError(insufficientFunds).
 */
export function topUpSession(
  deps: SessionsDeps,
  ctx: Context,
  msg: strata.sessions.v1.MsgTopUpSession,
): void {
  const session = sessionsStore.get(ctx, msg.id);
  if (!session) throw new SessionsError(SessionsCode.notFound, `session ${msg.id} does not exist`);
  // [REJECT] the session is OPEN
  if (session.status !== SessionStatus.SESSION_STATUS_OPEN)
    throw new SessionsError(SessionsCode.notOpen, `session ${msg.id} is ${SessionStatus[session.status]}`);
  const amount = BigInt(msg.amount);
  // [REJECT] the sender holds the amount (bank's insufficient funds)
  deps.bank.sendToModule(ctx, msg.sender, SESSIONS_ACCOUNT, [{ denom: L2_DENOM, amount }]);
  session.balance = (BigInt(session.balance) + amount).toString();
  session.deposited = (BigInt(session.deposited) + amount).toString();
  sessionsStore.set(ctx, session);
  ctx.events.emit("top_up_session", { id: msg.id, sender: msg.sender, amount: amount.toString() });
}

/** `MsgTopUpSession`. */
export function topUpSessionHandler(deps: SessionsDeps): MsgHandler<strata.sessions.v1.MsgTopUpSession> {
  return {
    typeUrl: MsgTopUpSession.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgTopUpSession.decode(bytes)),
    validateBasic(msg) {
      const bad = (m: string) => new SessionsError(SessionsCode.invalidRequest, m);
      // [REJECT] the sender is a canonical account address
      if (!isCanonicalAddress(msg.sender))
        throw bad(`sender ${JSON.stringify(msg.sender)} is not an account address`);
      // [REJECT] amount > 0
      const amount = parseAmount(msg.amount);
      if (amount === undefined || amount === 0n)
        throw bad(`amount ${JSON.stringify(msg.amount)} must be a positive amount`);
    },
    signers: (msg) => [msg.sender],
    execute(ctx, msg) {
      topUpSession(deps, ctx, msg);
      return {
        typeUrl: MsgTopUpSessionResponse.getTypeUrl(""),
        value: MsgTopUpSessionResponse.encode({}).finish(),
      };
    },
  };
}
