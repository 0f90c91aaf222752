/**
 * The `--node` flag of every client command: the URL forms it accepts and the errors a user sees
 * when the node is not there (which URL, and what to check), instead of cosmjs's bare
 * `fetch failed` or its ws:// complaint about a URL without a scheme.
 */
import { type CometClient, connectComet } from "@cosmjs/tendermint-rpc";
import { InvalidArgumentError } from "commander";
import { StrataError } from "../chain/core/errors/index.js";

/** Default `--node` of every command: a node started with the default config on this machine. */
export const DEFAULT_NODE = "http://127.0.0.1:26657";

/** Error codes of the `--node` flag (codespace `cli`; numbers 30–39 are theirs). */
export enum NodeUrlErrorCode {
  /** No node answered at `--node`, or what answered is not a node's RPC. */
  nodeUnreachable = 31,
}

const SCHEMES = new Set(["http:", "https:", "ws:", "wss:"]);

/**
 * Parses `--node`: `http(s)://host:port` and `ws(s)://host:port` as given, CometBFT's
 * `tcp://host:port` (what `status` prints as `rpc_address`) as `http://host:port`, and a bare
 * `host:port` (or `host`) as `http://host:port`.
 * @throws InvalidArgumentError (commander prints it with the flag) for anything else.
 */
export function parseNodeUrl(value: string): string {
  const raw = value.trim();
  if (raw === "") throw new InvalidArgumentError(`expected the node's RPC URL, e.g. ${DEFAULT_NODE}`);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1]?.toLowerCase();
  const url = scheme === undefined ? `http://${raw}` : scheme === "tcp" ? `http://${raw.slice(6)}` : raw;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidArgumentError(`${JSON.stringify(value)} is not a URL; expected e.g. ${DEFAULT_NODE}`);
  }
  // [REJECT] schemes cosmjs cannot speak
  if (!SCHEMES.has(parsed.protocol)) {
    throw new InvalidArgumentError(
      `unsupported scheme ${parsed.protocol.slice(0, -1)}:// in ${JSON.stringify(value)}; use http://, https://, ws:// or wss://`,
    );
  }
  if (parsed.hostname === "") throw new InvalidArgumentError(`${JSON.stringify(value)} names no host`);
  return url;
}

/** What to check when `url` does not answer (shared by every command's error). */
export function nodeHint(url: string): string {
  return (
    `check that a strata node is running and that --node is its RPC address ` +
    `(the rpc port in its config.json, or a node's rpc URL in localnet.json; ` +
    `default ${DEFAULT_NODE}; \`strata status --node ${url}\` tests it)`
  );
}

/** Why a connection failed, as briefly as the cause allows (`ECONNREFUSED`, a DNS failure, …). */
function reason(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } };
  if (e.cause?.code) return `${e.message ?? "failed"}: ${e.cause.code}`;
  if (e.cause?.message) return `${e.message ?? "failed"}: ${e.cause.message}`;
  return e.message ?? String(err);
}

/** The error for a node that did not answer at `url`. */
export function nodeUnreachable(url: string, err: unknown): StrataError {
  return new StrataError(
    "cli",
    NodeUrlErrorCode.nodeUnreachable,
    `cannot reach node at ${url} (${reason(err)}); ${nodeHint(url)}`,
    { url },
  );
}

/**
 * Connects a CometBFT RPC client to `url` (as {@link parseNodeUrl} returned it); cosmjs asks the
 * node's `status` to pick its client.
 * @throws StrataError `cli:31` naming the URL and what to check when nothing usable answers.
 */
export async function connectNode(url: string): Promise<CometClient> {
  try {
    return await connectComet(url);
  } catch (err) {
    throw nodeUnreachable(url, err);
  }
}
