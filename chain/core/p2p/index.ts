/**
 * Node-to-node networking: `strata-p2p/1` links (TCP, an X25519 key exchange authenticated by
 * the nodes' ed25519 keys, ChaCha20-Poly1305 records; the protocol is written down in
 * `handshake.ts`), a switch with persistent peers and reconnect backoff, channels, broadcast,
 * flood gossip with dedupe, request/response, peer scoring with bans, and fault injection.
 *
 * ```ts
 * const p2p = createP2P({ nodeKey, network: chainId, persistentPeers: ["<id>@127.0.0.1:26656"] }, { logger });
 * const votes = createGossip(p2p, { channel: ChannelId.consensusVote }, ({ from, payload }) => {
 *   try { consensus.vote(decodeVote(payload)); return "accept"; } catch { return "reject"; }
 * });
 * p2p.handleRequests(ChannelId.blockSync, ({ payload }) => blockStore.encodedBlockAt(payload));
 * await p2p.start();
 * votes.publish(encodeVote(vote));
 * const block = await p2p.request(peerId, ChannelId.blockSync, heightBytes, 5_000);
 * ```
 *
 * @packageDocumentation
 */

export type { BackoffOptions } from "./backoff.js";
export { backoffDelay } from "./backoff.js";
export type { ChannelIdValue } from "./channels.js";
export { ChannelId } from "./channels.js";
export { createP2P } from "./createP2P.js";
export { isP2PError, P2P_CODESPACE, P2PError, P2PErrorCode } from "./errors.js";
export type {
  Gossip,
  GossipHandler,
  GossipOptions,
  GossipStats,
  GossipTransport,
  GossipVerdict,
} from "./gossip.js";
export { createGossip } from "./gossip.js";
export type { EphemeralKey, HandshakeRole, NodeInfo, RemoteIdentity, SessionKeys } from "./handshake.js";
export {
  authSignBytes,
  decodeHello,
  deriveSession,
  encodeAuth,
  encodeHello,
  generateEphemeral,
  HELLO_LENGTH,
  MAX_INFO_STRING_BYTES,
  PROTOCOL_ID,
  verifyAuth,
} from "./handshake.js";
export type { WireMessage } from "./messageCodec.js";
export { decodeMessage, MessageKind, ResponseStatus } from "./messageCodec.js";
export type { NodeId, PeerAddress } from "./nodeId.js";
export { formatPeerAddress, isNodeId, nodeIdFromPubKey, parsePeerAddress } from "./nodeId.js";
export type { PeerScoreOptions, PenaltyResult, Severity } from "./peerScore.js";
export { PeerScores, SEVERITY_POINTS } from "./peerScore.js";
export {
  MAX_RECORD_COUNTER,
  RECORD_HEADER_LENGTH,
  RecordOpener,
  RecordSealer,
  readRecordLength,
  recordNonce,
  TAG_LENGTH,
} from "./recordLayer.js";
export type { SecureConnectionHandlers, SecureConnectionOptions } from "./secureConnection.js";
export { SecureConnection } from "./secureConnection.js";
export { SeenCache } from "./seenCache.js";
export type {
  BroadcastOptions,
  ChannelMessage,
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
