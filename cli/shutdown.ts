/**
 * Resolves once SIGINT (Ctrl-C) or SIGTERM arrived and `stop()` finished: the one way long-running
 * commands (`start`, `localnet up`, `router start`) shut down cleanly.
 */
export function runUntilSignal(stop: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const onSignal = () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      stop().then(resolve, resolve);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}
