import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, L2_DENOM, SESSIONS_ACCOUNT, withNumbers } from "../../shared/index.js";
import { SessionsCode, SessionsError } from "./errors.js";
import type { SessionsDeps } from "./keeper.js";
import { sessionsStore } from "./store.js";

const { MsgCloseSession, MsgCloseSessionResponse, SessionStatus } = strata.sessions.v1;

/**
 * Closes a session whose tasks have all settled and refunds its balance to the owner (RULES.md,
 * sessions, "Close"). The closed session keeps `deposited` and `spent`; its balance becomes 0.
 * @returns the refunded amount.
 * @throws SessionsError(notFound | notOpen | notOwner | openTasks).
 */
export function closeSession(
  deps: SessionsDeps,
  ctx: Context,
  msg: strata.sessions.v1.MsgCloseSession,
): bigint {
  const session = sessionsStore.get(ctx, msg.id);
  if (!session) throw new SessionsError(SessionsCode.notFound, `session ${msg.id} does not exist`);
  // [REJECT] the session is OPEN
  if (session.status !== SessionStatus.SESSION_STATUS_OPEN)
    throw new SessionsError(SessionsCode.notOpen, `session ${msg.id} is ${SessionStatus[session.status]}`);
  // [REJECT] the signer is its owner
  if (session.owner !== msg.owner)
    throw new SessionsError(
      SessionsCode.notOwner,
      `session ${msg.id} is owned by ${session.owner}, not ${msg.owner}`,
    );
  // [REJECT] open_tasks = 0
  if (session.openTasks > 0)
    throw new SessionsError(
      SessionsCode.openTasks,
      `session ${msg.id}: ${session.openTasks} tasks not yet settled`,
    );
  const refund = BigInt(session.balance);
  if (refund > 0n)
    deps.bank.sendFromModule(ctx, SESSIONS_ACCOUNT, session.owner, [{ denom: L2_DENOM, amount: refund }]);
  session.balance = "0";
  session.status = SessionStatus.SESSION_STATUS_CLOSED;
  session.closedHeight = ctx.block.height;
  sessionsStore.set(ctx, session);
  sessionsStore.unindexApiKey(ctx, session.apiKeySha256, msg.id);
  ctx.events.emit("close_session", { id: msg.id, owner: msg.owner, refunded: refund.toString() });
  return refund;
}

/** `MsgCloseSession`. */
export function closeSessionHandler(deps: SessionsDeps): MsgHandler<strata.sessions.v1.MsgCloseSession> {
  return {
    typeUrl: MsgCloseSession.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgCloseSession.decode(bytes)),
    validateBasic(msg) {
      // [REJECT] the owner is a canonical account address
      if (!isCanonicalAddress(msg.owner))
        throw new SessionsError(
          SessionsCode.invalidRequest,
          `owner ${JSON.stringify(msg.owner)} is not an account address`,
        );
    },
    signers: (msg) => [msg.owner],
    execute(ctx, msg) {
      const refunded = closeSession(deps, ctx, msg);
      return {
        typeUrl: MsgCloseSessionResponse.getTypeUrl(""),
        value: MsgCloseSessionResponse.encode({ refunded: refunded.toString() }).finish(),
      };
    },
  };
}
