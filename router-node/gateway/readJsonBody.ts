import type { IncomingMessage } from "node:http";
import { RouterError, RouterErrorCode } from "../errors.js";

function tooLarge(limit: number, declared?: number): RouterError {
  const what = declared === undefined ? "request body" : `request body of ${declared} bytes`;
  return new RouterError(RouterErrorCode.PayloadTooLarge, `${what} exceeds ${limit} bytes`);
}

/**
 * Reads a request body and parses it as JSON. An oversized body is refused as early as it can be
 * known: from `Content-Length` before a byte is read, otherwise as soon as the bytes received pass
 * `limit`. Reading then stops (the request is paused, never drained); the caller answers 413 and
 * closes the connection.
 *
 * @throws RouterError `PayloadTooLarge` past `limit` bytes, `InvalidRequest` when the body is not
 *   valid JSON, `Cancelled` when the client goes away mid-body.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared =
    req.headers["content-length"] === undefined ? undefined : Number(req.headers["content-length"]);
  // [REJECT] a declared body over the limit: refused before reading any of it
  if (declared !== undefined && declared > limit) {
    req.pause();
    return Promise.reject(tooLarge(limit, declared));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      // [REJECT] bodies over the limit: stop reading at the chunk that crosses it
      if (size > limit) {
        stop();
        req.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      stop();
      const text = Buffer.concat(chunks, size).toString("utf8");
      try {
        resolve(JSON.parse(text));
      } catch (err) {
        // [REJECT] the body must be valid JSON
        reject(
          new RouterError(
            RouterErrorCode.InvalidRequest,
            `We could not parse the JSON body of your request: ${(err as Error).message}`,
          ),
        );
      }
    };
    const onError = (err: Error): void => {
      stop();
      reject(new RouterError(RouterErrorCode.Cancelled, `request body aborted: ${err.message}`));
    };
    const onClose = (): void => {
      stop();
      reject(new RouterError(RouterErrorCode.Cancelled, "client disconnected while sending the body"));
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("close", onClose);
  });
}
