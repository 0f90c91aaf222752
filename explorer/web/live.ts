/**
 * The live feed: one `EventSource` on `/events` (new blocks, chains going down and coming back),
 * shared by the status bar and whichever page listens. The browser reconnects it by itself.
 */
import type { LiveEvent } from "../shared/api.js";

type Listener = (e: LiveEvent) => void;
const listeners = new Set<Listener>();
let source: EventSource | undefined;

/** Starts the feed once. */
export function startLive(): void {
  if (source) return;
  source = new EventSource("/events");
  source.onmessage = (m) => {
    let e: LiveEvent;
    try {
      e = JSON.parse(m.data) as LiveEvent;
    } catch {
      return;
    }
    for (const l of [...listeners]) l(e);
  };
}

/** Calls `fn` with each event until the returned function is called. */
export function onLive(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
