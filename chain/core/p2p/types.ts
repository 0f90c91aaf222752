import type { Ed25519KeyPair } from "../crypto/index.js";
import type { Logger } from "../log/index.js";
import type { BackoffOptions } from "./backoff.js";
import type { NodeId } from "./nodeId.js";
import type { PeerScoreOptions, Severity } from "./peerScore.js";

/** Options of {@link createP2P} (configuration; everything but the key has a default). */
export interface P2POptions {
  /** This node's ed25519 node key; its id is the hex of sha256(pubKey)[0..20). */
  readonly nodeKey: Ed25519KeyPair;
  /** Network (chain id); peers announcing another network are refused. */
  readonly network: string;
  /** Name announced to peers (default: the first 8 hex digits of the node id). */
  readonly moniker?: string;
  /** Interface to listen on (default `127.0.0.1`). */
  readonly listenHost?: string;
  /** Port to listen on; 0 picks a free one (default 0). */
  readonly listenPort?: number;
  /** Peers to stay connected to, as `id@host:port`; redialed with backoff whenever the link drops. */
  readonly persistentPeers?: readonly string[];
  /** Most inbound peers that are not persistent peers (default 40). */
  readonly maxInboundPeers?: number;
  /** Most inbound sockets still in their handshake (default 32); more are closed at once. */
  readonly maxPendingHandshakes?: number;
  /** Largest message (record plaintext) sent or accepted, bytes (default 4 MiB). */
  readonly maxFrameBytes?: number;
  /** Unsent bytes a link may hold before its peer counts as too slow and is dropped (default 64 MiB). */
  readonly maxSendBufferBytes?: number;
  /** Time to connect and complete the handshake, ms (default 10 s). */
  readonly handshakeTimeoutMs?: number;
  /** Keep-alive ping period, ms (default 10 s). */
  readonly pingIntervalMs?: number;
  /** Ping periods without receiving anything before the link is dropped (default 3). */
  readonly maxMissedPings?: number;
  /** Reconnect backoff of persistent peers (defaults: 250 ms doubling to 30 s, 20% jitter). */
  readonly reconnect?: BackoffOptions;
  /** Scoring and bans (defaults: threshold 100, ban 10 min, half-life 5 min). */
  readonly scoring?: PeerScoreOptions;
  /** Most requests outstanding per peer, in each direction (default 16). */
  readonly maxOutstandingRequests?: number;
  /** Records per direction before a link is re-keyed by reconnecting (tests lower it). */
  readonly recordLimit?: number;
}

/** Injected services of {@link createP2P}. */
export interface P2PDeps {
  /** Structured logger (the layer adds `module: "p2p"`). */
  readonly logger: Logger;
  /** Clock for bans and scores, ms (default `Date.now`). */
  readonly now?: () => number;
  /** Uniform draw in [0, 1) for backoff jitter (default `Math.random`). */
  readonly random?: () => number;
}

/** Which side opened a link. */
export type PeerDirection = "inbound" | "outbound";

/** A connected peer. */
export interface PeerInfo {
  /** Proven node id. */
  readonly id: NodeId;
  /** Proven ed25519 node key. */
  readonly pubKey: Uint8Array;
  /** The name the peer announced. */
  readonly moniker: string;
  /** `outbound` when this node dialed. */
  readonly direction: PeerDirection;
  /** Remote IP of the socket. */
  readonly remoteAddress: string;
  /** Remote port of the socket. */
  readonly remotePort: number;
  /** True for a peer from `persistentPeers`. */
  readonly persistent: boolean;
  /** When the link opened (clock ms). */
  readonly connectedAt: number;
}

/** A message received on a channel. */
export interface ChannelMessage {
  /** The peer it came from (not necessarily its author: gossip is relayed). */
  readonly from: NodeId;
  /** Channel number. */
  readonly channel: number;
  /** Payload bytes; decode them at this edge. */
  readonly payload: Uint8Array;
}

/**
 * Consumes the messages of one channel. It must not throw for bad input: it reports the sender
 * with `misbehaved` instead. Thrown errors and rejected promises are logged, never fatal.
 */
export type MessageHandler = (message: ChannelMessage) => void | Promise<void>;

/**
 * Answers the requests of one channel. A throw or rejection is sent back as an error response
 * (its message is the reason the requester sees).
 */
export type RequestHandler = (request: ChannelMessage) => Uint8Array | Promise<Uint8Array>;

/** Called when a peer connects. */
export type PeerConnectedListener = (peer: PeerInfo) => void;
/** Called when a peer's link closes, with the reason. */
export type PeerDisconnectedListener = (peer: PeerInfo, reason: Error) => void;

/** Options of {@link P2P.broadcast}. */
export interface BroadcastOptions {
  /** Skip this peer (the one a relayed message came from). */
  readonly except?: NodeId;
}

/**
 * The node-to-node network: authenticated encrypted links, channels, broadcast, request/response,
 * scoring and fault injection.
 */
export interface P2P {
  /** This node's id. */
  readonly nodeId: NodeId;
  /**
   * Listens and starts dialing persistent peers.
   * @throws P2PError `invalidConfig` when the port cannot be bound.
   */
  start(): Promise<void>;
  /** Stops dialing, closes every link and the listener; resolves once all sockets are closed. */
  close(): Promise<void>;
  /**
   * The bound address.
   * @throws P2PError `closed` when not listening.
   */
  listenAddress(): { host: string; port: number };
  /** `id@host:port` for other nodes' `persistentPeers`. @throws as {@link P2P.listenAddress}. */
  peerAddress(): string;
  /** The connected peers. */
  peers(): PeerInfo[];
  /** True when `id` is connected. */
  isConnected(id: NodeId): boolean;
  /**
   * Registers the message handler of a channel.
   * @throws P2PError `invalidConfig` when the channel is not a u8 or already has one.
   */
  handle(channel: number, handler: MessageHandler): void;
  /**
   * Registers the request handler of a channel.
   * @throws P2PError `invalidConfig` when the channel is not a u8 or already has one.
   */
  handleRequests(channel: number, handler: RequestHandler): void;
  /**
   * Sends to one peer; false when it is not connected (delivery is best effort).
   * @throws P2PError `frameTooLarge` when the message exceeds `maxFrameBytes`.
   */
  send(peerId: NodeId, channel: number, payload: Uint8Array): boolean;
  /**
   * Sends to every connected peer (but `except`); returns how many it was sent to.
   * @throws P2PError `frameTooLarge` when the message exceeds `maxFrameBytes`.
   */
  broadcast(channel: number, payload: Uint8Array, opts?: BroadcastOptions): number;
  /**
   * Sends a request and resolves with the response. Rejects with P2PError `notConnected`,
   * `tooManyRequests`, `requestTimeout`, `remoteError`, `closed` (the link dropped first) or
   * `frameTooLarge`.
   */
  request(peerId: NodeId, channel: number, payload: Uint8Array, timeoutMs: number): Promise<Uint8Array>;
  /**
   * Reports a peer (a handler found its message invalid): logs the reason, scores the peer down,
   * and past the threshold disconnects and bans it.
   */
  misbehaved(peerId: NodeId, reason: string, severity: Severity): void;
  /**
   * Connects once to `id@host:port` (not redialed when it drops) and resolves when the link is open.
   * @throws P2PError `invalidAddress`, or the reason the link failed.
   */
  dial(address: string): Promise<PeerInfo>;
  /**
   * Adds a persistent peer at run time (kept connected like those of `persistentPeers`).
   * @throws P2PError `invalidAddress`, or `invalidConfig` for this node's own id.
   */
  addPersistentPeer(address: string): void;
  /** Fault injection: drops the link to `peerId` and refuses it (both ways) until {@link P2P.unblock}. */
  block(peerId: NodeId): void;
  /** Lifts a {@link P2P.block}; a persistent peer is redialed at once. */
  unblock(peerId: NodeId): void;
  /** Peers currently blocked. */
  blocked(): NodeId[];
  /** True while `peerId` is banned for misbehaviour. */
  isBanned(peerId: NodeId): boolean;
  /** The peer's current penalty (decays over time). */
  penalty(peerId: NodeId): number;
  /** Subscribes to connections; returns the unsubscribe function. */
  onPeerConnected(listener: PeerConnectedListener): () => void;
  /** Subscribes to disconnections; returns the unsubscribe function. */
  onPeerDisconnected(listener: PeerDisconnectedListener): () => void;
}
