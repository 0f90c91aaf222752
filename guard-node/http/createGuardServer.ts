/**
 * The guard's HTTP endpoints: `GET /health` (JSON) and `GET /metrics` (Prometheus text).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PROMETHEUS_CONTENT_TYPE } from "../../router-node/metrics/index.js";

/** What `/health` reports. */
export interface GuardHealth {
  /** `ok` while following the chain, `degraded` while the node is unreachable or stale. */
  status: "ok" | "degraded";
  guard: string;
  height: number;
  follow: string;
  /** sha256 of the model the guard re-executes with, or null without one. */
  model: string | null;
  reexecRate: number;
  pendingScores: number;
}

/** A listening guard server. */
export interface GuardServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on `host:port` (0: any free port) and answers from `health()` and `metrics()`. */
export async function createGuardServer(
  opts: { host: string; port: number },
  sources: { health(): GuardHealth; metrics(): string },
): Promise<GuardServer> {
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
      const h = sources.health();
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
