import { createServer, connect as netConnect, type Server, type Socket } from "node:net";
import { errorMessage } from "../errors/index.js";
import type { Logger } from "../log/index.js";
import { type DialerHost, PersistentDialer } from "./dialer.js";
import { P2PError, P2PErrorCode } from "./errors.js";
import type { RemoteIdentity } from "./handshake.js";
import {
  decodeMessage,
  encodeChannelMessage,
  encodeRequest,
  MessageKind,
  PONG,
  type WireMessage,
} from "./messageCodec.js";
import {
  formatPeerAddress,
  type NodeId,
  nodeIdFromPubKey,
  type PeerAddress,
  parsePeerAddress,
} from "./nodeId.js";
import { Peer } from "./peer.js";
import { PeerScores, type Severity } from "./peerScore.js";
import { SecureConnection } from "./secureConnection.js";
import { type ServeContext, serveRequest } from "./serveRequest.js";
import type {
  BroadcastOptions,
  MessageHandler,
  P2P,
  P2PDeps,
  P2POptions,
  PeerConnectedListener,
  PeerDirection,
  PeerDisconnectedListener,
  PeerInfo,
  RequestHandler,
} from "./types.js";

/**
 * The switch: owns the listener, every link, the persistent-peer dialer, channel dispatch,
 * request/response, scoring and fault injection. Links are `strata-p2p/1` (`handshake.ts`).
 *
 * Duplicate links: when two nodes dial each other at once, both keep the link dialed by the node
 * with the lower id (both sides apply the same rule, so they agree without talking). A second
 * link in the same direction replaces the first (the peer restarted and the old one is dead).
 */

// How the link failures detected by the record layer are scored. They are not in the peer's
// power alone to cause (an on-path attacker can flip bits), so they cost less than a ban.
const LINK_FAULT_SEVERITY: Partial<Record<P2PErrorCode, Severity>> = {
  [P2PErrorCode.authFailed]: "medium",
  [P2PErrorCode.frameTooLarge]: "medium",
};

interface Resolved {
  readonly host: string;
  readonly maxInbound: number;
  readonly maxPendingHandshakes: number;
  readonly maxFrameBytes: number;
  readonly maxSendBufferBytes: number;
  readonly handshakeTimeoutMs: number;
  readonly pingIntervalMs: number;
  readonly maxMissedPings: number;
  readonly maxOutstandingRequests: number;
}

function checkChannel(channel: number): void {
  if (!Number.isInteger(channel) || channel < 0 || channel > 0xff) {
    throw new P2PError(P2PErrorCode.invalidConfig, `channel must be 0..255, got ${channel}`);
  }
}

function positive(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < 1)
    throw new P2PError(P2PErrorCode.invalidConfig, `${name} must be ≥ 1`);
  return v;
}

/**
 * Creates the p2p layer of a node (not started: register handlers, then `start()`).
 * @throws P2PError `invalidAddress` for a bad persistent peer, `invalidConfig` for bad limits.
 */
export function createP2P(opts: P2POptions, deps: P2PDeps): P2P {
  return new P2PSwitch(opts, deps);
}

class P2PSwitch implements P2P, DialerHost {
  readonly nodeId: NodeId;
  private readonly cfg: Resolved;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly scores: PeerScores;
  private readonly dialer: PersistentDialer;
  private readonly peersById = new Map<NodeId, Peer>();
  private readonly links = new Set<SecureConnection>();
  private readonly blockedIds = new Set<NodeId>();
  private readonly messageHandlers = new Map<number, MessageHandler>();
  private readonly requestHandlers = new Map<number, RequestHandler>();
  private readonly connectedListeners = new Set<PeerConnectedListener>();
  private readonly disconnectedListeners = new Set<PeerDisconnectedListener>();
  private server: Server | undefined;
  private bound: { host: string; port: number } | undefined;
  private pendingInbound = 0;
  private state: "new" | "running" | "closing" | "closed" = "new";
  private readonly serveContext: ServeContext;

  constructor(
    private readonly opts: P2POptions,
    deps: P2PDeps,
  ) {
    this.nodeId = nodeIdFromPubKey(opts.nodeKey.pubKey);
    this.log = deps.logger.child({ module: "p2p" });
    this.now = deps.now ?? Date.now;
    this.cfg = {
      host: opts.listenHost ?? "127.0.0.1",
      maxInbound: Math.max(0, opts.maxInboundPeers ?? 40),
      maxPendingHandshakes: positive("maxPendingHandshakes", opts.maxPendingHandshakes, 32),
      maxFrameBytes: positive("maxFrameBytes", opts.maxFrameBytes, 4 * 1024 * 1024),
      maxSendBufferBytes: positive("maxSendBufferBytes", opts.maxSendBufferBytes, 64 * 1024 * 1024),
      handshakeTimeoutMs: positive("handshakeTimeoutMs", opts.handshakeTimeoutMs, 10_000),
      pingIntervalMs: positive("pingIntervalMs", opts.pingIntervalMs, 10_000),
      maxMissedPings: positive("maxMissedPings", opts.maxMissedPings, 3),
      maxOutstandingRequests: positive("maxOutstandingRequests", opts.maxOutstandingRequests, 16),
    };
    const persistent = (opts.persistentPeers ?? []).map((text) => this.persistentAddress(text));
    this.scores = new PeerScores(opts.scoring ?? {}, this.now);
    this.dialer = new PersistentDialer(persistent, this, {
      backoff: opts.reconnect ?? {},
      now: this.now,
      random: deps.random ?? Math.random,
      logger: this.log,
    });
    this.serveContext = {
      handlers: this.requestHandlers,
      maxFrameBytes: this.cfg.maxFrameBytes,
      maxConcurrent: this.cfg.maxOutstandingRequests,
      log: this.log,
      misbehaved: (id, reason, severity) => this.misbehaved(id, reason, severity),
    };
  }

  // ---- lifecycle ----

  async start(): Promise<void> {
    if (this.state !== "new") throw new P2PError(P2PErrorCode.closed, "p2p was already started");
    const server = createServer((socket) => this.onInbound(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", (err) =>
        reject(new P2PError(P2PErrorCode.invalidConfig, `cannot listen: ${errorMessage(err)}`)),
      );
      server.listen({ host: this.cfg.host, port: this.opts.listenPort ?? 0 }, () => resolve());
    });
    server.on("error", (err) => this.log.error("listener error", { error: errorMessage(err) }));
    const addr = server.address();
    if (addr === null || typeof addr === "string")
      throw new P2PError(P2PErrorCode.invalidConfig, "not a TCP listener");
    this.bound = { host: addr.address, port: addr.port };
    this.state = "running";
    this.log.info("p2p listening", { nodeId: this.nodeId, host: addr.address, port: addr.port });
    this.dialer.start();
  }

  async close(): Promise<void> {
    if (this.state === "closing" || this.state === "closed") return;
    this.state = "closing";
    this.dialer.stop();
    const serverClosed = new Promise<void>((resolve) => {
      if (this.server === undefined) resolve();
      else this.server.close(() => resolve());
    });
    const bye = new P2PError(P2PErrorCode.closed, "node is shutting down");
    const closing = [...this.links].map((link) => {
      link.close(bye, true);
      return link.closed;
    });
    await Promise.all([serverClosed, ...closing]);
    this.state = "closed";
    this.log.info("p2p closed");
  }

  listenAddress(): { host: string; port: number } {
    if (this.bound === undefined || this.state !== "running") {
      throw new P2PError(P2PErrorCode.closed, "p2p is not listening");
    }
    return this.bound;
  }

  peerAddress(): string {
    return formatPeerAddress({ id: this.nodeId, ...this.listenAddress() });
  }

  // ---- peers ----

  peers(): PeerInfo[] {
    return [...this.peersById.values()].map((p) => p.info);
  }

  isConnected(id: NodeId): boolean {
    return this.peersById.has(id);
  }

  onPeerConnected(listener: PeerConnectedListener): () => void {
    this.connectedListeners.add(listener);
    return () => this.connectedListeners.delete(listener);
  }

  onPeerDisconnected(listener: PeerDisconnectedListener): () => void {
    this.disconnectedListeners.add(listener);
    return () => this.disconnectedListeners.delete(listener);
  }

  async dial(address: string): Promise<PeerInfo> {
    const peer = await this.connect(parsePeerAddress(address));
    return peer.info;
  }

  addPersistentPeer(address: string): void {
    this.dialer.add(this.persistentAddress(address));
  }

  private persistentAddress(text: string): PeerAddress {
    const address = parsePeerAddress(text);
    // [REJECT] listing ourselves would dial forever into a self-connection refusal.
    if (address.id === this.nodeId) {
      throw new P2PError(P2PErrorCode.invalidConfig, "a persistent peer cannot be this node itself");
    }
    return address;
  }

  // ---- channels ----

  handle(channel: number, handler: MessageHandler): void {
    checkChannel(channel);
    if (this.messageHandlers.has(channel)) {
      throw new P2PError(P2PErrorCode.invalidConfig, `channel ${channel} already has a message handler`);
    }
    this.messageHandlers.set(channel, handler);
  }

  handleRequests(channel: number, handler: RequestHandler): void {
    checkChannel(channel);
    if (this.requestHandlers.has(channel)) {
      throw new P2PError(P2PErrorCode.invalidConfig, `channel ${channel} already has a request handler`);
    }
    this.requestHandlers.set(channel, handler);
  }

  send(peerId: NodeId, channel: number, payload: Uint8Array): boolean {
    const bytes = this.frame(encodeChannelMessage(channel, payload));
    const peer = this.peersById.get(peerId);
    return peer?.conn.send(bytes) ?? false;
  }

  broadcast(channel: number, payload: Uint8Array, opts: BroadcastOptions = {}): number {
    const bytes = this.frame(encodeChannelMessage(channel, payload));
    let sent = 0;
    // Copy first: a failed send closes its link, which mutates the map.
    for (const peer of [...this.peersById.values()]) {
      if (peer.info.id !== opts.except && peer.conn.send(bytes)) sent += 1;
    }
    return sent;
  }

  request(peerId: NodeId, channel: number, payload: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    try {
      const peer = this.peersById.get(peerId);
      if (peer === undefined) {
        throw new P2PError(P2PErrorCode.notConnected, "peer is not connected", { peer: peerId });
      }
      const { id, response } = peer.requests.open(channel, timeoutMs);
      const bytes = encodeRequest(channel, id, payload);
      if (bytes.length > this.cfg.maxFrameBytes) {
        peer.requests.fail(id, this.tooLarge(bytes.length));
      } else if (!peer.conn.send(bytes)) {
        peer.requests.fail(
          id,
          new P2PError(P2PErrorCode.notConnected, "link closed before the request was sent"),
        );
      }
      return response;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  // ---- scoring and fault injection ----

  misbehaved(peerId: NodeId, reason: string, severity: Severity): void {
    const { penalty, banned } = this.scores.penalize(peerId, severity);
    this.log.warn("peer misbehaved", { peer: peerId, reason, severity, penalty });
    if (banned) {
      this.log.warn("peer banned", { peer: peerId, reason, until: this.scores.bannedUntil(peerId) });
      this.disconnect(peerId, new P2PError(P2PErrorCode.misbehaviour, `banned: ${reason}`));
    }
  }

  block(peerId: NodeId): void {
    this.blockedIds.add(peerId);
    this.log.info("peer blocked", { peer: peerId });
    this.disconnect(peerId, new P2PError(P2PErrorCode.peerRefused, "blocked"));
  }

  unblock(peerId: NodeId): void {
    if (!this.blockedIds.delete(peerId)) return;
    this.log.info("peer unblocked", { peer: peerId });
    this.dialer.wake(peerId);
  }

  blocked(): NodeId[] {
    return [...this.blockedIds];
  }

  isBanned(peerId: NodeId): boolean {
    return this.scores.isBanned(peerId);
  }

  penalty(peerId: NodeId): number {
    return this.scores.penalty(peerId);
  }

  // ---- DialerHost ----

  dialBlocker(id: NodeId): { blocked: true } | { bannedUntil: number } | undefined {
    if (this.blockedIds.has(id)) return { blocked: true };
    const until = this.scores.bannedUntil(id);
    return until === undefined ? undefined : { bannedUntil: until };
  }

  connect(address: PeerAddress): Promise<Peer> {
    if (this.state !== "running") {
      return Promise.reject(new P2PError(P2PErrorCode.closed, "p2p is not running"));
    }
    return new Promise<Peer>((resolve, reject) => {
      const socket = netConnect({ host: address.host, port: address.port });
      let peer: Peer | undefined;
      const link = new SecureConnection(
        socket,
        {
          ...this.linkOptions("initiator"),
          expectedId: address.id,
          accept: (r) => this.admit(r, "outbound"),
        },
        {
          onOpen: (remote) => {
            peer = this.register(link, remote, "outbound");
            resolve(peer);
          },
          onMessage: (plaintext) => this.onMessage(peer!, plaintext),
          onClose: (reason) => {
            this.onLinkClosed(link, peer, reason);
            if (peer === undefined) reject(reason);
          },
        },
      );
      this.track(link);
    });
  }

  // ---- internals ----

  private linkOptions(role: "initiator" | "responder") {
    return {
      role,
      nodeKey: this.opts.nodeKey,
      info: { network: this.opts.network, moniker: this.opts.moniker ?? this.nodeId.slice(0, 8) },
      maxFrameBytes: this.cfg.maxFrameBytes,
      handshakeTimeoutMs: this.cfg.handshakeTimeoutMs,
      maxSendBufferBytes: this.cfg.maxSendBufferBytes,
      log: this.log,
      ...(this.opts.recordLimit !== undefined ? { recordLimit: this.opts.recordLimit } : {}),
    } as const;
  }

  private onInbound(socket: Socket): void {
    // An unauthenticated socket costs a key exchange: bound how many may be in flight.
    if (this.state !== "running" || this.pendingInbound >= this.cfg.maxPendingHandshakes) {
      this.log.debug("inbound socket refused", {
        remote: socket.remoteAddress,
        pending: this.pendingInbound,
      });
      socket.on("error", () => {});
      socket.destroy();
      return;
    }
    this.pendingInbound += 1;
    let handshaking = true;
    let peer: Peer | undefined;
    const done = (): void => {
      if (handshaking) this.pendingInbound -= 1;
      handshaking = false;
    };
    const link = new SecureConnection(
      socket,
      { ...this.linkOptions("responder"), accept: (r) => this.admit(r, "inbound") },
      {
        onOpen: (remote) => {
          done();
          peer = this.register(link, remote, "inbound");
        },
        onMessage: (plaintext) => this.onMessage(peer!, plaintext),
        onClose: (reason) => {
          done();
          this.onLinkClosed(link, peer, reason);
        },
      },
    );
    this.track(link);
  }

  /** Keeps `link` until its socket is released, so `close()` can wait for every handle. */
  private track(link: SecureConnection): void {
    this.links.add(link);
    void link.closed.then(() => this.links.delete(link));
  }

  /** Policy on a proven identity; both sides reach the same verdict on duplicate links. */
  private admit(remote: RemoteIdentity, direction: PeerDirection): P2PError | undefined {
    const refuse = (why: string): P2PError =>
      new P2PError(P2PErrorCode.peerRefused, `peer refused: ${why}`, { peer: remote.id, direction });
    // [REJECT] nothing new while shutting down.
    if (this.state !== "running") return refuse("shutting down");
    // [REJECT] blocked peers (fault injection) in both directions.
    if (this.blockedIds.has(remote.id)) return refuse("blocked");
    // [REJECT] banned peers until the ban ends.
    if (this.scores.isBanned(remote.id)) return refuse("banned");
    const existing = this.peersById.get(remote.id);
    if (existing !== undefined) {
      if (existing.info.direction !== direction) {
        // [REJECT] a duplicate link: keep the one dialed by the lower node id (both sides agree).
        const preferred: PeerDirection = this.nodeId < remote.id ? "outbound" : "inbound";
        if (direction !== preferred) return refuse("duplicate link");
      }
      return undefined;
    }
    // [REJECT] past the inbound limit, except for persistent peers (they are wanted).
    if (
      direction === "inbound" &&
      !this.dialer.has(remote.id) &&
      this.inboundCount() >= this.cfg.maxInbound
    ) {
      return refuse("inbound peer limit reached");
    }
    return undefined;
  }

  private inboundCount(): number {
    let n = 0;
    for (const peer of this.peersById.values()) if (peer.info.direction === "inbound") n += 1;
    return n;
  }

  private register(link: SecureConnection, remote: RemoteIdentity, direction: PeerDirection): Peer {
    const info: PeerInfo = {
      id: remote.id,
      pubKey: remote.pubKey,
      moniker: remote.moniker,
      direction,
      remoteAddress: link.socket.remoteAddress ?? "",
      remotePort: link.socket.remotePort ?? 0,
      persistent: this.dialer.has(remote.id),
      connectedAt: this.now(),
    };
    const peer = new Peer(link, info, this.cfg);
    const previous = this.peersById.get(remote.id);
    this.peersById.set(remote.id, peer);
    this.dialer.onConnected(remote.id);
    peer.startKeepalive(() =>
      link.close(new P2PError(P2PErrorCode.idleTimeout, "nothing received for too long; link presumed dead")),
    );
    if (previous !== undefined) {
      this.log.info("peer link replaced", { peer: remote.id, direction, previous: previous.info.direction });
      previous.conn.close(new P2PError(P2PErrorCode.peerRefused, "replaced by another link"), true);
    } else {
      this.log.info("peer connected", { peer: remote.id, direction, moniker: remote.moniker });
      for (const listener of this.connectedListeners)
        this.safely("peerConnected listener", () => listener(info));
    }
    return peer;
  }

  private onLinkClosed(link: SecureConnection, peer: Peer | undefined, reason: P2PError): void {
    if (peer === undefined) {
      // No proven identity to score: log and forget (garbage, scanners, refused peers).
      this.log.debug("handshake failed", {
        remote: link.socket.remoteAddress,
        code: reason.reason,
        error: reason.message,
      });
      return;
    }
    peer.stop(reason);
    const id = peer.info.id;
    const severity = LINK_FAULT_SEVERITY[reason.reason];
    if (severity !== undefined) this.misbehaved(id, reason.message, severity);
    if (this.peersById.get(id) !== peer) return; // a replaced link: the peer is still connected
    this.peersById.delete(id);
    this.log.info("peer disconnected", { peer: id, code: reason.reason, reason: reason.message });
    for (const listener of this.disconnectedListeners) {
      this.safely("peerDisconnected listener", () => listener(peer.info, reason));
    }
    if (this.state === "running") this.dialer.onDisconnected(id);
  }

  private disconnect(peerId: NodeId, reason: P2PError): void {
    this.peersById.get(peerId)?.conn.close(reason);
  }

  private onMessage(peer: Peer, plaintext: Buffer): void {
    peer.heardFrom();
    let message: WireMessage;
    try {
      message = decodeMessage(plaintext);
    } catch (err) {
      // [REJECT] an authenticated peer sent bytes that are not a message: it is broken or hostile.
      this.misbehaved(peer.info.id, errorMessage(err), "high");
      peer.conn.close(err as P2PError);
      return;
    }
    switch (message.kind) {
      case MessageKind.message: {
        const handler = this.messageHandlers.get(message.channel);
        if (handler === undefined) {
          // [REJECT] a channel we do not serve (kept connected: nodes may run different reactors).
          this.misbehaved(peer.info.id, `message on unknown channel ${message.channel}`, "low");
          return;
        }
        const { channel, payload } = message;
        this.safely(`channel ${channel} handler`, () => handler({ from: peer.info.id, channel, payload }));
        return;
      }
      case MessageKind.request:
        serveRequest(this.serveContext, peer, message.channel, message.id, message.payload);
        return;
      case MessageKind.response:
        if (!peer.requests.settle(message.id, message.status, message.body)) {
          // Late answers to timed-out requests are normal; nothing to punish.
          this.log.debug("response to no outstanding request", { peer: peer.info.id, id: message.id });
        }
        return;
      case MessageKind.ping:
        peer.conn.send(PONG);
        return;
      case MessageKind.pong:
        return;
    }
  }

  private frame(bytes: Buffer): Buffer {
    if (bytes.length > this.cfg.maxFrameBytes) throw this.tooLarge(bytes.length);
    return bytes;
  }

  private tooLarge(size: number): P2PError {
    return new P2PError(P2PErrorCode.frameTooLarge, `message of ${size} bytes exceeds maxFrameBytes`, {
      size,
      max: this.cfg.maxFrameBytes,
    });
  }

  private safely(what: string, run: () => unknown): void {
    try {
      const result = run();
      if (result instanceof Promise) {
        result.catch((err: unknown) => this.log.error(`${what} failed`, { error: errorMessage(err) }));
      }
    } catch (err) {
      this.log.error(`${what} failed`, { error: errorMessage(err) });
    }
  }
}
