import { isStrataError } from "../errors/index.js";
import type { Logger } from "../log/index.js";
import { CacheKVStore, type KVStore } from "../store/index.js";
import {
  type DecodedTx,
  decodeTx,
  type MessageSchema,
  messageSchema,
  rejectUnknownMsgFields,
  txHash,
} from "../tx/index.js";
import type { AbciEvent, QueryResult, TxResult } from "../types/index.js";
import { type BlockInfo, Context, type ExecMode, type ValidatorUpdate } from "./context.js";
import { SdkCode, SdkError } from "./errors.js";
import { EventManager } from "./events.js";
import { GasKVStore, GasMeter } from "./gas.js";
import type { Module, MsgHandler, QueryHandler } from "./module.js";
import { concat, encodeAny, messageField } from "./protoWire.js";

/** Runs the ante chain (fees, signatures, sequences) for a decoded tx. */
export type AnteHandler = (ctx: Context, tx: DecodedTx, signers: string[], sigCache: Set<string>) => void;

/** Options of {@link App}. */
export interface AppOptions {
  chainId: string;
  modules: Module[];
  ante: AnteHandler;
  /** Largest accepted tx in bytes. */
  maxTxBytes: number;
  logger: Logger;
}

/** Events and tx results of one executed block. */
export interface ExecutedBlock {
  txResults: TxResult[];
  /** Events of begin-block and end-block hooks. */
  blockEvents: AbciEvent[];
  /** Validator-set changes returned by end-block hooks, in module order. */
  validatorUpdates: ValidatorUpdate[];
}

const SIG_CACHE_LIMIT = 200_000;
const PREPARED_LIMIT = 100_000;

/** A decoded tx with its messages resolved to handlers and its signers. */
interface PreparedTx {
  tx: DecodedTx;
  resolved: { handler: MsgHandler; msg: unknown }[];
  signers: string[];
}

/**
 * The application: routes messages and queries to modules and runs transactions with Cosmos
 * semantics. It is a pure state machine over the store it is handed: no clocks, no I/O.
 */
export class App {
  readonly chainId: string;
  private readonly modules: Module[];
  private readonly msgs = new Map<string, MsgHandler>();
  private readonly msgSchemas = new Map<string, MessageSchema>();
  private readonly queries = new Map<string, QueryHandler>();
  private readonly ante: AnteHandler;
  private readonly maxTxBytes: number;
  private readonly logger: Logger;
  private sigCache = new Set<string>();
  private readonly preparedTxs = new Map<string, PreparedTx>();
  private checkState: CacheKVStore | undefined;

  constructor(opts: AppOptions) {
    this.chainId = opts.chainId;
    this.modules = opts.modules;
    this.ante = opts.ante;
    this.maxTxBytes = opts.maxTxBytes;
    this.logger = opts.logger;
    for (const m of opts.modules) {
      for (const h of m.msgs ?? []) {
        const schema = messageSchema(h.typeUrl);
        // Every message the app decodes is checked for unknown fields against its descriptor.
        if (!schema) throw new Error(`no protobuf schema for message ${h.typeUrl} (module ${m.name})`);
        this.msgs.set(h.typeUrl, h);
        this.msgSchemas.set(h.typeUrl, schema);
      }
      for (const [path, q] of Object.entries(m.queries ?? {})) this.queries.set(path, q);
    }
  }

  /** Adds a query route served outside the modules (the node's tx service). */
  registerQuery(path: string, handler: QueryHandler): void {
    this.queries.set(path, handler);
  }

  /** Message type URLs this app accepts. */
  messageTypes(): string[] {
    return [...this.msgs.keys()].sort();
  }

  /**
   * Loads every module's genesis section into `store`, in module order; returns the initial
   * validator set when a module (staking) defines one.
   */
  initChain(store: KVStore, block: BlockInfo, appState: Record<string, unknown>): ValidatorUpdate[] {
    const ctx = this.context(store, block, new GasMeter(undefined), "deliver");
    for (const m of this.modules) m.initGenesis?.(ctx, appState[m.name]);
    return this.modules.flatMap((m) => m.initGenesisValidators?.(ctx) ?? []);
  }

  /** Every module's genesis section, from `store`. */
  exportGenesis(store: KVStore, block: BlockInfo): Record<string, unknown> {
    const ctx = this.context(store, block, new GasMeter(undefined), "deliver");
    const out: Record<string, unknown> = {};
    for (const m of this.modules) if (m.exportGenesis) out[m.name] = m.exportGenesis(ctx);
    return out;
  }

  /**
   * Executes a block against `store`: begin-block hooks, every tx, end-block hooks. A failing tx
   * is recorded with its code; it never aborts the block.
   */
  execBlock(store: KVStore, block: BlockInfo, txs: readonly Uint8Array[]): ExecutedBlock {
    const blockEvents = new EventManager();
    const hookCtx = this.context(store, block, new GasMeter(undefined), "deliver", blockEvents);
    for (const m of this.modules) m.beginBlock?.(hookCtx);
    const txResults = txs.map((tx) => this.runTx(store, block, tx, "deliver"));
    const validatorUpdates: ValidatorUpdate[] = [];
    for (const m of this.modules) validatorUpdates.push(...(m.endBlock?.(hookCtx) ?? []));
    return { txResults, blockEvents: blockEvents.events, validatorUpdates };
  }

  /**
   * CheckTx: runs the ante chain against the mempool's view of state (which carries the
   * sequences of txs already admitted), so a sender can queue several txs per block.
   */
  checkTx(base: KVStore, block: BlockInfo, bytes: Uint8Array): TxResult {
    this.checkState ??= new CacheKVStore(base);
    return this.runTx(this.checkState, block, bytes, "check");
  }

  /** Drops the mempool's view after a commit; the next CheckTx starts from committed state. */
  resetCheckState(): void {
    this.checkState = undefined;
    if (this.sigCache.size > SIG_CACHE_LIMIT) this.sigCache = new Set();
  }

  /** Runs a tx without signature checks on a throwaway branch, to estimate gas. */
  simulate(base: KVStore, block: BlockInfo, bytes: Uint8Array): TxResult {
    return this.runTx(new CacheKVStore(base), block, bytes, "simulate");
  }

  /** Answers a gRPC-path query against `store`. */
  query(store: KVStore, block: BlockInfo, path: string, data: Uint8Array): QueryResult {
    const handler = this.queries.get(path);
    const result: QueryResult = {
      code: 0,
      codespace: "",
      log: "",
      info: "",
      key: new Uint8Array(),
      value: new Uint8Array(),
      height: block.height,
    };
    if (!handler) {
      return {
        ...result,
        code: SdkCode.unknownRequest,
        codespace: "sdk",
        log: `unknown query path ${path}: unknown request`,
      };
    }
    try {
      const ctx = this.context(new CacheKVStore(store), block, new GasMeter(undefined), "check");
      return { ...result, value: handler(ctx, data) };
    } catch (err) {
      if (isStrataError(err))
        return { ...result, code: err.code, codespace: err.codespace, log: err.message };
      // A protobuf decode failure of the request is the caller's fault, not ours.
      return {
        ...result,
        code: SdkCode.invalidRequest,
        codespace: "sdk",
        log: `rpc error: code = InvalidArgument desc = ${(err as Error).message}: invalid request`,
      };
    }
  }

  private context(
    store: KVStore,
    block: BlockInfo,
    gas: GasMeter,
    mode: ExecMode,
    events = new EventManager(),
  ): Context {
    return new Context(block, store, gas, events, mode, this.logger);
  }

  private runTx(store: KVStore, block: BlockInfo, bytes: Uint8Array, mode: ExecMode): TxResult {
    let gasWanted = 0n;
    const gas = new GasMeter(undefined);
    const result = (
      code: number,
      codespace: string,
      log: string,
      events: AbciEvent[],
      data: Uint8Array = new Uint8Array(),
    ) => ({
      code,
      codespace,
      log,
      info: "",
      data,
      gasWanted,
      gasUsed: gas.consumed,
      events,
    });
    let prepared: PreparedTx;
    try {
      prepared = this.prepare(bytes, mode);
    } catch (err) {
      return this.failure(err, result, []);
    }
    const { tx, resolved, signers } = prepared;
    gasWanted = tx.authInfo.fee?.gasLimit ?? 0n;

    // Gas limit applies to the whole tx; simulation runs unlimited and reports what it used.
    const meter = mode === "simulate" ? gas : new GasMeter(gasWanted);
    const anteStore = new CacheKVStore(store);
    const anteEvents = new EventManager();
    try {
      this.ante(
        this.context(new GasKVStore(anteStore, meter), block, meter, mode, anteEvents),
        tx,
        signers,
        this.sigCache,
      );
    } catch (err) {
      return this.failure(err, result, [], meter);
    }
    // The ante branch is kept even when a message fails: fee paid, sequence bumped.
    anteStore.write();
    if (mode === "check") {
      this.remember(prepared);
      return this.withGas(result(0, "", "", anteEvents.events), meter);
    }

    const msgStore = new CacheKVStore(store);
    const msgEvents = new EventManager();
    const responses = [];
    try {
      for (let i = 0; i < resolved.length; i++) {
        const { handler, msg } = resolved[i]!;
        const scoped = new EventManager();
        const ctx = this.context(new GasKVStore(msgStore, meter), block, meter, mode, scoped);
        const response = handler.execute(ctx, msg);
        msgEvents.emit("message", {
          action: handler.typeUrl,
          sender: signers[0]!,
          module: moduleOf(handler.typeUrl),
          msg_index: i,
        });
        for (const e of scoped.events) {
          msgEvents.events.push({
            ...e,
            attributes: [...e.attributes, { key: "msg_index", value: String(i), index: true }],
          });
        }
        responses.push(response);
      }
    } catch (err) {
      return this.failure(err, result, anteEvents.events, meter);
    }
    msgStore.write();
    // TxMsgData { repeated Any msg_responses = 2 }
    const data = concat(responses.flatMap((r) => messageField(2, encodeAny(r.typeUrl, r.value))));
    return this.withGas(result(0, "", "", [...anteEvents.events, ...msgEvents.events], data), meter);
  }

  private withGas(r: TxResult, meter: GasMeter): TxResult {
    return { ...r, gasUsed: meter.consumed };
  }

  private failure(
    err: unknown,
    result: (code: number, codespace: string, log: string, events: AbciEvent[]) => TxResult,
    events: AbciEvent[],
    meter?: GasMeter,
  ): TxResult {
    let r: TxResult;
    if (isStrataError(err)) {
      r = result(err.code, err.codespace, err.message, events);
    } else {
      // A non-typed error is a bug in a handler; the tx fails deterministically and we log it.
      this.logger.error("unexpected error executing tx", { err });
      r = result(1, "undefined", "internal error", events);
    }
    return meter ? this.withGas(r, meter) : r;
  }

  /**
   * Decodes a tx and resolves its messages. A tx that passed CheckTx was prepared then, so its
   * recheck after each commit and its DeliverTx reuse that work: decoding and message resolution
   * are stateless (the cache is keyed by the tx hash and bounded; DeliverTx consumes the entry).
   */
  private prepare(bytes: Uint8Array, mode: ExecMode): PreparedTx {
    if (mode !== "simulate" && this.preparedTxs.size > 0 && bytes.length <= this.maxTxBytes) {
      const key = Buffer.from(txHash(bytes)).toString("latin1");
      const hit = this.preparedTxs.get(key);
      if (hit) {
        if (mode === "deliver") this.preparedTxs.delete(key);
        return hit;
      }
    }
    const tx = decodeTx(bytes, this.maxTxBytes);
    return { tx, ...this.resolveMessages(tx) };
  }

  private remember(prepared: PreparedTx): void {
    if (this.preparedTxs.size >= PREPARED_LIMIT) this.preparedTxs.clear();
    this.preparedTxs.set(Buffer.from(prepared.tx.hash).toString("latin1"), prepared);
  }

  private resolveMessages(tx: DecodedTx): {
    resolved: { handler: MsgHandler; msg: unknown }[];
    signers: string[];
  } {
    // [REJECT] a tx must contain at least one message
    if (tx.body.messages.length === 0)
      throw new SdkError(SdkCode.invalidRequest, "must contain at least one message");
    const signers: string[] = [];
    const resolved = tx.body.messages.map((any) => {
      const handler = this.msgs.get(any.typeUrl);
      // [REJECT] message types no module handles
      if (!handler) throw new SdkError(SdkCode.txDecode, `unable to resolve type URL ${any.typeUrl}`);
      // [REJECT] unknown fields inside the message's own payload (the SDK's unknown-field check
      // of the whole tx reaches into every message), before the module decoder drops them
      rejectUnknownMsgFields(any.value, this.msgSchemas.get(any.typeUrl)!);
      let msg: unknown;
      try {
        msg = handler.decode(any.value);
      } catch (err) {
        throw new SdkError(SdkCode.txDecode, `malformed ${any.typeUrl}: ${(err as Error).message}`);
      }
      handler.validateBasic(msg);
      for (const s of handler.signers(msg)) if (!signers.includes(s)) signers.push(s);
      return { handler, msg };
    });
    return { resolved, signers };
  }
}

// Module names by type URL: only registered types reach it, so the map stays small.
const moduleNames = new Map<string, string>();

function moduleOf(typeUrl: string): string {
  let name = moduleNames.get(typeUrl);
  if (name === undefined) {
    // "/cosmos.bank.v1beta1.MsgSend" -> "bank"
    const parts = typeUrl.replace(/^\//, "").split(".");
    name = parts.length >= 3 ? parts[parts.length - 3]! : typeUrl;
    moduleNames.set(typeUrl, name);
  }
  return name;
}
