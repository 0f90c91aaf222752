/**
 * The batcher's HTTP endpoints: `GET /health` (JSON, 503 while posting keeps failing) and
 * `GET /metrics` (Prometheus text).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PROMETHEUS_CONTENT_TYPE } from "../router-node/metrics/index.js";
import type { BatcherStats } from "./batcher.js";

/** What `/health` reports. */
export interface BatcherHealth extends Omit<BatcherStats, "gasUsed"> {
  /** `ok`, or `degraded` after 3 consecutive posting failures. */
  status: "ok" | "degraded";
  /** Child blocks not yet accepted on the parent. */
  lag: number;
  gasUsed: string;
}

/** The health document of `stats`. */
export function batcherHealth(s: Readonly<BatcherStats>): BatcherHealth {
  return {
    ...s,
    status: s.consecutiveFailures >= 3 ? "degraded" : "ok",
    lag: Math.max(0, s.childHeight - s.postedHeight),
    gasUsed: s.gasUsed.toString(),
  };
}

/** A listening batcher server. */
export interface BatcherServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on `host:port` (0: any free port) and answers from `stats()` and `metrics()`. */
export async function createBatcherServer(
  opts: { host: string; port: number },
  sources: { stats(): Readonly<BatcherStats>; metrics(): string },
): Promise<BatcherServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/health" && path !== "/metrics") {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
      return;
    }
    if (req.method !== "GET") {
      res.writeHead(405, { allow: "GET", "content-type": "application/json" });
      res.end(JSON.stringify({ error: "method not allowed" }));
      return;
    }
    if (path === "/health") {
      const h = batcherHealth(sources.stats());
      res
        .writeHead(h.status === "ok" ? 200 : 503, { "content-type": "application/json" })
        .end(JSON.stringify(h));
      return;
    }
    res.writeHead(200, { "content-type": PROMETHEUS_CONTENT_TYPE }).end(sources.metrics());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
