import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago (bind to 0, read, release). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function listen(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(undefined));
    srv.listen(port, "127.0.0.1", () => resolve(srv));
  });
}

function close(servers: Server[]): Promise<void> {
  return Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => undefined);
}

/**
 * The OS's ephemeral port range (`/proc/sys/net/ipv4/ip_local_port_range`; Linux's default when
 * unreadable). Ports the kernel hands out for port 0 and outgoing connections come from there.
 */
function ephemeralRange(): [number, number] {
  try {
    const [lo, hi] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/);
    const range: [number, number] = [Number(lo), Number(hi)];
    if (Number.isInteger(range[0]) && Number.isInteger(range[1])) return range;
  } catch {
    // not Linux, or no /proc
  }
  return [32768, 60999];
}

/** Where the localnet picks ports: below the ephemeral range, so `port 0` binds elsewhere never collide with ours. */
const PICK_FROM = 20_000;

/**
 * `count` distinct TCP ports of 127.0.0.1 that were all free at once: each is bound and held until
 * every one is chosen, so no port can be handed out twice (a p2p port reused as another node's
 * RPC port), then all are released for the processes that will listen on them. Ports are picked
 * at random below the OS's ephemeral range (where port-0 binds and outgoing connections of other
 * programs land), falling back to the kernel's choice when that range leaves no room. Ports in
 * `avoid` are never returned.
 */
export async function reservePorts(count: number, avoid: Iterable<number> = []): Promise<number[]> {
  const held: Server[] = [];
  const ports: number[] = [];
  const skip = new Set(avoid);
  const [ephemeralLow] = ephemeralRange();
  const hi = Math.min(ephemeralLow, 65536) - 1;
  try {
    let attempts = 0;
    while (ports.length < count) {
      let port = 0;
      // Random candidates (not for chain state: only where a local process listens).
      if (hi - PICK_FROM > 1000 && attempts < 50 * count) {
        port = PICK_FROM + Math.floor(Math.random() * (hi - PICK_FROM + 1));
        attempts++;
        if (skip.has(port)) continue;
      }
      const srv = await listen(port);
      if (!srv) continue;
      const bound = (srv.address() as { port: number }).port;
      held.push(srv);
      if (skip.has(bound)) continue;
      skip.add(bound);
      ports.push(bound);
    }
    return ports;
  } finally {
    await close(held);
  }
}

/**
 * Whether every port can be bound on 127.0.0.1 right now (all held at once, then released).
 * Returns the ports that cannot.
 */
export async function busyPorts(ports: number[]): Promise<number[]> {
  const held: Server[] = [];
  const busy: number[] = [];
  try {
    for (const p of ports) {
      const srv = await listen(p);
      if (srv) held.push(srv);
      else busy.push(p);
    }
    return busy;
  } finally {
    await close(held);
  }
}
