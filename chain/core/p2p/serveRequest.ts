import { errorMessage } from "../errors/index.js";
import type { Logger } from "../log/index.js";
import { encodeErrorResponse, encodeResponse, ResponseStatus } from "./messageCodec.js";
import type { NodeId } from "./nodeId.js";
import type { Peer } from "./peer.js";
import type { Severity } from "./peerScore.js";
import type { RequestHandler } from "./types.js";

/** What serving a request needs from the switch. */
export interface ServeContext {
  /** Request handlers by channel. */
  readonly handlers: ReadonlyMap<number, RequestHandler>;
  /** Largest message sent; a larger answer becomes an error response. */
  readonly maxFrameBytes: number;
  /** Most requests of one peer served at once. */
  readonly maxConcurrent: number;
  readonly log: Logger;
  /** Scores the peer down. */
  misbehaved(peerId: NodeId, reason: string, severity: Severity): void;
}

/**
 * Answers one request of `peer`: runs the channel's handler and sends its result (or an error
 * response with the reason). Never throws: a handler's failure is the requester's error to read.
 */
export function serveRequest(
  ctx: ServeContext,
  peer: Peer,
  channel: number,
  id: number,
  payload: Uint8Array,
): void {
  const from = peer.info.id;
  const handler = ctx.handlers.get(channel);
  if (handler === undefined) {
    // [REJECT] a request on a channel we do not serve.
    ctx.misbehaved(from, `request on unknown channel ${channel}`, "low");
    peer.conn.send(encodeErrorResponse(id, `no request handler on channel ${channel}`));
    return;
  }
  // [REJECT] a peer may not keep more requests in flight here than we allow ourselves there.
  if (peer.serving >= ctx.maxConcurrent) {
    ctx.misbehaved(from, "too many outstanding requests", "low");
    peer.conn.send(encodeErrorResponse(id, "busy: too many outstanding requests"));
    return;
  }
  peer.serving += 1;
  const answer = (bytes: Buffer): void => {
    peer.serving -= 1;
    if (bytes.length > ctx.maxFrameBytes) {
      ctx.log.warn("response too large", { peer: from, channel, bytes: bytes.length });
      peer.conn.send(encodeErrorResponse(id, "response too large"));
      return;
    }
    // False when the link closed meanwhile: the requester's own timeout or close covers it.
    peer.conn.send(bytes);
  };
  const fail = (err: unknown): void => {
    ctx.log.debug("request handler failed", { peer: from, channel, error: errorMessage(err) });
    answer(encodeErrorResponse(id, errorMessage(err)));
  };
  const respond = (body: unknown): void => {
    // [REJECT] a handler must answer with bytes; anything else is our bug, reported as an error.
    if (!(body instanceof Uint8Array)) {
      fail(new Error("request handler returned no bytes"));
      return;
    }
    answer(encodeResponse(id, ResponseStatus.ok, body));
  };
  try {
    Promise.resolve(handler({ from, channel, payload }))
      .then(respond, fail)
      .catch((err: unknown) =>
        ctx.log.error("answering a request failed", { peer: from, error: errorMessage(err) }),
      );
  } catch (err) {
    fail(err);
  }
}
