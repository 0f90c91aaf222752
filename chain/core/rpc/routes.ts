/**
 * The method table, defined once and shared by the HTTP POST, HTTP GET and WebSocket transports.
 * Each route names its params (decoded once by `params.ts`) and maps backend answers to JSON
 * through `encode.ts`. Error texts follow CometBFT (`rpc/core/*.go`) so clients see the same data.
 */
import { createHash } from "node:crypto";
import type { Logger } from "../log/index.js";
import type { TxResult } from "../types/index.js";
import type { EventQuery, IndexedTx, QueryCondition, RpcBackend } from "./backend.js";
import { toBase64, toHexUpper } from "./codec.js";
import {
  encodeBlockMeta,
  encodeBlockResponse,
  encodeBlockResults,
  encodeBroadcastResult,
  encodeCheckTx,
  encodeCommit,
  encodeHeader,
  encodeNetInfo,
  encodeQueryResult,
  encodeStatus,
  encodeTxResponse,
  encodeTxResult,
  encodeValidator,
  type JsonValue,
} from "./encode.js";
import { internalError, invalidParams } from "./errors.js";
import type { JsonRpcId } from "./jsonrpc.js";
import { type DecodedParams, decodeParams, type ParamSpec, type RawParams, required } from "./params.js";
import { matchesQuery, parseEventQuery } from "./query.js";

/** Page size when `per_page` is absent or < 1 (CometBFT `defaultPerPage`). */
export const DEFAULT_PER_PAGE = 30;
/** Largest page (CometBFT `maxPerPage`); larger requests are clamped. */
export const MAX_PER_PAGE = 100;
/** Most block metas one `blockchain` call returns. */
export const MAX_BLOCKCHAIN_METAS = 20;

/** The subscription side of a WebSocket connection, as the subscribe routes need it. */
export interface SubscriptionSession {
  /**
   * Adds a subscription whose events are sent with JSON-RPC id `id`.
   * @throws RpcError when already subscribed to `query` or over the per-client limit.
   */
  subscribe(id: JsonRpcId, query: string, parsed: EventQuery): void;
  /**
   * Removes the subscription to `query`.
   * @throws RpcError when there is none.
   */
  unsubscribe(query: string): void;
  /** Removes every subscription of the connection. */
  unsubscribeAll(): void;
}

/** What a route handler may use. */
export interface RouteContext {
  backend: RpcBackend;
  logger: Logger;
  /** How long `broadcast_tx_commit` waits for the tx to commit. */
  txCommitTimeoutMs: number;
  /** JSON-RPC id of the request being served. */
  requestId: JsonRpcId;
  /** Present on WebSocket connections only. */
  session: SubscriptionSession | undefined;
}

/** One RPC method. */
export interface Route {
  /** Param names in positional order (for `GET /` and positional params). */
  readonly params: readonly string[];
  /** Only callable over WebSocket (`subscribe`, …); HTTP reports "Method not found" as CometBFT does. */
  readonly wsOnly: boolean;
  /**
   * Decodes `raw` and runs the method.
   * @throws RpcError on bad params or a failed call.
   */
  call(ctx: RouteContext, raw: RawParams): JsonValue | Promise<JsonValue>;
}

function route<S extends ParamSpec>(
  spec: S,
  handler: (ctx: RouteContext, p: DecodedParams<S>) => JsonValue | Promise<JsonValue>,
  wsOnly = false,
): Route {
  return { params: Object.keys(spec), wsOnly, call: (ctx, raw) => handler(ctx, decodeParams(spec, raw)) };
}

// Codes: -32602 for a param that no chain state could make valid; -32603 (CometBFT's code for
// every handler failure) when a well-formed request cannot be answered now (above the tip, pruned).

// [REJECT] heights outside [base, max]: texts of CometBFT `rpc/core/env.go getHeight`.
function checkHeight(b: RpcBackend, height: number, max: number): number {
  if (height <= 0) throw invalidParams(`height must be greater than 0, but got ${height}`);
  if (height > max) {
    throw internalError(
      `height ${height} must be less than or equal to the current blockchain height ${max}`,
    );
  }
  const base = b.baseHeight();
  if (height < base) throw internalError(`height ${height} is not available, lowest height is ${base}`);
  return height;
}

/** `height` if given (checked), else the latest committed height. */
function resolveHeight(b: RpcBackend, height: number | undefined): number {
  const latest = b.latestHeight();
  if (height !== undefined) return checkHeight(b, height, latest);
  if (latest < 1) throw internalError("no block has been committed yet (latest height is 0)");
  return latest;
}

function perPageOf(perPage: number | undefined): number {
  if (perPage === undefined || perPage < 1) return DEFAULT_PER_PAGE;
  return Math.min(perPage, MAX_PER_PAGE);
}

// [REJECT] page outside [1, pages]: CometBFT `validatePage`.
function checkPage(page: number, perPage: number, total: number): void {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (page < 1) throw invalidParams(`page should be within [1, ${pages}] range, given ${page}`);
  if (page > pages) throw internalError(`page should be within [1, ${pages}] range, given ${page}`);
}

function needTx(tx: Uint8Array | undefined): Uint8Array {
  const bytes = required(tx, "tx");
  if (bytes.length === 0) throw invalidParams('invalid param "tx": the transaction is empty');
  return bytes;
}

function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("sha256").update(bytes).digest());
}

async function blockAt(b: RpcBackend, height: number) {
  const block = await b.getBlock(height);
  if (!block) throw internalError(`block at height ${height} is not stored`);
  return block;
}

const EMPTY_TX_RESULT: TxResult = {
  code: 0,
  codespace: "",
  log: "",
  info: "",
  data: new Uint8Array(),
  gasWanted: 0n,
  gasUsed: 0n,
  events: [],
};

// `tm.event='Tx'` holds for every indexed tx; other tm.event values hold for none.
const TX_EVENT_MAP = new Map([["tm.event", ["Tx"]]]);

const status = route({}, ({ backend }) => encodeStatus(backend.status()));

const health = route({}, () => ({}));

const abciInfo = route({}, ({ backend }) => {
  const i = backend.abciInfo();
  return {
    response: {
      data: i.data,
      version: i.version,
      app_version: i.appVersion.toString(),
      last_block_height: String(i.lastBlockHeight),
      last_block_app_hash: toBase64(i.lastBlockAppHash),
    },
  };
});

const abciQuery = route(
  { path: "string", data: "hexBytes", height: "int", prove: "bool" },
  async ({ backend }, p) => {
    const height = p.height ?? 0;
    if (height < 0) throw invalidParams(`height must be non-negative, but got ${height}`);
    // 0 means latest; anything else must exist.
    if (height > 0) checkHeight(backend, height, backend.latestHeight());
    const result = await backend.abciQuery(
      p.path ?? "",
      p.data ?? new Uint8Array(),
      height,
      p.prove ?? false,
    );
    return encodeQueryResult(result);
  },
);

const broadcastTxSync = route({ tx: "bytes" }, async ({ backend }, p) => {
  return encodeBroadcastResult(await backend.broadcastTx(needTx(p.tx)));
});

const broadcastTxAsync = route({ tx: "bytes" }, ({ backend, logger }, p) => {
  const tx = needTx(p.tx);
  const hash = sha256(tx);
  // Async means "do not wait for CheckTx": the result is only logged.
  backend.broadcastTx(tx).then(
    (r) => {
      if (r.code !== 0)
        logger.debug("async tx rejected", { hash: toHexUpper(hash), code: r.code, log: r.log });
    },
    (err: unknown) => logger.warn("async broadcast failed", { hash: toHexUpper(hash), err }),
  );
  return encodeBroadcastResult({ code: 0, codespace: "", log: "", hash });
});

const broadcastTxCommit = route({ tx: "bytes" }, async ({ backend, txCommitTimeoutMs }, p) => {
  const check = await backend.broadcastTx(needTx(p.tx));
  const hash = toHexUpper(check.hash);
  if (check.code !== 0) {
    return { check_tx: encodeCheckTx(check), tx_result: encodeTxResult(EMPTY_TX_RESULT), hash, height: "0" };
  }
  let committed: IndexedTx;
  try {
    committed = await backend.waitForTx(check.hash, txCommitTimeoutMs);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw internalError(`timed out waiting for tx (${hash}) to be included in a block: ${why}`);
  }
  return {
    check_tx: encodeCheckTx(check),
    tx_result: encodeTxResult(committed.result),
    hash,
    height: String(committed.height),
  };
});

const tx = route({ hash: "hash", prove: "bool" }, async ({ backend }, p) => {
  const hash = required(p.hash, "hash");
  const found = await backend.getTx(hash);
  if (!found) throw internalError(`tx (${toHexUpper(hash)}) not found`);
  return encodeTxResponse(found);
});

const txSearch = route(
  { query: "string", prove: "bool", page: "int", per_page: "int", order_by: "string" },
  async ({ backend }, p) => {
    const parsed = parseEventQuery(required(p.query, "query"));
    const order = p.order_by === undefined || p.order_by === "" ? "asc" : p.order_by;
    if (order !== "asc" && order !== "desc") {
      throw invalidParams(
        `invalid param "order_by": expected "asc", "desc" or empty, got ${JSON.stringify(order)}`,
      );
    }
    const page = p.page ?? 1;
    const perPage = perPageOf(p.per_page);
    if (page < 1) throw invalidParams(`page should be greater than 0, given ${page}`);
    const conditions: QueryCondition[] = [];
    for (const c of parsed.conditions) {
      if (c.key !== "tm.event") conditions.push(c);
      else if (!matchesQuery({ conditions: [c] }, TX_EVENT_MAP)) return { txs: [], total_count: "0" };
    }
    const { txs, total } = await backend.searchTxs({ conditions }, page, perPage, order);
    checkPage(page, perPage, total);
    return { txs: txs.map(encodeTxResponse), total_count: String(total) };
  },
);

const block = route({ height: "int" }, async ({ backend }, p) => {
  return encodeBlockResponse(await blockAt(backend, resolveHeight(backend, p.height)));
});

const header = route({ height: "int" }, async ({ backend }, p) => {
  return { header: encodeHeader((await blockAt(backend, resolveHeight(backend, p.height))).block.header) };
});

const headerByHash = route({ hash: "hash" }, async ({ backend }, p) => {
  const found = await backend.getBlockByHash(required(p.hash, "hash"));
  // As `block_by_hash`: an unknown hash is a null header, not an error.
  return { header: found ? encodeHeader(found.block.header) : null };
});

const blockByHash = route({ hash: "hash" }, async ({ backend }, p) => {
  const found = await backend.getBlockByHash(required(p.hash, "hash"));
  // CometBFT answers an unknown hash with an empty block id and a null block, not an error.
  if (!found) return { block_id: { hash: "", parts: { total: 0, hash: "" } }, block: null };
  return encodeBlockResponse(found);
});

const blockResults = route({ height: "int" }, async ({ backend }, p) => {
  const height = resolveHeight(backend, p.height);
  const results = await backend.getBlockResults(height);
  if (!results) throw internalError(`could not find results for height #${height}`);
  return encodeBlockResults(results);
});

const blockchain = route({ minHeight: "int", maxHeight: "int" }, async ({ backend }, p) => {
  const latest = backend.latestHeight();
  let min = p.minHeight ?? 0;
  let max = p.maxHeight ?? 0;
  // CometBFT `filterMinMax`.
  if (min < 0 || max < 0) throw invalidParams("heights must be non-negative");
  if (latest < 1) return { last_height: "0", block_metas: [] };
  if (min === 0) min = 1;
  if (max === 0) max = latest;
  max = Math.min(latest, max);
  min = Math.max(backend.baseHeight(), min, max - MAX_BLOCKCHAIN_METAS + 1);
  if (min > max) throw internalError(`min height ${min} can't be greater than max height ${max}`);
  const metas: JsonValue[] = [];
  for (let h = max; h >= min; h--) metas.push(encodeBlockMeta(await blockAt(backend, h)));
  return { last_height: String(latest), block_metas: metas };
});

const commit = route({ height: "int" }, async ({ backend }, p) => {
  const height = resolveHeight(backend, p.height);
  const c = await backend.getCommit(height);
  if (!c) throw internalError(`commit for height ${height} is not stored`);
  return {
    signed_header: { header: encodeHeader(c.block.header), commit: encodeCommit(c.commit) },
    canonical: c.canonical,
  };
});

const validators = route({ height: "int", page: "int", per_page: "int" }, async ({ backend }, p) => {
  // As in CometBFT, the next height's set (latest + 1) may be asked for.
  const latest = backend.latestHeight();
  const height = p.height === undefined ? Math.max(latest, 1) : checkHeight(backend, p.height, latest + 1);
  const all = await backend.validators(height);
  const page = p.page ?? 1;
  const perPage = perPageOf(p.per_page);
  checkPage(page, perPage, all.length);
  const slice = all.slice((page - 1) * perPage, page * perPage);
  return {
    block_height: String(height),
    validators: slice.map(encodeValidator),
    count: String(slice.length),
    total: String(all.length),
  };
});

const genesis = route({}, ({ backend }) => {
  let doc: unknown;
  try {
    doc = JSON.parse(backend.genesis());
  } catch (err) {
    throw internalError(`stored genesis is not valid JSON: ${(err as Error).message}`);
  }
  return { genesis: doc as JsonValue };
});

const netInfo = route({}, ({ backend }) => encodeNetInfo(backend.netInfo()));

// [REJECT] unsafe methods unless the operator enabled them (CometBFT's `unsafe` RPC flag).
function unsafeControls(b: RpcBackend): NonNullable<RpcBackend["unsafe"]> {
  if (!b.unsafe) throw internalError("unsafe RPC methods are disabled on this node");
  return b.unsafe;
}

const unsafeBlockPeer = route({ peer_id: "string" }, ({ backend }, p) => {
  unsafeControls(backend).blockPeer(required(p.peer_id, "peer_id"));
  return {};
});

const unsafeUnblockPeer = route({ peer_id: "string" }, ({ backend }, p) => {
  unsafeControls(backend).unblockPeer(required(p.peer_id, "peer_id"));
  return {};
});

const numUnconfirmedTxs = route({}, ({ backend }) => {
  const u = backend.unconfirmedTxs(0);
  return { n_txs: String(u.count), total: String(u.total), total_bytes: String(u.totalBytes), txs: null };
});

const unconfirmedTxs = route({ limit: "int" }, ({ backend }, p) => {
  const u = backend.unconfirmedTxs(perPageOf(p.limit));
  return {
    n_txs: String(u.count),
    total: String(u.total),
    total_bytes: String(u.totalBytes),
    txs: u.txs.map(toBase64),
  };
});

function sessionOf(s: SubscriptionSession | undefined): SubscriptionSession {
  // Unreachable: ws-only routes are never dispatched without a session.
  if (!s) throw internalError("subscriptions need a WebSocket connection");
  return s;
}

const subscribe = route(
  { query: "string" },
  ({ session, requestId }, p) => {
    const query = required(p.query, "query");
    sessionOf(session).subscribe(requestId, query, parseEventQuery(query));
    return {};
  },
  true,
);

const unsubscribe = route(
  { query: "string" },
  ({ session }, p) => {
    sessionOf(session).unsubscribe(required(p.query, "query"));
    return {};
  },
  true,
);

const unsubscribeAll = route(
  {},
  ({ session }) => {
    sessionOf(session).unsubscribeAll();
    return {};
  },
  true,
);

// strata-specific: a block as its SSZ bytes, its SSZ commit and optionally a state proof against
// its app hash, for a child chain's batcher (chain/core/rollup/ROLLUP.md). The CometBFT `block`
// route serves JSON, which cannot give back the exact signed bytes.
const rawBlock = route({ height: "int", prove_key: "hexBytes" }, async ({ backend }, p) => {
  if (!backend.rawBlock) throw internalError("this node does not serve raw blocks");
  const height = resolveHeight(backend, p.height);
  const proveKey = p.prove_key && p.prove_key.length > 0 ? p.prove_key : undefined;
  const raw = await backend.rawBlock(height, proveKey);
  if (!raw) throw internalError(`block ${height} or its commit is not stored`);
  const out: { [k: string]: JsonValue } = {
    height: String(height),
    block: toBase64(raw.block),
    commit: toBase64(raw.commit),
  };
  if (raw.proof) {
    out.proof = {
      height: String(raw.proof.height),
      root: toBase64(raw.proof.root),
      key: toBase64(raw.proof.key),
      value: raw.proof.value ? toBase64(raw.proof.value) : null,
      nodes: raw.proof.nodes.map((n) => toBase64(n)),
    };
  }
  return out;
});

/** Every method, by its CometBFT name (plus the strata-specific `strata_*` ones). */
export const ROUTES: ReadonlyMap<string, Route> = new Map<string, Route>([
  ["status", status],
  ["health", health],
  ["abci_info", abciInfo],
  ["abci_query", abciQuery],
  ["broadcast_tx_sync", broadcastTxSync],
  ["broadcast_tx_async", broadcastTxAsync],
  ["broadcast_tx_commit", broadcastTxCommit],
  ["tx", tx],
  ["tx_search", txSearch],
  ["block", block],
  ["block_by_hash", blockByHash],
  ["header", header],
  ["header_by_hash", headerByHash],
  ["block_results", blockResults],
  ["blockchain", blockchain],
  ["commit", commit],
  ["validators", validators],
  ["genesis", genesis],
  ["net_info", netInfo],
  ["num_unconfirmed_txs", numUnconfirmedTxs],
  ["unconfirmed_txs", unconfirmedTxs],
  ["unsafe_block_peer", unsafeBlockPeer],
  ["unsafe_unblock_peer", unsafeUnblockPeer],
  ["subscribe", subscribe],
  ["unsubscribe", unsubscribe],
  ["unsubscribe_all", unsubscribeAll],
  ["strata_raw_block", rawBlock],
]);
