/**
 * The executor side of the peer execute protocol (`peerProtocol.ts`): runs a task for another
 * router and answers with the output and this node's own signed receipt.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../chain/core/log/index.js";
import type { Node, Session } from "../../client/index.js";
import { isRouterError, RouterError, RouterErrorCode } from "../errors.js";
import { toErrorReply } from "../gateway/errorBody.js";
import { canonicalRequestSha256, parseCanonicalRequest } from "../inference/canonicalRequest.js";
import type { InferenceBackend } from "../inference/index.js";
import type { L2Port } from "./l2Link.js";
import {
  type PeerExecuteBody,
  ROUTER_HEADER,
  receiptToWire,
  SIGNATURE_HEADER,
  verifyPeerRequest,
} from "./peerProtocol.js";

const ROLE_ROUTER = 1;
const NODE_ACTIVE = 1;
const SESSION_OPEN = 1;

/** Dependencies of {@link createPeerServer}. */
export interface PeerServerDeps {
  link: L2Port;
  /** The attesting local executor, serving the L2 model id. */
  executor: InferenceBackend;
  logger: Logger;
  /** Monotonic milliseconds. */
  now: () => number;
  /** Largest request body. */
  maxBodyBytes: number;
}

function refused(status: number, message: string): RouterError {
  return new RouterError(RouterErrorCode.PeerRefused, message, { detail: { status } });
}

function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      // [REJECT] bodies over the limit
      if (size > limit) {
        req.pause();
        reject(new RouterError(RouterErrorCode.PayloadTooLarge, `request body exceeds ${limit} bytes`));
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", (err) => reject(new RouterError(RouterErrorCode.Cancelled, err.message)));
  });
}

/** A small time-bounded cache of chain answers (routers' nodes, sessions). */
function cached<K, V>(ttlMs: number, now: () => number, fetch: (k: K) => Promise<V>): (k: K) => Promise<V> {
  const m = new Map<K, { v: V; at: number }>();
  return async (k) => {
    const e = m.get(k);
    if (e && now() - e.at < ttlMs) return e.v;
    try {
      const v = await fetch(k);
      m.set(k, { v, at: now() });
      if (m.size > 10_000) m.delete(m.keys().next().value as K);
      return v;
    } catch (err) {
      if (e) return e.v; // L2 unreachable: the last answer stands
      throw new RouterError(RouterErrorCode.L2Unavailable, `cannot reach L2: ${(err as Error).message}`);
    }
  };
}

/**
 * Creates the handler of `POST /strata/v1/execute`. Returns the status for metrics.
 * Checks, in order: [REJECT] a signed request from an ACTIVE router whose registered key verifies
 * (401); a well-formed body for the model served here (400); a task id not executed before (409);
 * an OPEN session of that model that lets the caller record (403).
 */
export function createPeerServer(
  deps: PeerServerDeps,
): (req: IncomingMessage, res: ServerResponse) => Promise<string> {
  const log = deps.logger.child({ component: "peer-execute" });
  const routerNode = cached<string, Node | null>(5000, deps.now, (op) => deps.link.node(op));
  const sessionById = cached<number, Session | null>(2000, deps.now, (id) => deps.link.session(id));
  const model = deps.executor.models[0]!;
  // Task ids executed here: each is signed once (bounded; a replay after eviction is refused by the chain).
  const seen = new Set<string>();

  return async (req, res) => {
    const abort = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished)
        abort.abort(new RouterError(RouterErrorCode.Cancelled, "caller disconnected"));
    });
    let streaming = false;
    try {
      const raw = await readRaw(req, deps.maxBodyBytes);
      const caller = req.headers[ROUTER_HEADER];
      const signature = req.headers[SIGNATURE_HEADER];
      if (typeof caller !== "string" || typeof signature !== "string")
        throw refused(401, `a peer request needs ${ROUTER_HEADER} and ${SIGNATURE_HEADER}`);
      const node = await routerNode(caller);
      // [REJECT] the caller is an ACTIVE router and its registered key signed the body
      if (!node || node.status !== NODE_ACTIVE || !node.roles.includes(ROLE_ROUTER))
        throw refused(401, `${caller} is not an active router on L2`);
      if (!verifyPeerRequest(deps.link.chainId, raw, signature, node.pubkey))
        throw refused(401, `the signature does not verify under ${caller}'s registered key`);
      let body: PeerExecuteBody;
      try {
        body = JSON.parse(raw.toString("utf8")) as PeerExecuteBody;
      } catch {
        throw refused(400, "the body is not JSON");
      }
      // [REJECT] a task id, a session id, this node's model and a request text
      if (typeof body.task_id !== "string" || !/^[0-9a-f]{64}$/.test(body.task_id))
        throw refused(400, "task_id must be 64 lowercase hex characters");
      if (!Number.isSafeInteger(body.session_id) || body.session_id < 1)
        throw refused(400, "session_id must be a session id");
      if (body.model !== model.id) throw refused(400, `this executor serves ${model.id}, not ${body.model}`);
      if (typeof body.request !== "string") throw refused(400, "request must be the canonical request text");
      // [REJECT] each task id once: one receipt per task
      if (seen.has(body.task_id)) throw refused(409, `task ${body.task_id} was executed here already`);
      const session = await sessionById(body.session_id);
      // [REJECT] an OPEN session of this model that lets the caller record
      if (!session || session.status !== SESSION_OPEN)
        throw refused(403, `session ${body.session_id} is not open`);
      if (session.model !== model.id)
        throw refused(403, `session ${body.session_id} is for ${session.model}`);
      if (session.routers.length > 0 && !session.routers.includes(caller))
        throw refused(403, `session ${body.session_id} does not allow router ${caller}`);
      const request = parseCanonicalRequest(body.request, model.id);
      request.task = {
        taskId: body.task_id,
        sessionId: body.session_id,
        promptSha256: canonicalRequestSha256(body.request),
      };
      seen.add(body.task_id);
      if (seen.size > 100_000) seen.delete(seen.values().next().value as string);

      const sse = (v: unknown): void => {
        res.write(`data: ${JSON.stringify(v)}\n\n`);
      };
      const open = (): void => {
        if (streaming) return;
        streaming = true;
        res.writeHead(200, {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-cache",
        });
      };
      const result = await deps.executor.generate(request, {
        signal: abort.signal,
        onText(text) {
          open();
          sse({ text });
        },
      });
      open();
      const a = result.attestation!;
      sse({
        done: {
          finish_reason: result.finishReason,
          usage: {
            prompt_tokens: result.usage.promptTokens,
            completion_tokens: result.usage.completionTokens,
          },
          salt: a.salt,
          receipt: receiptToWire(a.receipt),
        },
      });
      res.end("data: [DONE]\n\n");
      return "200";
    } catch (err) {
      if (isRouterError(err, RouterErrorCode.Cancelled) || res.destroyed) return "cancelled";
      const reply = toErrorReply(err);
      const status = isRouterError(err, RouterErrorCode.PeerRefused)
        ? Number(err.detail?.status ?? 400)
        : reply.status;
      if (status >= 500 || status === 401) log.warn("peer execute refused or failed", { status, error: err });
      if (streaming) {
        res.write(`data: ${JSON.stringify(reply.body)}\n\n`);
        res.end();
      } else {
        const text = JSON.stringify(reply.body);
        res.writeHead(status, {
          "content-type": "application/json; charset=utf-8",
          "content-length": Buffer.byteLength(text),
          connection: "close",
        });
        res.end(text);
      }
      return String(status);
    }
  };
}
