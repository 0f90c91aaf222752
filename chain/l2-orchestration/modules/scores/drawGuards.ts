import { addressBytes, sha256 } from "../../../core/crypto/index.js";
import { digestBytes } from "../../shared/index.js";

/**
 * The guards drawn for a task (RULES.md, scores, "Assignment"): each candidate's ticket is
 * `sha256(lastBlockHash ‖ task id (32 bytes) ‖ operator address bytes)`; the `count` smallest
 * tickets win, ties (never seen in practice) broken by operator address. Returned in draw order
 * (smallest ticket first). The previous block's hash is fixed before any tx of this block runs,
 * so the router and executors cannot pick their guards, and every node computes the same draw.
 */
export function drawGuards(
  lastBlockHash: Uint8Array,
  taskId: string,
  candidates: readonly string[],
  count: number,
): string[] {
  const id = digestBytes(taskId);
  const tickets = candidates.map((operator) => ({
    operator,
    ticket: Buffer.from(sha256(Buffer.concat([lastBlockHash, id, addressBytes(operator)]))),
  }));
  tickets.sort(
    (a, b) =>
      Buffer.compare(a.ticket, b.ticket) || (a.operator < b.operator ? -1 : a.operator > b.operator ? 1 : 0),
  );
  return tickets.slice(0, count).map((t) => t.operator);
}
