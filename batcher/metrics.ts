/**
 * The batcher's Prometheus metrics, on the router node's registry (one registry implementation
 * for every strata process).
 */
import { createMetricsRegistry, type MetricsRegistry } from "../router-node/metrics/index.js";
import type { BatcherEvents, BatcherStats } from "./batcher.js";

/** The batcher's metric set and the event hooks that feed it. */
export interface BatcherMetrics {
  readonly registry: MetricsRegistry;
  readonly events: BatcherEvents;
}

/** Creates the batcher's metrics: gauges read from `stats()` at scrape time, counters fed by events. */
export function createBatcherMetrics(stats: () => Readonly<BatcherStats>): BatcherMetrics {
  const r = createMetricsRegistry();
  r.gauge("strata_batcher_posted_height", "Last child height accepted on the parent.", [], (g) =>
    g.set({}, stats().postedHeight),
  );
  r.gauge("strata_batcher_child_height", "Latest child height seen.", [], (g) =>
    g.set({}, stats().childHeight),
  );
  r.gauge("strata_batcher_lag_blocks", "Child blocks not yet accepted on the parent.", [], (g) => {
    const s = stats();
    g.set({}, Math.max(0, s.childHeight - s.postedHeight));
  });
  r.gauge("strata_batcher_deposit_cursor", "Last parent deposit nonce minted on the child.", [], (g) =>
    g.set({}, stats().depositCursor),
  );
  const batches = r.counter("strata_batcher_batches_total", "Batch transactions accepted on the parent.");
  const blocks = r.counter("strata_batcher_blocks_posted_total", "Child blocks accepted on the parent.");
  const bytes = r.counter("strata_batcher_posted_bytes_total", "MsgSubmitBatch bytes of accepted batches.");
  const gas = r.counter("strata_batcher_gas_used_total", "Parent gas used by accepted batch transactions.");
  const failures = r.counter("strata_batcher_failures_total", "Failed rounds, by stage (post, relay).", [
    "stage",
  ]);
  const relayed = r.counter("strata_batcher_deposits_relayed_total", "Parent deposits minted on the child.");
  return {
    registry: r,
    events: {
      posted(b) {
        batches.inc();
        blocks.inc({}, b.to - b.from + 1);
        bytes.inc({}, b.msgBytes);
        gas.inc({}, Number(b.gasUsed));
      },
      failed(stage) {
        failures.inc({ stage });
      },
      relayed(count) {
        relayed.inc({}, count);
      },
    },
  };
}
