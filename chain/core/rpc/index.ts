export type {
  BlockResults,
  CheckTxResult,
  EventQuery,
  IndexedTx,
  NetInfo,
  NodeEvents,
  NodeInfo,
  NodeStatus,
  PeerStatus,
  QueryCondition,
  RawBlock,
  RpcBackend,
} from "./backend.js";
export { fromBase64, fromHex, toBase64, toHexUpper, toRfc3339Nano } from "./codec.js";
export type { RpcCorsOptions } from "./cors.js";
export type { JsonObject, JsonValue } from "./encode.js";
export { BLOCK_PROTOCOL, COMETBFT_VERSION, NODE_CHANNELS, P2P_PROTOCOL } from "./encode.js";
export type { JsonRpcErrorObject } from "./errors.js";
export { RpcError, RpcErrorCode } from "./errors.js";
export type { JsonRpcId, JsonRpcResponse } from "./jsonrpc.js";
export type { EventMap } from "./query.js";
export { flattenEvents, MAX_QUERY_LENGTH, matchesQuery, parseEventQuery } from "./query.js";
export { DEFAULT_PER_PAGE, MAX_BLOCKCHAIN_METAS, MAX_PER_PAGE } from "./routes.js";
export type { RpcServer, RpcServerOptions, RpcServerStats } from "./server.js";
export { createRpcServer } from "./server.js";
