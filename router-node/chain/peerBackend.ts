/**
 * A peer router as an executor: an {@link InferenceBackend} that sends a task to the peer's
 * execute endpoint (`peerProtocol.ts`), streams its text and checks the receipt it returns: signed
 * by the peer's registered key, for this task, session, request and model, committing to the
 * text received. A receipt that fails a check fails the attempt (the router cannot forge one).
 */
import type { Logger } from "../../chain/core/log/index.js";
import { outputCommitment, verifyReceipt } from "../../client/index.js";
import { createUpstreamHttp, readText } from "../backends/httpClient.js";
import { createSseParser } from "../backends/sseParser.js";
import { RouterError, RouterErrorCode } from "../errors.js";
import { canonicalRequest } from "../inference/canonicalRequest.js";
import type { FinishReason, GenerationResult, InferenceBackend, ServedModel } from "../inference/index.js";
import {
  PEER_EXECUTE_PATH,
  type PeerExecuteBody,
  ROUTER_HEADER,
  receiptFromWire,
  SIGNATURE_HEADER,
  signPeerRequest,
} from "./peerProtocol.js";

/** A peer executor as the L2 registry lists it. */
export interface PeerExecutorSpec {
  /** The peer's operator account (the receipt's executor). */
  operator: string;
  /** Its registered endpoint (base URL of its router). */
  endpoint: string;
  /** Its registered node key (verifies its receipts). */
  pubkey: Uint8Array;
  /** The L2 model version it serves here, with the version's `weights_sha256`. */
  model: ServedModel & { digest: string };
}

/** This router's identity toward peers. */
export interface PeerCaller {
  chainId: string;
  operator: string;
  key: { sign(m: Uint8Array): Uint8Array };
}

function errorText(body: string, status: number): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === "string") return parsed.error.message;
  } catch {
    // not JSON
  }
  return body.trim().slice(0, 300) || `HTTP ${status}`;
}

/**
 * Creates the backend of one peer executor.
 * @throws RouterError `InvalidConfig` for an endpoint that is not an http(s) URL.
 */
export function createPeerBackend(
  spec: PeerExecutorSpec,
  caller: PeerCaller,
  deps: { logger: Logger },
): InferenceBackend {
  let base: URL;
  try {
    base = new URL(spec.endpoint);
  } catch {
    throw new RouterError(
      RouterErrorCode.InvalidConfig,
      `peer ${spec.operator} has an invalid endpoint ${spec.endpoint}`,
    );
  }
  const http = createUpstreamHttp(base, {});
  const log = deps.logger.child({ peer: spec.operator });

  return {
    kind: "peer",
    models: [spec.model],
    async generate(req, hooks): Promise<GenerationResult> {
      const task = req.task;
      if (!task) throw new RouterError(RouterErrorCode.InvalidRequest, "a peer executes L2 tasks only");
      const body: PeerExecuteBody = {
        task_id: task.taskId,
        session_id: task.sessionId,
        model: spec.model.id,
        request: canonicalRequest(req),
      };
      const text = JSON.stringify(body);
      const res = await http.request("POST", PEER_EXECUTE_PATH, text, hooks.signal, {
        [ROUTER_HEADER]: caller.operator,
        [SIGNATURE_HEADER]: signPeerRequest(caller.chainId, text, caller.key),
      });
      if (res.statusCode !== 200) {
        const status = res.statusCode ?? 0;
        const message = errorText(await readText(res), status);
        throw new RouterError(
          RouterErrorCode.ExecutorFailed,
          `peer ${spec.operator} answered HTTP ${status}: ${message}`,
          {
            detail: { status },
          },
        );
      }
      return new Promise<GenerationResult>((resolve, reject) => {
        let output = "";
        let settled = false;
        const settle = (err: unknown, result?: GenerationResult): void => {
          if (settled) return;
          settled = true;
          hooks.signal.removeEventListener("abort", onAbort);
          if (err !== undefined) {
            res.destroy();
            reject(err);
          } else resolve(result!);
        };
        const onAbort = (): void => settle(hooks.signal.reason);
        hooks.signal.addEventListener("abort", onAbort, { once: true });
        const fail = (why: string): void =>
          settle(new RouterError(RouterErrorCode.ExecutorFailed, `peer ${spec.operator}: ${why}`));
        let done: GenerationResult | undefined;
        const parser = createSseParser(({ data }) => {
          if (settled) return;
          if (data === "[DONE]") {
            if (done) settle(undefined, done);
            else fail("stream ended without a result");
            return;
          }
          let msg: {
            text?: unknown;
            error?: { message?: unknown };
            done?: {
              finish_reason?: unknown;
              usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
              salt?: unknown;
              receipt?: unknown;
            };
          };
          try {
            msg = JSON.parse(data);
          } catch {
            fail("malformed stream event");
            return;
          }
          if (msg.error) {
            fail(
              `failed mid-stream: ${typeof msg.error.message === "string" ? msg.error.message : "unknown error"}`,
            );
            return;
          }
          if (typeof msg.text === "string") {
            output += msg.text;
            if (msg.text !== "") hooks.onText(msg.text);
            return;
          }
          if (msg.done) {
            const receipt = receiptFromWire(msg.done.receipt);
            const salt = msg.done.salt;
            const usage = msg.done.usage;
            if (!receipt || typeof salt !== "string" || !/^[0-9a-f]{64}$/.test(salt)) {
              fail("result without a well-formed receipt and salt");
              return;
            }
            // [REJECT] the receipt is the peer's, for this task, request and model, over the text received
            const why =
              receipt.executor !== spec.operator
                ? "receipt names another executor"
                : receipt.taskId !== task.taskId || receipt.sessionId !== task.sessionId
                  ? "receipt is for another task"
                  : receipt.promptSha256 !== task.promptSha256
                    ? "receipt commits to another request"
                    : receipt.modelSha256 !== spec.model.digest
                      ? `receipt names model digest ${receipt.modelSha256}, not the version's ${spec.model.digest}`
                      : receipt.commitment !== outputCommitment(output, salt)
                        ? "receipt's commitment does not match the text sent"
                        : !verifyReceipt(caller.chainId, receipt, spec.pubkey)
                          ? "receipt signature does not verify under its registered key"
                          : null;
            if (why) {
              log.warn("peer receipt refused", { task: task.taskId, reason: why });
              fail(why);
              return;
            }
            const finish: FinishReason = msg.done.finish_reason === "length" ? "length" : "stop";
            done = {
              finishReason: finish,
              usage: {
                promptTokens:
                  typeof usage?.prompt_tokens === "number" ? usage.prompt_tokens : receipt.inputTokens,
                completionTokens:
                  typeof usage?.completion_tokens === "number"
                    ? usage.completion_tokens
                    : receipt.outputTokens,
              },
              attestation: { salt, receipt },
            };
          }
        });
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => parser.push(chunk));
        const broken = (why: string) => (): void => {
          if (!settled) fail(why);
        };
        res.on("end", broken("stream closed before [DONE]"));
        res.on("close", broken("connection closed before [DONE]"));
        res.on("error", (err) => broken(`stream broke: ${err.message}`)());
      });
    },
    async close() {
      http.close();
    },
  };
}
