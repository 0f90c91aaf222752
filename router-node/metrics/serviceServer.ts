/**
 * The two HTTP endpoints every strata service process exposes beside its work (the guard, the
 * batcher): `GET /health` (JSON; 200 while `status` is `ok`, 503 otherwise) and `GET /metrics`
 * (Prometheus text). Anything else is 404, any other method 405.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PROMETHEUS_CONTENT_TYPE } from "./registry.js";

/** The part of a health document the server reads. */
export interface ServiceHealth {
  status: "ok" | "degraded";
}

/** A listening service server. */
export interface ServiceServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on `host:port` (0: any free port) and answers from `health()` and `metrics()`. */
export async function createServiceServer(
  opts: { host: string; port: number },
  sources: { health(): ServiceHealth; metrics(): string },
): Promise<ServiceServer> {
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
