import type { IncomingMessage } from "node:http";
import { RouterError, RouterErrorCode } from "../errors.js";

/**
 * Reads a request body and parses it as JSON.
 *
 * @throws RouterError `PayloadTooLarge` past `limit` bytes, `InvalidRequest` when the body is not
 *   valid JSON.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // [REJECT] bodies over the limit: stop reading, the connection is closed after the reply
    if (size > limit) {
      throw new RouterError(RouterErrorCode.PayloadTooLarge, `request body exceeds ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks, size).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (err) {
    // [REJECT] the body must be valid JSON
    throw new RouterError(
      RouterErrorCode.InvalidRequest,
      `We could not parse the JSON body of your request: ${(err as Error).message}`,
    );
  }
}
