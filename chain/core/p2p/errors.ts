import { StrataError } from "../errors/index.js";

/** Codespace of every error raised by the p2p layer. */
export const P2P_CODESPACE = "p2p";

/**
 * Stable error codes of the `p2p` codespace. Numbers are part of the log surface: a retired
 * number is never reused for another meaning.
 */
export enum P2PErrorCode {
  /** A peer address is not `id@host:port` (or the id is not 40 lowercase hex digits). */
  invalidAddress = 1,
  /** The handshake did not complete: wrong magic, early close, timeout, a reflected or weak key. */
  handshakeFailed = 2,
  /** Authentication failed: a record did not decrypt (AEAD tag) or the node signature is invalid. */
  authFailed = 3,
  /** The peer proved an identity other than the one it was dialed as. */
  wrongPeerId = 4,
  /** The peer runs another network (chain id). */
  networkMismatch = 5,
  /** A frame's length prefix is out of bounds (empty or above the maximum frame size). */
  frameTooLarge = 6,
  /** A direction's record counter reached its limit; the link must be re-keyed by reconnecting. */
  counterExhausted = 7,
  /** A decrypted message does not parse (unknown kind, truncated header, trailing bytes). */
  malformedMessage = 8,
  /** A message or request names a channel this node has no handler for. */
  unknownChannel = 9,
  /** This node refused the peer: self, blocked, banned, duplicate link or inbound limit. */
  peerRefused = 10,
  /** The peer is not connected. */
  notConnected = 11,
  /** A request got no response within its timeout. */
  requestTimeout = 12,
  /** The peer already has the maximum number of outstanding requests (either direction). */
  tooManyRequests = 13,
  /** The peer answered a request with an error. */
  remoteError = 14,
  /** The link or the whole p2p layer was closed. */
  closed = 15,
  /** The peer does not read fast enough: the send buffer passed its bound. */
  sendBufferFull = 16,
  /** Nothing was received from the peer for too many ping intervals. */
  idleTimeout = 17,
  /** A handler reported the peer (through `misbehaved`). */
  misbehaviour = 18,
  /** The options are unusable (bad port, bad limits, a bad persistent peer). */
  invalidConfig = 19,
}

/** The error class of the p2p layer: codespace `"p2p"`, code from {@link P2PErrorCode}. */
export class P2PError extends StrataError {
  /** The p2p-specific code (same number as `code`, typed). */
  readonly reason: P2PErrorCode;

  /**
   * @param code - stable code of the failure
   * @param message - what went wrong, phrased so an operator can act on it
   * @param detail - structured context for logs (peer id, sizes, …)
   */
  constructor(code: P2PErrorCode, message: string, detail?: Record<string, unknown>) {
    super(P2P_CODESPACE, code, message, detail);
    this.reason = code;
  }
}

/** True when `err` is a {@link P2PError} with the given code (any code when omitted). */
export function isP2PError(err: unknown, code?: P2PErrorCode): err is P2PError {
  return err instanceof P2PError && (code === undefined || err.reason === code);
}
