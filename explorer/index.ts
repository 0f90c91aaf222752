/**
 * The network explorer: a web app over the chains' own RPC (`strata explorer`, started by the
 * localnet). The server reads the chains through `client/` and serves a small JSON API, a live
 * feed of new blocks and a page bundled at start from `web/`; `shared/` holds the pure parts both
 * sides use (formatting, search classification, plot series, the API's shapes).
 */

export type { ExplorerProcess, ExplorerStartInfo } from "./process/spawnExplorerProcess.js";
export { spawnExplorerProcess } from "./process/spawnExplorerProcess.js";
export { ExplorerError, ExplorerErrorCode } from "./server/errors.js";
export { CONTENT_SECURITY_POLICY } from "./server/http.js";
export type * from "./shared/api.js";
export * as format from "./shared/format.js";
export * as search from "./shared/search.js";
export * as series from "./shared/series.js";
export type { Explorer, ExplorerOptions } from "./startExplorer.js";
export { startExplorer } from "./startExplorer.js";
