/**
 * Counting of open connections, in total and per client address. Pure bookkeeping: the server
 * asks before it serves a socket and releases the slot when the socket closes.
 */

/** Limits of a {@link ConnectionLimiter}. */
export interface ConnectionLimits {
  /** Most open connections in total. */
  max: number;
  /** Most open connections from one address. */
  perAddress: number;
}

/** Why a connection was refused. */
export type RefusalReason = "total" | "address";

/** Counts open connections against {@link ConnectionLimits}. */
export interface ConnectionLimiter {
  /** Takes a slot for `address`, or says which limit is reached (nothing is then taken). */
  acquire(address: string): { ok: true } | { ok: false; reason: RefusalReason };
  /** Gives back a slot taken by {@link acquire}. */
  release(address: string): void;
  /** Open connections in total. */
  open(): number;
  /** Open connections from `address`. */
  openFrom(address: string): number;
}

/**
 * Creates a limiter.
 * @throws RangeError when a limit is not a positive integer.
 */
export function createConnectionLimiter(limits: ConnectionLimits): ConnectionLimiter {
  for (const [name, v] of Object.entries(limits)) {
    if (!Number.isInteger(v) || v < 1)
      throw new RangeError(`connection limit ${name} must be a positive integer`);
  }
  const byAddress = new Map<string, number>();
  let total = 0;
  return {
    acquire(address) {
      if (total >= limits.max) return { ok: false, reason: "total" };
      const n = byAddress.get(address) ?? 0;
      if (n >= limits.perAddress) return { ok: false, reason: "address" };
      byAddress.set(address, n + 1);
      total++;
      return { ok: true };
    },
    release(address) {
      const n = byAddress.get(address);
      if (n === undefined) return;
      if (n <= 1) byAddress.delete(address);
      else byAddress.set(address, n - 1);
      total--;
    },
    open: () => total,
    openFrom: (address) => byAddress.get(address) ?? 0,
  };
}

/** The address a socket counts against: IPv4-mapped IPv6 is folded to IPv4. */
export function clientAddress(remoteAddress: string | undefined): string {
  if (!remoteAddress) return "unknown";
  return remoteAddress.startsWith("::ffff:") ? remoteAddress.slice(7) : remoteAddress;
}
