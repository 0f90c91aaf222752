/**
 * Node events → CometBFT 0.38 event messages (`types/event_bus.go`, `types/events.go`): the
 * flattened event map a subscription query is matched against, and the `data` object pushed to
 * subscribers. Serialisation is lazy and done once per event, however many subscribers match.
 */

import type { CommittedBlock } from "../types/index.js";
import type { BlockResults, IndexedTx } from "./backend.js";
import { toBase64, toHexUpper } from "./codec.js";
import {
  encodeBlock,
  encodeBlockId,
  encodeFinalizeBlock,
  encodeHeader,
  encodeTxResult,
  type JsonObject,
} from "./encode.js";
import { type EventMap, flattenEvents } from "./query.js";

/** The reserved key holding the event type (`tm.event='NewBlock'`). */
export const EVENT_TYPE_KEY = "tm.event";

/** One event ready to be matched and sent. */
export interface RpcEvent {
  /** Composite key → values, including `tm.event` (and `tx.hash`, `tx.height` for txs). */
  readonly events: EventMap;
  /** JSON text of `data`: `{"type":"tendermint/event/…","value":{…}}`. */
  dataJson(): string;
  /** JSON text of `events` (the map as an object of string arrays). */
  eventsJson(): string;
}

function lazy(make: () => string): () => string {
  let text: string | undefined;
  return () => {
    text ??= make();
    return text;
  };
}

function rpcEvent(events: EventMap, type: string, value: () => JsonObject): RpcEvent {
  return {
    events,
    dataJson: lazy(() => JSON.stringify({ type: `tendermint/event/${type}`, value: value() })),
    eventsJson: lazy(() => JSON.stringify(Object.fromEntries(events))),
  };
}

/** `NewBlock`: block, block id and FinalizeBlock results; keyed by the block's finalize events. */
export function newBlockEvent(block: CommittedBlock, results: BlockResults): RpcEvent {
  const events = flattenEvents(results.finalizeBlockEvents);
  events.set(EVENT_TYPE_KEY, [...(events.get(EVENT_TYPE_KEY) ?? []), "NewBlock"]);
  return rpcEvent(events, "NewBlock", () => ({
    block: encodeBlock(block.block),
    block_id: encodeBlockId(block.blockId),
    result_finalize_block: encodeFinalizeBlock(results),
  }));
}

/** `NewBlockHeader`: the header only; keyed by `tm.event` only, as in CometBFT. */
export function newBlockHeaderEvent(block: CommittedBlock): RpcEvent {
  const events: EventMap = new Map([[EVENT_TYPE_KEY, ["NewBlockHeader"]]]);
  return rpcEvent(events, "NewBlockHeader", () => ({ header: encodeHeader(block.block.header) }));
}

/** `Tx`: the committed tx and its result; keyed by its events plus `tm.event`, `tx.hash`, `tx.height`. */
export function txEvent(tx: IndexedTx): RpcEvent {
  const events = flattenEvents(tx.result.events);
  // CometBFT appends the reserved keys after the app's events.
  events.set(EVENT_TYPE_KEY, [...(events.get(EVENT_TYPE_KEY) ?? []), "Tx"]);
  events.set("tx.hash", [...(events.get("tx.hash") ?? []), toHexUpper(tx.hash)]);
  events.set("tx.height", [...(events.get("tx.height") ?? []), String(tx.height)]);
  return rpcEvent(events, "Tx", () => ({
    TxResult: {
      height: String(tx.height),
      index: tx.index,
      tx: toBase64(tx.tx),
      result: encodeTxResult(tx.result),
    },
  }));
}
