import { RouterError, RouterErrorCode } from "../errors.js";

/** Options of {@link createAdmissionQueue}. */
export interface AdmissionQueueOptions {
  /** Requests served at once. */
  maxConcurrent: number;
  /** Requests allowed to wait; one more is refused with 429. */
  maxQueue: number;
}

/** A bounded FIFO gate in front of the dispatcher. */
export interface AdmissionQueue {
  /**
   * Waits for a slot; resolves with the function that gives it back.
   *
   * @throws RouterError `QueueFull` at once when the queue is full; the signal's reason when
   *   aborted while waiting (the request leaves the queue).
   */
  acquire(signal: AbortSignal): Promise<() => void>;
  /** Requests holding a slot. */
  readonly active: number;
  /** Requests waiting for one. */
  readonly depth: number;
}

/**
 * Creates the admission queue: at most `maxConcurrent` requests run, at most `maxQueue` wait,
 * the rest get 429 at once (back-pressure is the client's signal to go elsewhere).
 */
export function createAdmissionQueue(opts: AdmissionQueueOptions): AdmissionQueue {
  let active = 0;
  const waiting: { grant(): void }[] = [];

  const release = (): void => {
    const next = waiting.shift();
    if (next) next.grant();
    else active--;
  };
  const once = (): (() => void) => {
    let done = false;
    return () => {
      if (!done) {
        done = true;
        release();
      }
    };
  };

  return {
    acquire(signal) {
      if (signal.aborted) return Promise.reject(signal.reason);
      if (active < opts.maxConcurrent) {
        active++;
        return Promise.resolve(once());
      }
      if (waiting.length >= opts.maxQueue) {
        return Promise.reject(
          new RouterError(
            RouterErrorCode.QueueFull,
            `router queue is full (${opts.maxQueue} waiting); retry later`,
          ),
        );
      }
      return new Promise((resolve, reject) => {
        const entry = {
          // A released slot passes straight to the next waiter: `active` stays the same.
          grant: () => {
            signal.removeEventListener("abort", onAbort);
            resolve(once());
          },
        };
        const onAbort = (): void => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
        waiting.push(entry);
      });
    },
    get active() {
      return active;
    },
    get depth() {
      return waiting.length;
    },
  };
}
