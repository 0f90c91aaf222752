import type { Socket } from "node:net";
import type { Ed25519KeyPair } from "../crypto/index.js";
import { errorMessage } from "../errors/index.js";
import type { Logger } from "../log/index.js";
import { ByteQueue } from "./byteQueue.js";
import { P2PError, P2PErrorCode } from "./errors.js";
import {
  deriveSession,
  encodeAuth,
  encodeHello,
  generateEphemeral,
  type HandshakeRole,
  HELLO_LENGTH,
  MAX_INFO_STRING_BYTES,
  type NodeInfo,
  peerRole,
  type RemoteIdentity,
  type SessionKeys,
  verifyAuth,
} from "./handshake.js";
import type { NodeId } from "./nodeId.js";
import {
  MAX_RECORD_COUNTER,
  RECORD_HEADER_LENGTH,
  RecordOpener,
  RecordSealer,
  readRecordLength,
} from "./recordLayer.js";

/**
 * One authenticated, encrypted link over a TCP socket: runs the `strata-p2p/1` handshake
 * (`handshake.ts`), then seals and opens records. It knows nothing of channels or peers' roles in
 * the node; the switch decides, through `accept`, whether it wants the proven identity.
 */

// The auth record is small and bounded (key, signature, two u8-length strings): refuse anything
// larger before authentication, so an unauthenticated socket can make us buffer ~1 KB at most.
const MAX_AUTH_PLAINTEXT = 32 + 64 + 2 * (1 + MAX_INFO_STRING_BYTES);
// How long a graceful close waits for the peer's FIN before destroying the socket.
const CLOSE_GRACE_MS = 2_000;

/** Options of a {@link SecureConnection}. */
export interface SecureConnectionOptions {
  /** `initiator` when this node dialed, `responder` when it accepted. */
  readonly role: HandshakeRole;
  /** This node's ed25519 identity key. */
  readonly nodeKey: Ed25519KeyPair;
  /** What this node announces (network, moniker); the peer's network must equal ours. */
  readonly info: NodeInfo;
  /** For an initiator: the id the peer must prove (from `id@host:port`). */
  readonly expectedId?: NodeId;
  /** Largest record plaintext accepted or sent, in bytes. */
  readonly maxFrameBytes: number;
  /** Time for the hellos and both auth records. */
  readonly handshakeTimeoutMs: number;
  /** Bytes the socket may hold unsent before the peer counts as too slow. */
  readonly maxSendBufferBytes: number;
  /** Records per direction before the link must be re-keyed (tests lower it). */
  readonly recordLimit?: number;
  /**
   * Policy check on the proven identity, after the protocol checks: return an error to refuse.
   * A responder runs it before sending its own auth record.
   */
  readonly accept?: (remote: RemoteIdentity) => P2PError | undefined;
  /** Where a failing `onClose` callback is reported (it runs from socket events, so it must not throw). */
  readonly log?: Logger;
}

/** Callbacks of a {@link SecureConnection}; each is called synchronously from socket events. */
export interface SecureConnectionHandlers {
  /** Both sides are authenticated; messages may flow. */
  onOpen(remote: RemoteIdentity): void;
  /** One decrypted record (message plaintext). */
  onMessage(plaintext: Buffer): void;
  /** The link closed (once); `reason.code` says why (`closed` for a clean close). */
  onClose(reason: P2PError): void;
}

type Phase = "hello" | "auth" | "open" | "closed";

/** An authenticated, encrypted link: `strata-p2p/1` over one TCP socket. */
export class SecureConnection {
  private phase: Phase = "hello";
  private readonly queue = new ByteQueue();
  private readonly ephemeral = generateEphemeral();
  private readonly ownHello = encodeHello(this.ephemeral.publicKey);
  private session: SessionKeys | undefined;
  private sealer: RecordSealer | undefined;
  private opener: RecordOpener | undefined;
  private pendingLength: number | undefined;
  private identity: RemoteIdentity | undefined;
  private handshakeTimer: NodeJS.Timeout | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  private socketError: Error | undefined;
  private closeReason: P2PError | undefined;
  /** Resolves when the socket is fully closed (its handle released). */
  readonly closed: Promise<void>;

  /**
   * Starts the handshake at once (the hello is queued even before a dialed socket connects).
   * @param socket - a connected or connecting TCP socket; this object owns it from now on
   */
  constructor(
    readonly socket: Socket,
    private readonly opts: SecureConnectionOptions,
    private readonly handlers: SecureConnectionHandlers,
  ) {
    this.closed = new Promise((resolve) => socket.once("close", () => resolve()));
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("error", (err) => {
      // Recorded only: the "close" event that always follows reports it.
      this.socketError = err;
    });
    socket.on("close", () => this.onSocketClose());
    this.handshakeTimer = setTimeout(
      () => this.fail(new P2PError(P2PErrorCode.handshakeFailed, "handshake timed out")),
      opts.handshakeTimeoutMs,
    );
    socket.write(this.ownHello);
  }

  /** The identity the peer proved (set once the link is open). */
  get remote(): RemoteIdentity | undefined {
    return this.identity;
  }

  /** True between the end of the handshake and the close. */
  get isOpen(): boolean {
    return this.phase === "open";
  }

  /** Why the link closed, once it has. */
  get reason(): P2PError | undefined {
    return this.closeReason;
  }

  /**
   * Seals and sends one message. Returns false when the link is not open or just failed (counter
   * exhausted, send buffer full), in which case it is closed.
   */
  send(plaintext: Uint8Array): boolean {
    if (this.phase !== "open") return false;
    return this.writeRecord(plaintext);
  }

  /**
   * Closes the link. A clean close (`graceful`) flushes what was sent and ends the socket; any
   * other close destroys it at once. `onClose` is called with `reason` before this returns.
   */
  close(reason: P2PError, graceful = false): void {
    if (this.phase === "closed") return;
    this.finish(reason);
    if (graceful && !this.socket.destroyed) {
      this.socket.end();
      this.graceTimer = setTimeout(() => this.socket.destroy(), CLOSE_GRACE_MS);
    } else {
      this.socket.destroy();
    }
  }

  private fail(reason: P2PError): void {
    this.close(reason, false);
  }

  private finish(reason: P2PError): void {
    this.phase = "closed";
    this.closeReason = reason;
    clearTimeout(this.handshakeTimer);
    this.queue.clear();
    try {
      this.handlers.onClose(reason);
    } catch (err) {
      this.opts.log?.error("link close handler failed", { error: errorMessage(err) });
    }
  }

  private onSocketClose(): void {
    clearTimeout(this.graceTimer);
    if (this.phase === "closed") return;
    const wasOpen = this.phase === "open";
    const cause = this.socketError ? `: ${this.socketError.message}` : "";
    this.finish(
      wasOpen
        ? new P2PError(P2PErrorCode.closed, `peer closed the link${cause}`)
        : new P2PError(P2PErrorCode.handshakeFailed, `link closed during the handshake${cause}`),
    );
  }

  private onData(chunk: Buffer): void {
    if (this.phase === "closed") return;
    this.queue.push(chunk);
    try {
      this.drain();
    } catch (err) {
      this.fail(
        err instanceof P2PError
          ? err
          : new P2PError(
              this.phase === "open" ? P2PErrorCode.malformedMessage : P2PErrorCode.handshakeFailed,
              `unexpected failure reading the link: ${errorMessage(err)}`,
            ),
      );
    }
  }

  private writeRecord(plaintext: Uint8Array): boolean {
    let record: Buffer;
    try {
      record = this.sealer!.seal(plaintext);
    } catch (err) {
      this.fail(err as P2PError);
      return false;
    }
    this.socket.write(record);
    // A peer that stops reading would make us buffer without bound: drop it instead.
    if (this.socket.writableLength > this.opts.maxSendBufferBytes) {
      this.fail(
        new P2PError(P2PErrorCode.sendBufferFull, "peer is not reading; send buffer is full", {
          buffered: this.socket.writableLength,
        }),
      );
      return false;
    }
    return true;
  }

  private drain(): void {
    while (this.phase !== "closed") {
      if (this.phase === "hello") {
        if (this.queue.length < HELLO_LENGTH) return;
        this.onHello(this.queue.take(HELLO_LENGTH));
        continue;
      }
      const record = this.nextRecord();
      if (record === undefined) return;
      if (this.phase === "auth") this.onAuth(record);
      else this.handlers.onMessage(record);
    }
  }

  private onHello(peerHello: Buffer): void {
    this.session = deriveSession(this.opts.role, this.ephemeral, this.ownHello, peerHello);
    const limit = this.opts.recordLimit ?? MAX_RECORD_COUNTER;
    this.sealer = new RecordSealer(this.session.sendKey, limit);
    this.opener = new RecordOpener(this.session.recvKey, limit);
    this.phase = "auth";
    // The initiator authenticates first; the responder answers only once it accepts the initiator.
    if (this.opts.role === "initiator") this.sendAuth();
  }

  private sendAuth(): void {
    this.writeRecord(
      encodeAuth(this.opts.nodeKey, this.opts.role, this.session!.transcriptHash, this.opts.info),
    );
  }

  private onAuth(record: Buffer): void {
    const remote = verifyAuth(record, peerRole(this.opts.role), this.session!.transcriptHash);
    // [REJECT] our own key: we dialed ourselves (possibly through a forwarder).
    if (Buffer.from(remote.pubKey).equals(Buffer.from(this.opts.nodeKey.pubKey))) {
      throw new P2PError(P2PErrorCode.peerRefused, "connected to ourselves");
    }
    // [REJECT] a dialed peer must prove the id it was dialed as.
    if (this.opts.expectedId !== undefined && remote.id !== this.opts.expectedId) {
      throw new P2PError(P2PErrorCode.wrongPeerId, "peer proved another node id than the one dialed", {
        expected: this.opts.expectedId,
        proven: remote.id,
      });
    }
    // [REJECT] peers of another network (chain id) are not ours.
    if (remote.network !== this.opts.info.network) {
      throw new P2PError(P2PErrorCode.networkMismatch, "peer is on another network", {
        peer: remote.id,
        network: remote.network,
      });
    }
    const refusal = this.opts.accept?.(remote);
    if (refusal !== undefined) throw refusal;
    if (this.opts.role === "responder") {
      this.sendAuth();
      if (this.phase === "closed") return;
    }
    clearTimeout(this.handshakeTimer);
    this.identity = remote;
    this.phase = "open";
    this.handlers.onOpen(remote);
  }

  private nextRecord(): Buffer | undefined {
    if (this.pendingLength === undefined) {
      if (this.queue.length < RECORD_HEADER_LENGTH) return undefined;
      const max = this.phase === "auth" ? MAX_AUTH_PLAINTEXT : this.opts.maxFrameBytes;
      this.pendingLength = readRecordLength(this.queue.peek(RECORD_HEADER_LENGTH), max);
    }
    if (this.queue.length < RECORD_HEADER_LENGTH + this.pendingLength) return undefined;
    const header = this.queue.take(RECORD_HEADER_LENGTH);
    const sealed = this.queue.take(this.pendingLength);
    this.pendingLength = undefined;
    return this.opener!.open(header, sealed);
  }
}
