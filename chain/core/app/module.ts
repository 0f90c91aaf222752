import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Context, ValidatorUpdate } from "./context.js";

/** A message type a module handles: how to decode it, who must sign it, and what it does. */
export interface MsgHandler<M = unknown> {
  /** Protobuf type URL, e.g. `/cosmos.bank.v1beta1.MsgSend`. */
  typeUrl: string;
  decode(bytes: Uint8Array): M;
  /**
   * Stateless checks (addresses, amounts). Rejects the whole tx before any state is touched.
   * @throws StrataError describing the first violated rule.
   */
  validateBasic(msg: M): void;
  /** Bech32 addresses whose signatures the tx must carry, in order. */
  signers(msg: M): string[];
  /** Executes the message; returns its response as an `Any` (goes into `TxMsgData.msg_responses`). */
  execute(ctx: Context, msg: M): Any;
}

/** A gRPC-style query: request bytes in, response bytes out. */
export type QueryHandler = (ctx: Context, request: Uint8Array) => Uint8Array;

/**
 * One module of an application (auth, bank, …). A module owns the store namespace `name/`; other
 * modules reach it only through the keeper interfaces they declare themselves.
 */
export interface Module {
  name: string;
  msgs?: MsgHandler[];
  /** Query handlers by full gRPC path (`/cosmos.bank.v1beta1.Query/Balance`). */
  queries?: Record<string, QueryHandler>;
  /** Loads this module's section of the genesis document. */
  initGenesis?(ctx: Context, genesis: unknown): void;
  /** Exports the module's state in its genesis format. */
  exportGenesis?(ctx: Context): unknown;
  beginBlock?(ctx: Context): void;
  /** End-block hook; may return validator-set changes (applied from height h+2, as CometBFT). */
  endBlock?(ctx: Context): ValidatorUpdate[] | undefined;
  /**
   * Genesis may also define the initial validator set (staking does); it must then match the
   * genesis document's validators.
   */
  initGenesisValidators?(ctx: Context): ValidatorUpdate[];
}
