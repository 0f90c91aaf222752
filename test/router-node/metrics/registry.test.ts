import assert from "node:assert/strict";
import { createMetricsRegistry } from "../../../router-node/metrics/index.js";

describe("createMetricsRegistry (Prometheus text format)", () => {
  it("renders counters, gauges and cumulative histograms exactly", () => {
    const r = createMetricsRegistry();
    const c = r.counter("req_total", "Requests.", ["route"]);
    c.inc({ route: "chat" });
    c.inc({ route: "chat" }, 2);
    c.inc({ route: 'we"ird\\\n' });
    let depth = 0;
    r.gauge("depth", "Queue depth.", [], (g) => g.set({}, depth));
    const h = r.histogram("lat_seconds", "Latency.", [0.1, 1], ["route"]);
    h.observe({ route: "chat" }, 0.05);
    h.observe({ route: "chat" }, 0.5);
    h.observe({ route: "chat" }, 5);
    depth = 3;
    assert.equal(
      r.render(),
      [
        "# HELP req_total Requests.",
        "# TYPE req_total counter",
        'req_total{route="chat"} 3',
        'req_total{route="we\\"ird\\\\\\n"} 1',
        "# HELP depth Queue depth.",
        "# TYPE depth gauge",
        "depth 3",
        "# HELP lat_seconds Latency.",
        "# TYPE lat_seconds histogram",
        'lat_seconds_bucket{route="chat",le="0.1"} 1',
        'lat_seconds_bucket{route="chat",le="1"} 2',
        'lat_seconds_bucket{route="chat",le="+Inf"} 3',
        'lat_seconds_sum{route="chat"} 5.55',
        'lat_seconds_count{route="chat"} 3',
        "",
      ].join("\n"),
    );
  });

  it("renders a family with no series as its HELP and TYPE only", () => {
    const r = createMetricsRegistry();
    r.counter("none_total", "Nothing yet.");
    assert.equal(r.render(), "# HELP none_total Nothing yet.\n# TYPE none_total counter\n");
  });
});
