import { type CliProcess, spawnCliProcess } from "../../chain/core/process/spawnCliProcess.js";
import { BatcherError, BatcherErrorCode } from "../errors.js";

/** What `strata -o json l2 batcher` prints once it runs. */
export interface BatcherStartInfo {
  /** Base URL of `/health` and `/metrics`. */
  url: string;
  /** The child chain id as registered on the parent. */
  chainId: string;
  /** Parent address that signs `MsgSubmitBatch`. */
  submitter: string;
  /** Child address that signs `MsgMintDeposits`, or null without `--l2-key`. */
  relayer: string | null;
  /** The parent's `last_number` at start: posting resumed after it. */
  resumedFrom: number;
}

/** A batcher running as its own OS process, started through the CLI. */
export type BatcherProcess = CliProcess<BatcherStartInfo>;

/**
 * Options of {@link spawnBatcherProcess}: the flags of `strata l2 batcher`. Stable: the localnet
 * supervisor starts the batcher with them.
 */
export interface SpawnBatcherOptions {
  /** Parent (L1) node RPC URL, e.g. `http://127.0.0.1:26657`. */
  l1: string;
  /** Child (L2) node RPC URL. */
  l2: string;
  /** Keyring key that signs batches on L1 (needs ustra for fees on L1). */
  key: string;
  /** Keyring key that signs deposit mints on L2 (must be in L2 bridge `params.relayers`); omit: no relay. */
  l2Key?: string;
  /** Client home holding the keyring (`strata keys --home`). */
  keyringHome: string;
  /** `test` (unencrypted, development) or `file` (then `passphraseFile`). */
  keyringBackend?: "test" | "file";
  passphraseFile?: string;
  /** Registered child chain id (default: the L2 node's). */
  chainId?: string;
  /** `/health` and `/metrics` port; default 0 (any free port, read `info.url`). */
  port?: number;
  /** Child polling interval while caught up, ms. */
  pollMs?: number;
  /** Most blocks per batch tx. */
  maxItems?: number;
  /** Gas price on both chains, e.g. `0.0025ustra`. */
  gasPrices?: string;
  /** Longest wait between retries after failures, ms (default 10,000). */
  maxBackoffMs?: number;
  logLevel?: "debug" | "info" | "warn" | "error";
}

/** The CLI arguments of `opts` (after `l2 batcher`). */
export function batcherArgs(opts: SpawnBatcherOptions): string[] {
  const args = ["--l1", opts.l1, "--l2", opts.l2, "--key", opts.key, "--keyring-home", opts.keyringHome];
  if (opts.l2Key) args.push("--l2-key", opts.l2Key);
  if (opts.keyringBackend) args.push("--keyring-backend", opts.keyringBackend);
  if (opts.passphraseFile) args.push("--passphrase-file", opts.passphraseFile);
  if (opts.chainId) args.push("--chain-id", opts.chainId);
  args.push("--port", String(opts.port ?? 0));
  if (opts.pollMs !== undefined) args.push("--poll-ms", String(opts.pollMs));
  if (opts.maxItems !== undefined) args.push("--max-items", String(opts.maxItems));
  if (opts.gasPrices) args.push("--gas-prices", opts.gasPrices);
  if (opts.maxBackoffMs !== undefined) args.push("--max-backoff-ms", String(opts.maxBackoffMs));
  if (opts.logLevel) args.push("--log-level", opts.logLevel);
  return args;
}

/**
 * Starts `strata -o json l2 batcher …` as a child process and resolves once it printed its
 * start-up JSON (connected to both chains, the registration found, serving `/health`). For the
 * localnet supervisor and the end-to-end tests.
 * @throws BatcherError `InvalidConfig` when the process exits before it started (the message
 *   carries its stderr).
 */
export async function spawnBatcherProcess(opts: SpawnBatcherOptions): Promise<BatcherProcess> {
  return spawnCliProcess<BatcherStartInfo>(
    ["l2", "batcher", ...batcherArgs(opts)],
    (code, stderr) =>
      new BatcherError(
        BatcherErrorCode.InvalidConfig,
        `batcher process exited (${code}) before starting:\n${stderr}`,
      ),
  );
}
