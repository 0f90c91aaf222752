import { P2PError, P2PErrorCode } from "./errors.js";

/**
 * The plaintext of every record after the handshake (protocol §5): one message per record,
 * decoded once here at the edge into {@link WireMessage}.
 *
 *     message  = 0x01 ‖ channel: u8 ‖ payload
 *     request  = 0x02 ‖ channel: u8 ‖ id: u32be ‖ payload
 *     response = 0x03 ‖ id: u32be ‖ status: u8 (0 ok, 1 error) ‖ body (payload, or a UTF-8 reason)
 *     ping     = 0x04
 *     pong     = 0x05
 */

/** Kind byte of each message. */
export enum MessageKind {
  /** A channel message (gossip or direct). */
  message = 1,
  /** A request expecting one response. */
  request = 2,
  /** The response to a request. */
  response = 3,
  /** Keep-alive probe. */
  ping = 4,
  /** Keep-alive answer. */
  pong = 5,
}

/** Status byte of a response. */
export enum ResponseStatus {
  /** The body is the answer. */
  ok = 0,
  /** The body is a UTF-8 reason (no handler, handler failed, busy). */
  error = 1,
}

/** Largest error reason sent in a response, in bytes (longer reasons are cut). */
export const MAX_ERROR_REASON_BYTES = 256;

/** One decoded message. */
export type WireMessage =
  | { readonly kind: MessageKind.message; readonly channel: number; readonly payload: Uint8Array }
  | {
      readonly kind: MessageKind.request;
      readonly channel: number;
      readonly id: number;
      readonly payload: Uint8Array;
    }
  | {
      readonly kind: MessageKind.response;
      readonly id: number;
      readonly status: ResponseStatus;
      readonly body: Uint8Array;
    }
  | { readonly kind: MessageKind.ping }
  | { readonly kind: MessageKind.pong };

function checkChannel(channel: number): void {
  if (!Number.isInteger(channel) || channel < 0 || channel > 0xff) {
    throw new RangeError(`channel must be a u8, got ${channel}`);
  }
}

/** Wire bytes of a channel message. */
export function encodeChannelMessage(channel: number, payload: Uint8Array): Buffer {
  checkChannel(channel);
  return Buffer.concat([Buffer.of(MessageKind.message, channel), payload]);
}

/** Wire bytes of a request. */
export function encodeRequest(channel: number, id: number, payload: Uint8Array): Buffer {
  checkChannel(channel);
  const head = Buffer.alloc(6);
  head[0] = MessageKind.request;
  head[1] = channel;
  head.writeUInt32BE(id, 2);
  return Buffer.concat([head, payload]);
}

/** Wire bytes of a response. */
export function encodeResponse(id: number, status: ResponseStatus, body: Uint8Array): Buffer {
  const head = Buffer.alloc(6);
  head[0] = MessageKind.response;
  head.writeUInt32BE(id, 1);
  head[5] = status;
  return Buffer.concat([head, body]);
}

/** Wire bytes of an error response carrying `reason` (cut to {@link MAX_ERROR_REASON_BYTES}). */
export function encodeErrorResponse(id: number, reason: string): Buffer {
  const body = Buffer.from(reason, "utf8").subarray(0, MAX_ERROR_REASON_BYTES);
  return encodeResponse(id, ResponseStatus.error, body);
}

/** Wire bytes of a ping. */
export const PING: Buffer = Buffer.of(MessageKind.ping);
/** Wire bytes of a pong. */
export const PONG: Buffer = Buffer.of(MessageKind.pong);

function malformed(message: string, detail?: Record<string, unknown>): P2PError {
  return new P2PError(P2PErrorCode.malformedMessage, message, detail);
}

/**
 * Decodes the plaintext of one record.
 * @throws P2PError `malformedMessage` naming the broken rule.
 */
export function decodeMessage(bytes: Uint8Array): WireMessage {
  // [REJECT] an empty record carries no kind.
  if (bytes.length === 0) throw malformed("empty message");
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const kind = buf[0]!;
  switch (kind) {
    case MessageKind.message:
      if (buf.length < 2) throw malformed("message without a channel");
      return { kind, channel: buf[1]!, payload: buf.subarray(2) };
    case MessageKind.request:
      if (buf.length < 6) throw malformed("request header is truncated");
      return { kind, channel: buf[1]!, id: buf.readUInt32BE(2), payload: buf.subarray(6) };
    case MessageKind.response: {
      if (buf.length < 6) throw malformed("response header is truncated");
      const status = buf[5]!;
      // [REJECT] a status other than ok / error.
      if (status !== ResponseStatus.ok && status !== ResponseStatus.error) {
        throw malformed("unknown response status", { status });
      }
      return { kind, id: buf.readUInt32BE(1), status, body: buf.subarray(6) };
    }
    case MessageKind.ping:
    case MessageKind.pong:
      // [REJECT] trailing bytes: one encoding per message.
      if (buf.length !== 1) throw malformed("ping/pong with trailing bytes");
      return { kind };
    default:
      // [REJECT] unknown kinds: a newer protocol must bump the hello magic.
      throw malformed("unknown message kind", { kind });
  }
}
