import { StrataError } from "../chain/core/errors/index.js";

/** Error codes of the client package (codespace `client`). Never renumber. */
export enum ClientErrorCode {
  /** The node's RPC URL could not be reached. */
  nodeUnreachable = 2,
  /** A transaction was asked of a client connected without a signer. */
  noSigner = 3,
  /** The signer holds no account with the given address. */
  unknownSigner = 4,
  /** The signing account does not exist on chain yet (never funded). */
  accountNotFound = 5,
  /** A record the client needs (a withdrawal, a registered chain, a batch) does not exist. */
  notFound = 6,
  /** A withdrawal is in no batch accepted on L1 yet, so it cannot be proven. */
  notInBatch = 7,
}

/** A client-side failure (before or around a transaction, not a chain refusal). */
export class ClientError extends StrataError {
  constructor(code: ClientErrorCode, message: string, detail?: Record<string, unknown>) {
    super("client", code, message, detail);
  }
}

/** Where a refused transaction was refused. */
export type RefusalStage = "simulate" | "check" | "deliver";

/**
 * The chain refused a transaction: `codespace` and `code` are the chain's (e.g. `models` 3 for a
 * duplicate version, `sdk` 5 for insufficient funds), `log` its explanation.
 */
export class TxRefusedError extends StrataError {
  /** The chain's log for the refusal. */
  readonly log: string;
  /** `simulate` (gas estimation ran the messages), `check` (mempool admission) or `deliver` (in a block). */
  readonly stage: RefusalStage;
  /** Hash of the committed (failed) transaction, for a `deliver` refusal. */
  readonly txhash: string | undefined;
  /** Height of the block that holds it, for a `deliver` refusal. */
  readonly height: number | undefined;

  constructor(opts: {
    codespace: string;
    code: number;
    log: string;
    stage: RefusalStage;
    txhash?: string;
    height?: number;
  }) {
    super(opts.codespace, opts.code, `failed with code ${opts.code} (${opts.codespace}): ${opts.log}`);
    this.log = opts.log;
    this.stage = opts.stage;
    this.txhash = opts.txhash;
    this.height = opts.height;
  }
}

/** True for a gRPC NotFound answer of a query (how the chain reports an unknown id). */
export function isNotFoundError(err: unknown): boolean {
  return err instanceof Error && /rpc error: code = NotFound/i.test(err.message);
}
