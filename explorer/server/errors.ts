import { StrataError } from "../../chain/core/errors/index.js";

/** Error codes of the explorer (codespace `explorer`); never renumbered. */
export enum ExplorerErrorCode {
  /** A chain's RPC could not be reached (connection refused, timeout). */
  chainDown = 1,
  /** What the page asked for does not exist on the chain. */
  notFound = 2,
  /** A malformed path or parameter (not a height, not a hash, …). */
  badRequest = 3,
  /** The chain answered with a JSON-RPC error. */
  rpcError = 4,
  /** A bad `strata explorer` option (URL, port). */
  badOption = 5,
  /** The page could not be bundled at start (a broken checkout). */
  bundleFailed = 6,
}

/** An explorer failure: codespace `explorer` with an {@link ExplorerErrorCode}. */
export class ExplorerError extends StrataError {
  constructor(
    code: ExplorerErrorCode,
    message: string,
    /** The chain key (`l1`, `l2`) the failure is about, when it is about one. */
    readonly chain?: string,
  ) {
    super("explorer", code, message);
  }
}
