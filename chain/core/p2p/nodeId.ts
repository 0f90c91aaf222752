import { isIP } from "node:net";
import { addressFromPubKey } from "../crypto/index.js";
import { P2PError, P2PErrorCode } from "./errors.js";

/**
 * Node ids and peer addresses. A node id is what a peer proves in the handshake: the lowercase
 * hex of the first 20 bytes of sha256(ed25519 public key), CometBFT's `p2p.ID`.
 */

/** A node id: 40 lowercase hex digits. */
export type NodeId = string;

const NODE_ID_RE = /^[0-9a-f]{40}$/;
// A DNS name or an IPv4 literal; IPv6 literals are written in brackets (`[::1]`).
const HOST_RE = /^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

/** The node id of an ed25519 public key (hex of the first 20 bytes of its sha256). */
export function nodeIdFromPubKey(pubKey: Uint8Array): NodeId {
  return Buffer.from(addressFromPubKey(pubKey)).toString("hex");
}

/** True when `id` is a well-formed node id (40 lowercase hex digits). */
export function isNodeId(id: string): id is NodeId {
  return NODE_ID_RE.test(id);
}

/** Where to dial a peer and which identity it must prove. */
export interface PeerAddress {
  /** The node id the peer must prove in the handshake. */
  readonly id: NodeId;
  /** Host name or IP literal (IPv6 without brackets). */
  readonly host: string;
  /** TCP port, 1..65535. */
  readonly port: number;
}

/**
 * Parses `id@host:port` (CometBFT's persistent-peer syntax; `[v6]` for IPv6 hosts).
 * @throws P2PError `invalidAddress` naming what is wrong.
 */
export function parsePeerAddress(text: string): PeerAddress {
  const bad = (why: string): P2PError =>
    new P2PError(P2PErrorCode.invalidAddress, `peer address "${text}": ${why}`, { address: text });
  const at = text.indexOf("@");
  if (at < 0) throw bad("expected id@host:port");
  const id = text.slice(0, at).toLowerCase();
  // [REJECT] the id is 20 bytes of hex, so the dialer can check the peer's proof against it.
  if (!isNodeId(id)) throw bad("the id must be 40 hex digits");
  const hostPort = text.slice(at + 1);
  const colon = hostPort.lastIndexOf(":");
  if (colon < 0) throw bad("missing :port");
  let host = hostPort.slice(0, colon);
  const portText = hostPort.slice(colon + 1);
  if (host.startsWith("[") && host.endsWith("]")) {
    host = host.slice(1, -1);
    if (isIP(host) !== 6) throw bad("bracketed host must be an IPv6 literal");
  } else if (!HOST_RE.test(host)) {
    throw bad("bad host");
  }
  if (!/^[0-9]{1,5}$/.test(portText)) throw bad("bad port");
  const port = Number(portText);
  if (port < 1 || port > 65535) throw bad("port must be 1..65535");
  return { id, host, port };
}

/** Formats a {@link PeerAddress} as `id@host:port` (IPv6 hosts bracketed). */
export function formatPeerAddress(address: PeerAddress): string {
  const host = isIP(address.host) === 6 ? `[${address.host}]` : address.host;
  return `${address.id}@${host}:${address.port}`;
}
