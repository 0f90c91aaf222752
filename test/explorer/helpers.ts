/**
 * Helpers of the explorer's browser tests: finding Debian's chromium (never downloaded), a TCP
 * proxy that can cut a chain's RPC and bring it back, and JSON-RPC calls to compare pages with.
 */
import { existsSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";

/** Where Debian and Ubuntu install chromium; `STRATA_CHROMIUM` overrides. */
const CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The chromium executable, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const env = process.env.STRATA_CHROMIUM;
  if (env) return existsSync(env) ? env : undefined;
  return CHROMIUM_PATHS.find((p) => existsSync(p));
}

/** Why the browser tests cannot run here (what to install). */
export const NO_CHROMIUM_REASON = `no chromium at ${process.env.STRATA_CHROMIUM ?? CHROMIUM_PATHS.join(" or ")}: install it with \`apt-get install -y chromium\` (or set STRATA_CHROMIUM)`;

/** A JSON-RPC call to a chain node. */
export async function rpc<T>(url: string, method: string, params: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/** A TCP proxy to a port on 127.0.0.1 that can be cut (listener closed, links dropped) and restored. */
export interface CuttableProxy {
  /** `http://127.0.0.1:<port>` of the proxy. */
  url: string;
  /** Closes the listener and every open link: clients get ECONNREFUSED until `restore`. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy to `target` (an `http://127.0.0.1:<port>` URL). */
export async function startProxy(target: string): Promise<CuttableProxy> {
  const targetPort = Number(new URL(target).port);
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = async () => {
    server = createServer((client) => {
      const upstream = connect(targetPort, "127.0.0.1");
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    port = (server.address() as { port: number }).port;
  };
  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of sockets) s.destroy();
    await closed;
  };
  await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    cut: stop,
    restore: listen,
    close: async () => {
      if (server.listening) await stop();
    },
  };
}
