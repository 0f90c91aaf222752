/**
 * Session authentication: a request's bearer key → its OPEN session on L2 (by the key's sha256,
 * `SessionByApiKey`), checked against the requested model, this router and the session's free
 * deposit. Lookups are cached for a few seconds and refreshed in the background, so the chain is
 * not on the latency path of repeated calls; while L2 is unreachable the last answer stands.
 * The deposit check counts what this router already holds for the session: tasks in flight (an
 * estimate) and answered tasks not yet recorded (their exact reservation).
 */
import { createHash } from "node:crypto";
import type { Logger } from "../../chain/core/log/index.js";
import type { ModelVersion, Session } from "../../client/index.js";
import { RouterError, RouterErrorCode } from "../errors.js";
import type { L2Port } from "./l2Link.js";

/** Session status OPEN (`strata.sessions.v1.SessionStatus`). */
const SESSION_OPEN = 1;

/** What {@link checkSession} decides on. */
export interface SessionCheck {
  session: Session;
  /** This router's operator account. */
  operator: string;
  /** The chain's latest known height. */
  height: number;
  /** The model the request names. */
  requestedModel: string;
  /** Local model ids this router serves the session's model under (aliases clients may send). */
  aliases: readonly string[];
  /** What the task may cost at most (the estimate). */
  estimate: bigint;
  /** What this router holds already for the session (in flight and unrecorded). */
  held: bigint;
}

/**
 * The rules a request's session must pass, in order (pure):
 * 1. [REJECT] the session is OPEN and `height + 1 < expires_height` (the task is recorded in a later block) → 401.
 * 2. [REJECT] its `routers` list, when non-empty, holds this router → 403.
 * 3. [REJECT] the request's model is the session's model or an alias of it here → 400 `model_not_found`.
 * 4. [REJECT] `balance − reserved − held ≥ estimate` → 402 `insufficient_quota`.
 * @returns null when the request may go on, else the error to answer with.
 */
export function checkSession(c: SessionCheck): RouterError | null {
  const s = c.session;
  if (s.status !== SESSION_OPEN)
    return new RouterError(RouterErrorCode.InvalidApiKey, `session ${s.id} is not open`);
  if (c.height + 1 >= s.expiresHeight) {
    return new RouterError(
      RouterErrorCode.InvalidApiKey,
      `session ${s.id} expired at height ${s.expiresHeight}; open a new session for a new key`,
    );
  }
  if (s.routers.length > 0 && !s.routers.includes(c.operator)) {
    return new RouterError(
      RouterErrorCode.PermissionDenied,
      `session ${s.id} does not allow this router (${c.operator}) to record its tasks`,
    );
  }
  if (c.requestedModel !== s.model && !c.aliases.includes(c.requestedModel)) {
    return new RouterError(
      RouterErrorCode.ModelNotFound,
      `The model '${c.requestedModel}' is not this session's model; session ${s.id} is for '${s.model}'`,
      { param: "model" },
    );
  }
  const free = BigInt(s.balance) - BigInt(s.reserved || "0") - c.held;
  if (free < c.estimate) {
    return new RouterError(
      RouterErrorCode.InsufficientQuota,
      `You exceeded your current quota: session ${s.id} has ${free < 0n ? 0n : free} ustra free and this request may cost ${c.estimate} ustra; top up the session`,
    );
  }
  return null;
}

/**
 * The most a task may cost before it runs: `k · ⌊(in · price_in + max_tokens · price_out) / 1000⌋`
 * (RULES.md, tasks, "Charge bound") with `in` estimated as ⌈prompt bytes / 2⌉ (no tokenizer makes
 * fewer than one token per two bytes of text here; an overestimate only refuses a request early).
 */
export function estimateCharge(
  k: number,
  promptBytes: number,
  maxTokens: number,
  model: Pick<ModelVersion, "priceInputPer_1k" | "priceOutputPer_1k">,
): bigint {
  const input = BigInt(Math.ceil(promptBytes / 2));
  return (
    BigInt(k) *
    ((input * BigInt(model.priceInputPer_1k || "0") +
      BigInt(maxTokens) * BigInt(model.priceOutputPer_1k || "0")) /
      1000n)
  );
}

/** What the chain reserves for a recorded task: `k · unit` with the served receipt's tokens. */
export function chargeOf(
  k: number,
  inputTokens: number,
  outputTokens: number,
  model: Pick<ModelVersion, "priceInputPer_1k" | "priceOutputPer_1k">,
): bigint {
  const unit =
    (BigInt(inputTokens) * BigInt(model.priceInputPer_1k || "0") +
      BigInt(outputTokens) * BigInt(model.priceOutputPer_1k || "0")) /
    1000n;
  return BigInt(k) * unit;
}

/** The key shown in errors: its prefix and last four characters, as OpenAI does. */
export function maskKey(key: string): string {
  return key.length <= 12 ? "****" : `${key.slice(0, 8)}****${key.slice(-4)}`;
}

/** Options of {@link createSessionAuth}. */
export interface SessionAuthOptions {
  /** How long a lookup is used without asking again; default 2 s. */
  freshMs?: number;
  /** How long a found session may be used while L2 cannot be reached; default 10 min. */
  maxStaleMs?: number;
  /** How long "no session for this key" is remembered; default 2 s. */
  negativeMs?: number;
}

/** Dependencies of {@link createSessionAuth}. */
export interface SessionAuthDeps {
  link: L2Port;
  logger: Logger;
  /** Monotonic milliseconds. */
  now: () => number;
}

/** A request allowed to run, with the session's deposit held for it. */
export interface Admitted {
  session: Session;
  model: ModelVersion;
  /** Replaces the estimate by the task's exact reservation, held until it is recorded. */
  settle(charge: bigint): void;
  /** Releases the hold (the request failed, or its task cannot be recorded). */
  release(): void;
}

/** The session side of a router on L2. */
export interface SessionAuth {
  /**
   * Authenticates `apiKey` for a request of `requestedModel` and holds the estimate.
   * @throws RouterError InvalidApiKey (401), PermissionDenied (403), ModelNotFound (400),
   *   InsufficientQuota (402), L2Unavailable (503: nothing cached and L2 unreachable).
   */
  admit(req: {
    apiKey: string | undefined;
    requestedModel: string;
    aliasesOf: (l2Model: string) => readonly string[];
    promptBytes: number;
    maxTokens: number;
    taskId: string;
  }): Promise<Admitted>;
  /** A task was recorded: the chain now reserves `charge` (the cached session follows), the hold ends. */
  recorded(taskId: string, sessionId: number, charge: bigint): void;
  /** A held task was dropped: its hold ends. */
  forget(taskId: string): void;
  /** The latest chain height seen (null before the first answer). */
  height(): number | null;
  /** Whether the last L2 call succeeded, and the last error. */
  linkStatus(): { ok: boolean; lastError: string | null };
}

interface Entry {
  session: Session | null;
  fetchedAt: number;
  refreshing: Promise<Session | null> | null;
}

/** Creates the session authenticator. */
export function createSessionAuth(opts: SessionAuthOptions, deps: SessionAuthDeps): SessionAuth {
  const freshMs = opts.freshMs ?? 2000;
  const maxStaleMs = opts.maxStaleMs ?? 600_000;
  const negativeMs = opts.negativeMs ?? 2000;
  const log = deps.logger.child({ component: "sessions" });
  const byHash = new Map<string, Entry>();
  const models = new Map<string, ModelVersion>();
  const holds = new Map<string, { sessionId: number; amount: bigint }>();
  const heldBySession = new Map<number, bigint>();
  let height: number | null = null;
  let heightAt = Number.NEGATIVE_INFINITY;
  let heightRefresh: Promise<number> | null = null;
  let ok = true;
  let lastError: string | null = null;

  const failed = (err: unknown): void => {
    ok = false;
    lastError = (err as Error).message ?? String(err);
  };
  const succeeded = (): void => {
    ok = true;
    lastError = null;
  };

  function addHold(sessionId: number, delta: bigint): void {
    const next = (heldBySession.get(sessionId) ?? 0n) + delta;
    if (next <= 0n) heldBySession.delete(sessionId);
    else heldBySession.set(sessionId, next);
  }

  function endHold(taskId: string): { sessionId: number; amount: bigint } | undefined {
    const h = holds.get(taskId);
    if (!h) return undefined;
    holds.delete(taskId);
    addHold(h.sessionId, -h.amount);
    return h;
  }

  function fetchSession(hash: string, entry: Entry | undefined): Promise<Session | null> {
    if (entry?.refreshing) return entry.refreshing;
    const e: Entry = entry ?? { session: null, fetchedAt: Number.NEGATIVE_INFINITY, refreshing: null };
    if (!entry) byHash.set(hash, e);
    e.refreshing = deps.link
      .sessionByKeyHash(hash)
      .then((s) => {
        succeeded();
        e.session = s;
        e.fetchedAt = deps.now();
        return s;
      })
      .finally(() => {
        e.refreshing = null;
      });
    return e.refreshing;
  }

  async function lookup(hash: string): Promise<Session | null> {
    const e = byHash.get(hash);
    const t = deps.now();
    if (e && e.fetchedAt > Number.NEGATIVE_INFINITY) {
      const age = t - e.fetchedAt;
      if (age < freshMs) return e.session;
      if (e.session && age < maxStaleMs) {
        // Stale but usable: answer now, refresh behind the request.
        fetchSession(hash, e).catch((err) => {
          failed(err);
          log.debug("session refresh failed", { error: err });
        });
        return e.session;
      }
      if (!e.session && age < negativeMs) return null;
    }
    try {
      return await fetchSession(hash, e);
    } catch (err) {
      failed(err);
      if (e?.session) return e.session;
      if (!e || e.fetchedAt === Number.NEGATIVE_INFINITY) byHash.delete(hash);
      throw new RouterError(
        RouterErrorCode.L2Unavailable,
        `cannot reach L2 to check the API key: ${lastError}`,
      );
    }
  }

  async function currentHeight(): Promise<number> {
    const t = deps.now();
    const refresh = (): Promise<number> =>
      (heightRefresh ??= deps.link
        .height()
        .then((h) => {
          succeeded();
          height = h;
          heightAt = deps.now();
          return h;
        })
        .finally(() => {
          heightRefresh = null;
        }));
    if (height !== null) {
      if (t - heightAt >= 1000) refresh().catch(failed);
      return height;
    }
    try {
      return await refresh();
    } catch (err) {
      failed(err);
      throw new RouterError(RouterErrorCode.L2Unavailable, `cannot reach L2: ${lastError}`);
    }
  }

  async function modelOf(id: string): Promise<ModelVersion> {
    const cached = models.get(id);
    if (cached) return cached;
    let m: ModelVersion | null;
    try {
      m = await deps.link.model(id);
      succeeded();
    } catch (err) {
      failed(err);
      throw new RouterError(
        RouterErrorCode.L2Unavailable,
        `cannot reach L2 to read model ${id}: ${lastError}`,
      );
    }
    if (!m) throw new RouterError(RouterErrorCode.ModelNotFound, `The model '${id}' does not exist on L2`);
    // Versions are immutable (RULES.md, models): cached for good.
    models.set(id, m);
    return m;
  }

  return {
    async admit(req) {
      // [REJECT] a bearer key is required
      if (!req.apiKey) {
        throw new RouterError(
          RouterErrorCode.InvalidApiKey,
          "You didn't provide an API key. Send your session's key in an Authorization header (Bearer sk-strata-…).",
        );
      }
      const hash = createHash("sha256").update(req.apiKey, "utf8").digest("hex");
      const session = await lookup(hash);
      // [REJECT] the key names an OPEN session
      if (!session) {
        throw new RouterError(
          RouterErrorCode.InvalidApiKey,
          `Incorrect API key provided: ${maskKey(req.apiKey)}. No open session uses this key.`,
        );
      }
      const [model, h] = await Promise.all([modelOf(session.model), currentHeight()]);
      const estimate = estimateCharge(session.redundancy, req.promptBytes, req.maxTokens, model);
      const refused = checkSession({
        session,
        operator: deps.link.operator,
        height: h,
        requestedModel: req.requestedModel,
        aliases: req.aliasesOf(session.model),
        estimate,
        held: heldBySession.get(session.id) ?? 0n,
      });
      if (refused) throw refused;
      holds.set(req.taskId, { sessionId: session.id, amount: estimate });
      addHold(session.id, estimate);
      return {
        session,
        model,
        settle(charge) {
          const h = holds.get(req.taskId);
          if (!h) return;
          addHold(h.sessionId, charge - h.amount);
          h.amount = charge;
        },
        release() {
          endHold(req.taskId);
        },
      };
    },
    recorded(taskId, sessionId, charge) {
      endHold(taskId);
      // The chain reserved `charge`: the cached copies follow until the next refresh replaces them.
      for (const e of byHash.values()) {
        if (e.session?.id === sessionId)
          e.session.reserved = (BigInt(e.session.reserved || "0") + charge).toString();
      }
    },
    forget(taskId) {
      endHold(taskId);
    },
    height: () => height,
    linkStatus: () => ({ ok, lastError }),
  };
}
