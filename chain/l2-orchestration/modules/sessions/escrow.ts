import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { L2_DENOM, SESSIONS_ACCOUNT } from "../../shared/index.js";
import { SessionsCode, SessionsError } from "./errors.js";
import type { SessionsDeps } from "./keeper.js";
import { sessionsStore } from "./store.js";

const { SessionStatus } = strata.sessions.v1;

function openSession(ctx: Context, id: number): strata.sessions.v1.Session {
  const session = sessionsStore.get(ctx, id);
  if (!session) throw new SessionsError(SessionsCode.notFound, `session ${id} does not exist`);
  if (session.status !== SessionStatus.SESSION_STATUS_OPEN)
    throw new SessionsError(SessionsCode.notOpen, `session ${id} is ${SessionStatus[session.status]}`);
  return session;
}

/**
 * Holds `amount` of an OPEN session's free balance for a recorded task and counts the task open
 * (RULES.md, sessions, keeper API).
 * @throws SessionsError(insufficientDeposit) when `balance − reserved < amount`; (notFound | notOpen).
 */
export function reserve(ctx: Context, id: number, amount: bigint): void {
  const session = openSession(ctx, id);
  const balance = BigInt(session.balance);
  const reserved = BigInt(session.reserved || "0");
  // [REJECT] work beyond the session's deposit
  if (amount < 0n || balance - reserved < amount) {
    throw new SessionsError(
      SessionsCode.insufficientDeposit,
      `session ${id} has ${balance - reserved}${L2_DENOM} free, the task needs ${amount}${L2_DENOM}`,
    );
  }
  session.reserved = (reserved + amount).toString();
  session.openTasks += 1;
  sessionsStore.set(ctx, session);
}

/**
 * Settles a task: releases its `reserved` amount and pays each payment from escrow; the charge is
 * their sum, which must not exceed `reserved` (RULES.md, sessions, keeper API). Zero payments move
 * nothing.
 * @throws SessionsError(notFound | notOpen | invalidRequest) when called inconsistently (a bug in the caller).
 */
export function settle(
  deps: SessionsDeps,
  ctx: Context,
  id: number,
  reserved: bigint,
  payments: readonly { recipient: string; amount: bigint }[],
): void {
  const session = openSession(ctx, id);
  const held = BigInt(session.reserved || "0");
  let charge = 0n;
  for (const p of payments) {
    if (p.amount < 0n)
      throw new SessionsError(SessionsCode.invalidRequest, `negative payment to ${p.recipient}`);
    charge += p.amount;
  }
  // A settlement never releases more than was reserved nor charges more than it releases.
  if (reserved < 0n || reserved > held || session.openTasks < 1)
    throw new SessionsError(
      SessionsCode.invalidRequest,
      `session ${id} holds ${held}, cannot release ${reserved}`,
    );
  if (charge > reserved)
    throw new SessionsError(
      SessionsCode.invalidRequest,
      `session ${id}: charge ${charge} exceeds reserved ${reserved}`,
    );
  for (const p of payments) {
    if (p.amount > 0n)
      deps.bank.sendFromModule(ctx, SESSIONS_ACCOUNT, p.recipient, [{ denom: L2_DENOM, amount: p.amount }]);
  }
  session.reserved = (held - reserved).toString();
  session.balance = (BigInt(session.balance) - charge).toString();
  session.spent = (BigInt(session.spent || "0") + charge).toString();
  session.openTasks -= 1;
  session.settledTasks += 1;
  sessionsStore.set(ctx, session);
}
