/** What the L2 `strata query …` commands share: a read-only client, not-found errors, formatting. */
import type { Command } from "commander";
import { StrataError } from "../../../chain/core/errors/index.js";
import type { PageInfo, StrataL2Client } from "../../../client/index.js";
import { outputFormat, printResult } from "../../output.js";
import { addNodeOption, connectL2, parseUint } from "../tx/common.js";

export { addNodeOption };

/** Error codes of the L2 query commands (codespace `cli`; numbers from 20 up are theirs). */
export enum QueryCommandCode {
  /** The record asked for does not exist. */
  notFound = 20,
}

/** The record `what` does not exist (exit code 1, `error [cli:20]: … not found`). */
export function notFound(what: string): StrataError {
  return new StrataError("cli", QueryCommandCode.notFound, `${what} not found`);
}

/** Runs `fn` with a read-only client on `--node` and disconnects. */
export async function withClient<T>(cmd: Command, fn: (client: StrataL2Client) => Promise<T>): Promise<T> {
  const client = await connectL2((cmd.opts() as { node: string }).node);
  try {
    return await fn(client);
  } finally {
    client.disconnect();
  }
}

/** Adds `--limit` and `--page-key` to a list command. */
export function addPageOptions(cmd: Command): Command {
  return cmd
    .option("--limit <n>", "most items to return", parseUint, 100)
    .option("--page-key <key>", "continue after a previous page (its printed next key, base64)");
}

/** The paging flags as the client's page options. */
export function pageFrom(opts: { limit: number; pageKey?: string }) {
  return {
    limit: opts.limit,
    countTotal: true,
    ...(opts.pageKey ? { key: new Uint8Array(Buffer.from(opts.pageKey, "base64")) } : {}),
  };
}

/** Base64 of a next-page key, or null on the last page. */
export function nextKeyText(key: Uint8Array | null): string | null {
  return key ? Buffer.from(key).toString("base64") : null;
}

/**
 * A record as JSON-friendly data: bytes as base64 (the wire form cosmjs users see in JSON), the
 * rest unchanged.
 */
export function jsonable<T>(value: T): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(jsonable);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonable(v)]));
  }
  return value;
}

/** `key: value` lines, aligned, skipping undefined values. */
export function lines(rows: [string, unknown][]): string {
  const shown = rows.filter(([, v]) => v !== undefined);
  const width = Math.max(0, ...shown.map(([k]) => k.length));
  return shown.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`).join("\n");
}

/**
 * Prints the record of a `show` command as `view(record)`: as JSON, or as `text` of the view.
 *
 * @throws StrataError `cli:20` (`<what> not found`) when there is no record.
 */
export function printShow<R, V>(
  cmd: Command,
  what: string,
  record: R | null | undefined,
  view: (record: R) => V,
  text: (view: V) => string,
): void {
  if (!record) throw notFound(what);
  const shown = view(record);
  printResult(outputFormat(cmd), jsonable(shown), () => text(shown));
}

/**
 * Prints one page of a `list` command: as JSON `{ [field]: items, nextKey, total }`, or as text one
 * `row` per item (`no <field>` when empty) and the `--page-key` of the next page.
 */
export function printPage<V>(
  cmd: Command,
  field: string,
  items: V[],
  page: PageInfo,
  row: (item: V) => string,
): void {
  const nextKey = nextKeyText(page.nextKey);
  printResult(outputFormat(cmd), jsonable({ [field]: items, nextKey, total: page.total }), () =>
    [
      ...(items.length === 0 ? [`no ${field}`] : items.map(row)),
      ...(nextKey ? [`more: --page-key ${nextKey}`] : []),
    ].join("\n"),
  );
}
