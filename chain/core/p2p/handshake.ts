import {
  createHash,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
} from "node:crypto";
import type { Ed25519KeyPair } from "../crypto/index.js";
import { verifyEd25519 } from "../crypto/index.js";
import { P2PError, P2PErrorCode } from "./errors.js";
import { type NodeId, nodeIdFromPubKey } from "./nodeId.js";

/**
 * The strata p2p handshake, `strata-p2p/1`: an authenticated ephemeral key exchange bound to the
 * nodes' ed25519 identity keys (the shape of CometBFT's SecretConnection / SIGMA-I), built only on
 * `node:crypto`. Everything here is pure: the socket side is `secureConnection.ts`.
 *
 * ## Notation
 * `‖` is concatenation; strings are ASCII; `u8`, `u32be`, `u64be` are unsigned big-endian integers.
 * `I` is the initiator (the node that dialed), `R` the responder (the node that accepted).
 *
 * ## 1. Hello (plaintext, both sides send at once)
 * Each side draws a fresh X25519 key pair `(e, E)` per connection and sends exactly 44 bytes:
 *
 *     hello = "strata-p2p/1" (12 bytes) ‖ E (32 bytes, raw X25519 public key)
 *
 * - [REJECT] the first 12 bytes are not `strata-p2p/1` (not our protocol or another version).
 * - [REJECT] the peer's `E` equals ours (our own hello reflected back).
 *
 * ## 2. Keys
 *
 *     h   = SHA-256("strata-p2p/1 transcript" ‖ hello_I ‖ hello_R)            (32 bytes)
 *     dh  = X25519(e_own, E_peer)                                                (32 bytes)
 *     okm = HKDF-SHA256(ikm = dh, salt = h, info = "strata-p2p/1 keys", L = 64)
 *     k_IR = okm[0..32)      k_RI = okm[32..64)
 *
 * - [REJECT] `dh` is all zero (E_peer is a low-order point; OpenSSL also refuses to derive it).
 * - `I` seals with `k_IR` and opens with `k_RI`; `R` the reverse. The two directions never share a
 *   key, so their counters never collide on a (key, nonce) pair.
 *
 * ## 3. Record layer (every byte after the hellos)
 *
 *     record = len: u32be ‖ ChaCha20-Poly1305(key_dir, nonce, plaintext, aad = len)   (ciphertext ‖ 16-byte tag)
 *     len    = |plaintext| + 16,  16 ≤ len ≤ maxFrameBytes + 16
 *     nonce  = 0x00000000 ‖ u64be(counter_dir)
 *
 * - `counter_dir` starts at 0 in each direction and grows by one per record; it is never reused.
 *   After 2^53 − 1 records in one direction (the largest exact JS integer) the link is closed on
 *   either side, and the reconnect derives fresh keys.
 * - The length prefix is the AEAD's associated data, so a changed length fails authentication.
 * - [REJECT] `len` out of bounds: the link is closed before any of the body is buffered. Until
 *   both auth records are accepted the bound is the largest auth record (608 bytes + 16).
 * - Records are processed strictly in order; there is no retransmission, reordering or rekeying
 *   inside a link (TCP gives order; a reconnect gives new keys).
 * - [REJECT] a tag that does not verify: the link is closed (no plaintext is ever released).
 *
 * ## 4. Authentication (records 0: `I` first, `R` answers after checking `I`)
 *
 *     auth = P (32, ed25519 public key) ‖ sig (64) ‖ u8 |network| ‖ network ‖ u8 |moniker| ‖ moniker
 *     sig  = Ed25519-Sign(node key, "strata-p2p/1 auth" ‖ role ‖ h)     role = 0x49 ('I') or 0x52 ('R')
 *
 * - `I` sends its auth record as soon as it has `h`. `R` verifies it, decides whether it accepts
 *   this peer (ban list, blocked, inbound limit, duplicate link: see the switch) and only then sends
 *   its own auth record; a refused initiator sees the link close without learning R's identity.
 * - [REJECT] `sig` does not verify under `P` over the *peer's* role and `h`. Both ephemeral keys are
 *   in `h`, so the signature cannot be replayed into another session, and the role byte stops a
 *   signature made as one role from being reflected as the other.
 * - [REJECT] the auth record is malformed (short, a length running past the end, trailing bytes,
 *   strings that are not UTF-8).
 * - [REJECT] `P` is our own key (we dialed ourselves).
 * - [REJECT] `I` dialed `id@host:port` and hex(SHA-256(P)[0..20)) ≠ `id`.
 * - [REJECT] the peer's `network` (chain id) is not ours.
 * - A network attacker who swaps hellos gets different `h` and `dh` on each side; it cannot produce
 *   a record that opens, nor a signature over either side's `h`, so it can only break the link.
 *
 * ## 5. Messages (records 1, 2, … once both auth records are accepted)
 * One record carries one message (`messageCodec.ts`); `|message| ≤ maxFrameBytes` (default 4 MiB):
 *
 *     0x01 ‖ channel: u8 ‖ payload                               channel message
 *     0x02 ‖ channel: u8 ‖ id: u32be ‖ payload                   request
 *     0x03 ‖ id: u32be ‖ status: u8 (0 ok, 1 error) ‖ body       response (error body: UTF-8 reason ≤ 256 B)
 *     0x04                                                       ping (answered by a pong)
 *     0x05                                                       pong
 *
 * - [REJECT] an empty record, an unknown kind, a truncated header, a response status other than
 *   0/1, a ping/pong with trailing bytes: the sender is scored `high` and the link closed.
 * - Every node pings every `pingIntervalMs`; a link from which nothing arrived for
 *   `maxMissedPings` periods is closed.
 *
 * ## 6. Timeouts
 * The hellos and both auth records must arrive within the handshake timeout (default 10 s,
 * counted from the TCP connect attempt for the initiator, from accept for the responder).
 */

/** Protocol identifier: the hello magic and the prefix of every domain-separation string. */
export const PROTOCOL_ID = "strata-p2p/1";
/** Length of the hello: 12-byte magic ‖ 32-byte X25519 public key. */
export const HELLO_LENGTH = 44;
/** Largest `network` and `moniker` in the auth record, in UTF-8 bytes (a u8 length). */
export const MAX_INFO_STRING_BYTES = 255;

const MAGIC = Buffer.from(PROTOCOL_ID, "ascii");
const TRANSCRIPT_DOMAIN = Buffer.from(`${PROTOCOL_ID} transcript`, "ascii");
const KEYS_INFO = Buffer.from(`${PROTOCOL_ID} keys`, "ascii");
const AUTH_DOMAIN = Buffer.from(`${PROTOCOL_ID} auth`, "ascii");
const ROLE_BYTE: Record<HandshakeRole, number> = { initiator: 0x49, responder: 0x52 };
// DER prefix that wraps a raw 32-byte X25519 public key as SPKI for node:crypto.
const X25519_SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
const AUTH_FIXED_LENGTH = 32 + 64;

/** Which end of the TCP connection this node is. */
export type HandshakeRole = "initiator" | "responder";

/** The other role. */
export function peerRole(role: HandshakeRole): HandshakeRole {
  return role === "initiator" ? "responder" : "initiator";
}

/** A per-connection X25519 key pair. */
export interface EphemeralKey {
  /** Raw 32-byte public key, sent in the hello. */
  readonly publicKey: Uint8Array;
  /** Private key, kept in node:crypto. */
  readonly privateKey: KeyObject;
}

/** What a node tells its peer about itself in the auth record. */
export interface NodeInfo {
  /** Network (chain id); peers of another network are refused. */
  readonly network: string;
  /** Human-readable node name (not authenticated as unique; for logs and `net_info`). */
  readonly moniker: string;
}

/** The keys of one session, derived from both hellos. */
export interface SessionKeys {
  /** `h`: SHA-256 over both hellos; both sides sign it. */
  readonly transcriptHash: Uint8Array;
  /** Key this side seals records with. */
  readonly sendKey: Uint8Array;
  /** Key this side opens the peer's records with. */
  readonly recvKey: Uint8Array;
}

/** The identity the peer proved in its auth record. */
export interface RemoteIdentity extends NodeInfo {
  /** The peer's ed25519 node public key. */
  readonly pubKey: Uint8Array;
  /** Its node id. */
  readonly id: NodeId;
}

function handshakeError(message: string, detail?: Record<string, unknown>): P2PError {
  return new P2PError(P2PErrorCode.handshakeFailed, message, detail);
}

/** A fresh X25519 key pair for one connection. */
export function generateEphemeral(): EphemeralKey {
  const { publicKey, privateKey } = generateKeyPairSync("x25519");
  const spki = publicKey.export({ format: "der", type: "spki" });
  return { publicKey: new Uint8Array(spki.subarray(spki.length - 32)), privateKey };
}

/** The 44-byte hello carrying `ephemeralPub`. */
export function encodeHello(ephemeralPub: Uint8Array): Uint8Array {
  if (ephemeralPub.length !== 32) throw new RangeError("an X25519 public key is 32 bytes");
  return new Uint8Array(Buffer.concat([MAGIC, ephemeralPub]));
}

/**
 * The peer's ephemeral public key from its hello.
 * @throws P2PError `handshakeFailed` when the hello is not `strata-p2p/1`.
 */
export function decodeHello(hello: Uint8Array): Uint8Array {
  // [REJECT] exactly 44 bytes starting with the protocol magic: anything else is not our protocol.
  if (hello.length !== HELLO_LENGTH || !Buffer.from(hello.subarray(0, MAGIC.length)).equals(MAGIC)) {
    throw handshakeError("peer does not speak strata-p2p/1");
  }
  return hello.slice(MAGIC.length);
}

/**
 * Derives the transcript hash and the directional record keys (protocol §2).
 * @throws P2PError `handshakeFailed` for a reflected hello or a low-order public key.
 */
export function deriveSession(
  role: HandshakeRole,
  own: EphemeralKey,
  ownHello: Uint8Array,
  peerHello: Uint8Array,
): SessionKeys {
  const peerPub = decodeHello(peerHello);
  // [REJECT] our own ephemeral key coming back is a reflection, not a peer.
  if (Buffer.from(peerPub).equals(Buffer.from(own.publicKey))) {
    throw handshakeError("peer echoed our own ephemeral key");
  }
  let dh: Buffer;
  try {
    const peerKey = createPublicKey({
      key: Buffer.concat([X25519_SPKI_PREFIX, peerPub]),
      format: "der",
      type: "spki",
    });
    dh = diffieHellman({ privateKey: own.privateKey, publicKey: peerKey });
  } catch {
    // OpenSSL refuses to derive an all-zero secret; any failure here means a bad peer key.
    throw handshakeError("peer ephemeral key is not usable (low-order point)");
  }
  // [REJECT] an all-zero shared secret (low-order point): defence in depth over OpenSSL's check.
  if (dh.every((b) => b === 0)) throw handshakeError("peer ephemeral key is a low-order point");
  const [helloI, helloR] = role === "initiator" ? [ownHello, peerHello] : [peerHello, ownHello];
  const transcriptHash = new Uint8Array(
    createHash("sha256").update(TRANSCRIPT_DOMAIN).update(helloI).update(helloR).digest(),
  );
  const okm = Buffer.from(hkdfSync("sha256", dh, transcriptHash, KEYS_INFO, 64));
  const kIR = new Uint8Array(okm.subarray(0, 32));
  const kRI = new Uint8Array(okm.subarray(32, 64));
  return role === "initiator"
    ? { transcriptHash, sendKey: kIR, recvKey: kRI }
    : { transcriptHash, sendKey: kRI, recvKey: kIR };
}

/** The bytes a node of `role` signs: `"strata-p2p/1 auth" ‖ role ‖ h`. */
export function authSignBytes(role: HandshakeRole, transcriptHash: Uint8Array): Uint8Array {
  return new Uint8Array(Buffer.concat([AUTH_DOMAIN, Buffer.of(ROLE_BYTE[role]), transcriptHash]));
}

function infoString(name: string, value: string): Buffer {
  const bytes = Buffer.from(value, "utf8");
  if (bytes.length > MAX_INFO_STRING_BYTES) {
    throw new P2PError(P2PErrorCode.invalidConfig, `${name} is longer than ${MAX_INFO_STRING_BYTES} bytes`);
  }
  return Buffer.concat([Buffer.of(bytes.length), bytes]);
}

/**
 * The plaintext of this node's auth record (protocol §4).
 * @throws P2PError `invalidConfig` when the network or moniker is longer than 255 bytes.
 */
export function encodeAuth(
  nodeKey: Ed25519KeyPair,
  role: HandshakeRole,
  transcriptHash: Uint8Array,
  info: NodeInfo,
): Uint8Array {
  const signature = nodeKey.sign(authSignBytes(role, transcriptHash));
  return new Uint8Array(
    Buffer.concat([
      nodeKey.pubKey,
      signature,
      infoString("network", info.network),
      infoString("moniker", info.moniker),
    ]),
  );
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function readInfoString(bytes: Uint8Array, offset: number, name: string): [string, number] {
  // [REJECT] a length that runs past the end of the record.
  if (offset >= bytes.length) throw handshakeError(`auth record ends before ${name}`);
  const len = bytes[offset]!;
  const end = offset + 1 + len;
  if (end > bytes.length) throw handshakeError(`auth record ${name} runs past the end`);
  try {
    return [utf8.decode(bytes.subarray(offset + 1, end)), end];
  } catch {
    throw handshakeError(`auth record ${name} is not UTF-8`);
  }
}

/**
 * Checks the peer's auth record: its signature over the peer role's sign bytes of `h`.
 * Policy checks (expected id, network, self) are the caller's, on the returned identity.
 * @throws P2PError `handshakeFailed` for a malformed record, `authFailed` for a bad signature.
 */
export function verifyAuth(
  plaintext: Uint8Array,
  remoteRole: HandshakeRole,
  transcriptHash: Uint8Array,
): RemoteIdentity {
  if (plaintext.length < AUTH_FIXED_LENGTH + 2) throw handshakeError("auth record is too short");
  // A plain copy: the record buffer may be a view of a larger one, and callers keep the key.
  const pubKey = new Uint8Array(plaintext.subarray(0, 32));
  const signature = plaintext.subarray(32, AUTH_FIXED_LENGTH);
  const [network, afterNetwork] = readInfoString(plaintext, AUTH_FIXED_LENGTH, "network");
  const [moniker, end] = readInfoString(plaintext, afterNetwork, "moniker");
  // [REJECT] trailing bytes: one encoding per auth record.
  if (end !== plaintext.length) throw handshakeError("auth record has trailing bytes");
  // [REJECT] the signature must verify over the peer's role and this session's transcript hash.
  if (!verifyEd25519(pubKey, authSignBytes(remoteRole, transcriptHash), signature)) {
    throw new P2PError(P2PErrorCode.authFailed, "peer's handshake signature does not verify");
  }
  return { pubKey, id: nodeIdFromPubKey(pubKey), network, moniker };
}
