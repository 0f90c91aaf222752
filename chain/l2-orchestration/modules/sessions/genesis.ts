import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import {
  enumFromJson,
  enumToJson,
  isCanonicalAddress,
  isDigest,
  L2_DENOM,
  parseAmount,
  SESSIONS_ACCOUNT,
} from "../../shared/index.js";
import { SessionsCode, SessionsError } from "./errors.js";
import type { SessionsDeps } from "./keeper.js";
import { parseSessionsParams, type SessionsParamsJson } from "./params.js";
import { sessionsStore } from "./store.js";

const { SessionStatus } = strata.sessions.v1;

/** A session in genesis JSON: the `Session` fields by their generated names, status as a name or number. */
export type SessionJson = Omit<strata.sessions.v1.ISession, "status"> & { status: string | number };

/** Genesis section of the sessions module. */
export interface SessionsGenesis {
  params?: SessionsParamsJson;
  sessions?: SessionJson[];
  /** The id the next session gets; default one past the highest listed id (1 when none). */
  nextId?: number;
}

function invalid(message: string): SessionsError {
  return new SessionsError(SessionsCode.invalidGenesis, message);
}

function amount(value: string | null | undefined, what: string): bigint {
  const a = parseAmount(value || "0");
  // [REJECT] genesis amounts are canonical decimal strings
  if (a === undefined) throw invalid(`${what} ${JSON.stringify(value)} is not an amount`);
  return a;
}

/**
 * Loads params, sessions and the id counter. Sessions are unique with ids below `nextId`, refer to
 * existing models, keep `reserved ≤ balance`; the `sessions` module account holds exactly the OPEN
 * sessions' balances (the escrow invariant).
 * @throws SessionsError(invalidGenesis) naming the bad entry.
 */
export function initSessionsGenesis(deps: SessionsDeps, ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as SessionsGenesis;
  sessionsStore.setParams(ctx, parseSessionsParams(genesis.params));
  let escrow = 0n;
  let highest = 0;
  for (const json of genesis.sessions ?? []) {
    const id = json.id ?? 0;
    // [REJECT] ids are positive and listed once
    if (!Number.isSafeInteger(id) || id < 1) throw invalid(`session id ${JSON.stringify(json.id)}`);
    if (sessionsStore.get(ctx, id)) throw invalid(`session ${id} listed twice`);
    const status = enumFromJson(SessionStatus, json.status);
    // [REJECT] a known status, a canonical owner, an existing model, a digest
    if (!status) throw invalid(`session ${id}: status ${JSON.stringify(json.status)}`);
    if (!isCanonicalAddress(json.owner ?? ""))
      throw invalid(`session ${id}: owner is not an account address`);
    if (!deps.models.getModel(ctx, json.model ?? ""))
      throw invalid(`session ${id}: unknown model ${json.model}`);
    if (!isDigest(json.apiKeySha256 ?? "")) throw invalid(`session ${id}: api_key_sha256 is not a digest`);
    const balance = amount(json.balance, `session ${id} balance`);
    const reserved = amount(json.reserved, `session ${id} reserved`);
    // [REJECT] reserved ≤ balance; a CLOSED session holds nothing
    if (reserved > balance) throw invalid(`session ${id}: reserved ${reserved} exceeds balance ${balance}`);
    if (status === SessionStatus.SESSION_STATUS_CLOSED && balance !== 0n)
      throw invalid(`session ${id}: CLOSED with balance ${balance}`);
    // [REJECT] two OPEN sessions never share an API key hash
    const sameKey = sessionsStore.idByApiKey(ctx, json.apiKeySha256 ?? "");
    if (status === SessionStatus.SESSION_STATUS_OPEN && sameKey !== undefined)
      throw invalid(`session ${id}: api_key_sha256 already used by open session ${sameKey}`);
    sessionsStore.set(
      ctx,
      strata.sessions.v1.Session.create({
        ...json,
        id,
        status,
        routers: [...(json.routers ?? [])],
        balance: balance.toString(),
        reserved: reserved.toString(),
        spent: amount(json.spent, `session ${id} spent`).toString(),
        deposited: amount(json.deposited, `session ${id} deposited`).toString(),
        maxPricePer_1k: amount(json.maxPricePer_1k, `session ${id} max_price_per_1k`).toString(),
      }),
    );
    if (status === SessionStatus.SESSION_STATUS_OPEN) {
      escrow += balance;
      sessionsStore.indexApiKey(ctx, json.apiKeySha256!, id);
    }
    highest = Math.max(highest, id);
  }
  const nextId = genesis.nextId ?? highest + 1;
  // [REJECT] the next id is above every listed id
  if (!Number.isSafeInteger(nextId) || nextId <= highest)
    throw invalid(`nextId ${nextId} must be above ${highest}`);
  sessionsStore.setNextId(ctx, nextId);
  const held = deps.bank.getBalance(ctx, deps.accounts.moduleAddress(SESSIONS_ACCOUNT), L2_DENOM);
  // [REJECT] the sessions module account holds exactly the OPEN sessions' balances
  if (held !== escrow)
    throw invalid(
      `the ${SESSIONS_ACCOUNT} module account holds ${held}${L2_DENOM} but open sessions hold ${escrow}${L2_DENOM}`,
    );
}

/** The sessions state in genesis form: params, every session in id order, the next id. */
export function exportSessionsGenesis(ctx: Context): SessionsGenesis {
  return {
    params: sessionsStore.getParams(ctx),
    sessions: [...sessionsStore.iterate(ctx)].map((s) => ({
      ...s,
      routers: [...s.routers],
      status: enumToJson(SessionStatus, s.status),
    })),
    nextId: sessionsStore.nextId(ctx),
  };
}
