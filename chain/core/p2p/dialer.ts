import { errorMessage } from "../errors/index.js";
import type { Logger } from "../log/index.js";
import { type BackoffOptions, backoffDelay } from "./backoff.js";
import type { NodeId, PeerAddress } from "./nodeId.js";

/**
 * Keeps persistent peers connected: dials each one that is not connected, retries with capped
 * exponential backoff, and waits out blocks and bans.
 */

/** What the dialer needs from the switch (the consumer owns this interface). */
export interface DialerHost {
  /** True when `id` has an open link (inbound or outbound). */
  isConnected(id: NodeId): boolean;
  /** Why `id` must not be dialed now: blocked (wait for unblock) or banned until a time. */
  dialBlocker(id: NodeId): { blocked: true } | { bannedUntil: number } | undefined;
  /** Dials and resolves once the link is open; rejects with the reason it failed. */
  connect(address: PeerAddress): Promise<unknown>;
}

/** Options of {@link PersistentDialer}. */
export interface DialerOptions {
  readonly backoff: BackoffOptions;
  readonly now: () => number;
  readonly random: () => number;
  readonly logger: Logger;
}

interface DialState {
  readonly address: PeerAddress;
  attempt: number;
  dialing: boolean;
  timer: NodeJS.Timeout | undefined;
}

/** The reconnect loop of the persistent peers. */
export class PersistentDialer {
  private readonly states = new Map<NodeId, DialState>();
  private running = false;

  constructor(
    peers: readonly PeerAddress[],
    private readonly host: DialerHost,
    private readonly opts: DialerOptions,
  ) {
    for (const address of peers) {
      this.states.set(address.id, { address, attempt: 0, dialing: false, timer: undefined });
    }
  }

  /** True when `id` is a persistent peer. */
  has(id: NodeId): boolean {
    return this.states.has(id);
  }

  /** Adds a persistent peer (no-op when known) and dials it now when running. */
  add(address: PeerAddress): void {
    if (this.states.has(address.id)) return;
    this.states.set(address.id, { address, attempt: 0, dialing: false, timer: undefined });
    this.attempt(address.id);
  }

  /** Dials every persistent peer now. */
  start(): void {
    this.running = true;
    for (const id of this.states.keys()) this.attempt(id);
  }

  /** Stops dialing and clears every timer. */
  stop(): void {
    this.running = false;
    for (const state of this.states.values()) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
  }

  /** A link to `id` opened (either way): the backoff starts over. */
  onConnected(id: NodeId): void {
    const state = this.states.get(id);
    if (state === undefined) return;
    state.attempt = 0;
    clearTimeout(state.timer);
    state.timer = undefined;
  }

  /** The link to `id` dropped: redial after the backoff. */
  onDisconnected(id: NodeId): void {
    const state = this.states.get(id);
    if (state !== undefined) this.retryLater(state);
  }

  /** Dial `id` now, forgetting its backoff (after an unblock). */
  wake(id: NodeId): void {
    const state = this.states.get(id);
    if (state === undefined) return;
    state.attempt = 0;
    clearTimeout(state.timer);
    state.timer = undefined;
    this.attempt(id);
  }

  private schedule(state: DialState, delayMs: number): void {
    if (!this.running) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.attempt(state.address.id);
    }, delayMs);
  }

  private retryLater(state: DialState): void {
    const delay = backoffDelay(state.attempt, this.opts.backoff, this.opts.random);
    state.attempt += 1;
    this.schedule(state, delay);
  }

  private attempt(id: NodeId): void {
    const state = this.states.get(id);
    if (!this.running || state === undefined || state.dialing || state.timer !== undefined) return;
    if (this.host.isConnected(id)) return;
    const blocker = this.host.dialBlocker(id);
    if (blocker !== undefined) {
      // Blocked peers wait for `wake`; banned ones are retried when the ban ends.
      if ("bannedUntil" in blocker) this.schedule(state, Math.max(0, blocker.bannedUntil - this.opts.now()));
      return;
    }
    state.dialing = true;
    this.host.connect(state.address).then(
      () => {
        state.dialing = false;
      },
      (err: unknown) => {
        state.dialing = false;
        this.opts.logger.debug("dial failed", { peer: id, attempt: state.attempt, error: errorMessage(err) });
        if (!this.host.isConnected(id)) this.retryLater(state);
      },
    );
  }
}
