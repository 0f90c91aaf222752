import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { digestBytes, u64Key, utf8, withNumbers, withoutDefaults } from "../../shared/index.js";
import { key, SessionsKey } from "./keys.js";
import { DEFAULT_SESSIONS_PARAMS, type SessionsParams } from "./params.js";

/** Name (and store namespace) of the sessions module. */
export const SESSIONS_MODULE = "sessions";

const { Session, Params } = strata.sessions.v1;
const EMPTY = new Uint8Array();
const PARAMS_KEY = Uint8Array.of(SessionsKey.params);
const NEXT_ID = Uint8Array.of(SessionsKey.nextId);
const decodedSessions = new WeakMap<Uint8Array, strata.sessions.v1.Session>();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(SESSIONS_MODULE);
}

function decode(raw: Uint8Array): strata.sessions.v1.Session {
  // Stores hand out the stored value itself: decode each stored version once, hand out copies.
  let s = decodedSessions.get(raw);
  if (!s) {
    s = withNumbers(Session.decode(raw));
    decodedSessions.set(raw, s);
  }
  return Session.create({ ...s, routers: [...s.routers] });
}

function ownerKey(owner: string, id: number): Uint8Array {
  return key(SessionsKey.byOwner, utf8(owner), Uint8Array.of(0), u64Key(id));
}

function apiKeyKey(apiKeySha256: string): Uint8Array {
  return key(SessionsKey.byApiKey, digestBytes(apiKeySha256));
}

/** The only code that touches the sessions store: params, sessions, the id counter, the owner index. */
export const sessionsStore = {
  getParams(ctx: StoreSource): SessionsParams {
    const raw = kv(ctx).get(PARAMS_KEY);
    if (!raw) return { ...DEFAULT_SESSIONS_PARAMS };
    const p = withNumbers(Params.decode(raw));
    return { maxDurationBlocks: p.maxDurationBlocks, maxRedundancy: p.maxRedundancy };
  },

  setParams(ctx: StoreSource, p: SessionsParams): void {
    kv(ctx).set(PARAMS_KEY, Params.encode(withoutDefaults(p)).finish());
  },

  /** The id the next session gets (ids count up from 1). */
  nextId(ctx: StoreSource): number {
    const raw = kv(ctx).get(NEXT_ID);
    return raw ? Number(Buffer.from(raw).readBigUInt64BE()) : 1;
  },

  setNextId(ctx: StoreSource, id: number): void {
    kv(ctx).set(NEXT_ID, u64Key(id));
  },

  get(ctx: StoreSource, id: number): strata.sessions.v1.Session | undefined {
    // Ids outside u64 cannot be keys; they name no session.
    if (!Number.isSafeInteger(id) || id < 0) return undefined;
    const raw = kv(ctx).get(key(SessionsKey.session, u64Key(id)));
    return raw ? decode(raw) : undefined;
  },

  /** Writes a session; the owner index entry is written with it (owners never change). */
  set(ctx: StoreSource, session: strata.sessions.v1.ISession): void {
    const id = Number(session.id);
    kv(ctx).set(key(SessionsKey.session, u64Key(id)), Session.encode(withoutDefaults(session)).finish());
    kv(ctx).set(ownerKey(session.owner!, id), EMPTY);
  },

  /**
   * Indexes an OPEN session by its API key hash (at open and genesis import). Escrow updates do not
   * touch the index: only open and close change whether a session is OPEN.
   */
  indexApiKey(ctx: StoreSource, apiKeySha256: string, id: number): void {
    kv(ctx).set(apiKeyKey(apiKeySha256), u64Key(id));
  },

  /** Drops the API-key index entry of a session that closes (when it still points at it). */
  unindexApiKey(ctx: StoreSource, apiKeySha256: string, id: number): void {
    if (sessionsStore.idByApiKey(ctx, apiKeySha256) === id) kv(ctx).delete(apiKeyKey(apiKeySha256));
  },

  /** The id of the OPEN session whose API key hashes to `apiKeySha256` (a digest), or undefined. */
  idByApiKey(ctx: StoreSource, apiKeySha256: string): number | undefined {
    const raw = kv(ctx).get(apiKeyKey(apiKeySha256));
    return raw ? Number(Buffer.from(raw).readBigUInt64BE()) : undefined;
  },

  /** Every session in id order. */
  *iterate(ctx: StoreSource): IterableIterator<strata.sessions.v1.Session> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(SessionsKey.session))) yield decode(v);
  },

  /** An owner's sessions in id order. */
  byOwner(ctx: StoreSource, owner: string): strata.sessions.v1.Session[] {
    const prefix = key(SessionsKey.byOwner, utf8(owner), Uint8Array.of(0));
    const out: strata.sessions.v1.Session[] = [];
    for (const [k] of kv(ctx).iterate(prefix)) {
      const id = Number(Buffer.from(k.subarray(k.length - 8)).readBigUInt64BE());
      out.push(sessionsStore.get(ctx, id)!);
    }
    return out;
  },
};
