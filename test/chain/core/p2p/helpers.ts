/**
 * Helpers of the p2p tests: deterministic node keys, nodes on 127.0.0.1 with ephemeral ports, a
 * logger that records what it was told, bounded waits, raw and man-in-the-middle sockets.
 */
import { once } from "node:events";
import { connect, createServer, type Server, type Socket } from "node:net";
import type { Ed25519KeyPair } from "../../../../chain/core/crypto/index.js";
import { ed25519FromSeed } from "../../../../chain/core/crypto/index.js";
import type { LogFields, Logger } from "../../../../chain/core/log/index.js";
import {
  createP2P,
  type NodeId,
  nodeIdFromPubKey,
  type P2P,
  type P2PError,
  type P2POptions,
  type RemoteIdentity,
  SecureConnection,
} from "../../../../chain/core/p2p/index.js";

/** Network name used by the tests. */
export const NETWORK = "strata-p2p-test";

/** A deterministic node key: seed = 32 × `n`. */
export function nodeKey(n: number): Ed25519KeyPair {
  return ed25519FromSeed(new Uint8Array(32).fill(n));
}

/** One recorded log line. */
export interface LogEntry {
  readonly level: string;
  readonly msg: string;
  readonly fields: LogFields;
}

/** A logger that keeps every line (all levels) for assertions. */
export function recordingLogger(
  entries: LogEntry[] = [],
  base: LogFields = {},
): Logger & { entries: LogEntry[] } {
  const write =
    (level: string) =>
    (msg: string, fields?: LogFields): void => {
      entries.push({ level, msg, fields: { ...base, ...fields } });
    };
  return {
    entries,
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    child: (fields) => recordingLogger(entries, { ...base, ...fields }),
  };
}

/** A started test node. */
export interface TestNode {
  readonly p2p: P2P;
  readonly key: Ed25519KeyPair;
  readonly id: NodeId;
  readonly log: LogEntry[];
}

/** Options of {@link startNode}: the node key by number plus any p2p option. */
export type TestNodeOptions = Partial<Omit<P2POptions, "nodeKey">> & { seed: number; now?: () => number };

/** Creates and starts a node on 127.0.0.1 (ephemeral port unless one is given), fast backoff. */
export async function startNode(opts: TestNodeOptions): Promise<TestNode> {
  const { seed, now, ...rest } = opts;
  const key = nodeKey(seed);
  const logger = recordingLogger();
  const p2p = createP2P(
    {
      network: NETWORK,
      moniker: `node-${seed}`,
      listenHost: "127.0.0.1",
      listenPort: 0,
      reconnect: { initialMs: 10, maxMs: 200 },
      handshakeTimeoutMs: 3_000,
      ...rest,
      nodeKey: key,
    },
    { logger, ...(now ? { now } : {}) },
  );
  await p2p.start();
  return { p2p, key, id: p2p.nodeId, log: logger.entries };
}

/** Closes every node (in parallel). */
export async function closeAll(nodes: readonly (TestNode | undefined)[]): Promise<void> {
  await Promise.all(nodes.map((n) => n?.p2p.close()));
}

/**
 * Waits until `predicate` holds, polling; fails after `boundMs` (a bound against hangs, not a
 * speed assertion).
 */
export async function waitFor(what: string, predicate: () => boolean, boundMs = 10_000): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Waits until `node` is connected to every one of `ids`. */
export function waitConnected(node: TestNode, ...ids: NodeId[]): Promise<void> {
  return waitFor(`${node.id.slice(0, 6)} connected to ${ids.length} peer(s)`, () =>
    ids.every((id) => node.p2p.isConnected(id)),
  );
}

/** A raw TCP client socket to `port` on 127.0.0.1, connected, discarding what it receives. */
export async function rawSocket(port: number): Promise<Socket> {
  const socket = connect({ host: "127.0.0.1", port });
  socket.on("error", () => {});
  // Flowing mode: a paused socket would never see the server's FIN, hence never close.
  socket.resume();
  await once(socket, "connect");
  return socket;
}

/** Resolves when `socket` is closed (by either side). */
export function socketClosed(socket: Socket): Promise<void> {
  if (socket.closed) return Promise.resolve();
  return new Promise((resolve) => socket.once("close", () => resolve()));
}

/** An authenticated link opened by hand: a "rogue" peer the tests drive byte by byte. */
export interface RogueLink {
  readonly link: SecureConnection;
  readonly socket: Socket;
  readonly remote: RemoteIdentity;
  /** Resolves with the reason when the link closes. */
  readonly closed: Promise<P2PError>;
  /** Messages received (decrypted record plaintexts). */
  readonly received: Buffer[];
}

/**
 * Dials `port` as node `seed` with the real handshake and resolves once the link is open.
 * @throws the close reason when the handshake fails
 */
export function rogueDial(
  port: number,
  seed: number,
  extra: { network?: string; expectedId?: NodeId; recordLimit?: number } = {},
): Promise<RogueLink> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    const received: Buffer[] = [];
    let resolveClosed!: (e: P2PError) => void;
    const closed = new Promise<P2PError>((r) => {
      resolveClosed = r;
    });
    const link: SecureConnection = new SecureConnection(
      socket,
      {
        role: "initiator",
        nodeKey: nodeKey(seed),
        info: { network: extra.network ?? NETWORK, moniker: "rogue" },
        maxFrameBytes: 1 << 20,
        handshakeTimeoutMs: 3_000,
        maxSendBufferBytes: 1 << 24,
        ...(extra.expectedId ? { expectedId: extra.expectedId } : {}),
        ...(extra.recordLimit ? { recordLimit: extra.recordLimit } : {}),
      },
      {
        onOpen: (remote) => resolve({ link, socket, remote, closed, received }),
        onMessage: (m) => received.push(m),
        onClose: (reason) => {
          resolveClosed(reason);
          reject(reason);
        },
      },
    );
  });
}

/** The node id of test key `seed`. */
export function idOf(seed: number): NodeId {
  return nodeIdFromPubKey(nodeKey(seed).pubKey);
}

/**
 * A TCP forwarder on 127.0.0.1 to `targetPort` (a man in the middle). While `tamper` is set, the
 * next chunk going client → server has one byte flipped (then `tamper` clears itself).
 */
export class Forwarder {
  tamper = false;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  /** Starts a forwarder to `targetPort`. */
  static async start(targetPort: number): Promise<Forwarder> {
    let self!: Forwarder;
    const server = createServer((client) => {
      const upstream = connect({ host: "127.0.0.1", port: targetPort });
      for (const s of [client, upstream]) {
        self.sockets.add(s);
        s.on("error", () => {});
        s.on("close", () => {
          self.sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.on("data", (chunk: Buffer) => {
        if (self.tamper) {
          self.tamper = false;
          const copy = Buffer.from(chunk);
          copy[copy.length - 1] = copy[copy.length - 1]! ^ 0x01;
          upstream.write(copy);
        } else {
          upstream.write(chunk);
        }
      });
      upstream.on("data", (chunk: Buffer) => client.write(chunk));
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const addr = server.address();
    if (addr === null || typeof addr === "string") throw new Error("no port");
    self = new Forwarder(server, addr.port);
    return self;
  }

  /** Closes the listener and every forwarded socket. */
  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** True when `actual` is within 0.1 of `expected` (penalties decay continuously). */
export function near(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) < 0.1;
}

/** True when `log` has a line at `level` whose message or fields mention `text`. */
export function logged(log: readonly LogEntry[], level: string, text: string): boolean {
  return log.some(
    (e) => e.level === level && (e.msg.includes(text) || JSON.stringify(e.fields).includes(text)),
  );
}

/** Starts `count` nodes (seeds 1..count) with no peers. */
export async function startNodes(count: number, opts: Partial<TestNodeOptions> = {}): Promise<TestNode[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => startNode({ ...opts, seed: i + 1 })));
}

/** Makes every node a persistent peer of every other (all dial at once: duplicate links happen). */
export function fullMesh(nodes: readonly TestNode[]): void {
  for (const a of nodes) for (const b of nodes) if (a !== b) a.p2p.addPersistentPeer(b.p2p.peerAddress());
}

/**
 * True when the nodes form a full mesh with one link per pair, and that link is the one the
 * lower node id dialed (both ends agree).
 */
export function meshSettled(nodes: readonly TestNode[]): boolean {
  for (const a of nodes) {
    const peers = a.p2p.peers();
    if (peers.length !== nodes.length - 1) return false;
    for (const p of peers) {
      if (p.direction !== (a.id < p.id ? "outbound" : "inbound")) return false;
    }
  }
  return true;
}
