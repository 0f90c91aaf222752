/**
 * A copy of a parent's data for one child chain, as plain values a test can alter, and an
 * `L1Source` over it (for the rebuild and sync tests: no parent node needed).
 */
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { L1BatchRecord, L1Source, L1Tx } from "../../batcher/verify.js";
import { decodeBatchHeader } from "../../chain/core/rollup/index.js";
import { strata } from "../../proto/gen/strata.js";
import type { ChildChain } from "../helpers/childChain.js";

const SUBMIT = "/strata.rollup.v1.MsgSubmitBatch";

/** A parent tx carrying one MsgSubmitBatch (signatures are not the rebuild's business). */
export function submitTx(chainId: string, items: strata.rollup.v1.IBatchItem[]): Uint8Array {
  const msg = strata.rollup.v1.MsgSubmitBatch.encode({
    submitter: "strata1batcher",
    chainId,
    items,
  }).finish();
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({ messages: [{ typeUrl: SUBMIT, value: msg }] }),
  ).finish();
  return TxRaw.encode({
    bodyBytes,
    authInfoBytes: new Uint8Array([1]),
    signatures: [new Uint8Array(64)],
  }).finish();
}

/** A copy of the parent's data for one child chain. */
export interface L1Copy {
  chainId: string;
  genesis: Uint8Array;
  records: L1BatchRecord[];
  blocks: Map<number, L1Tx[]>;
}

/**
 * An `L1Source` over `copy`; `visible()` (default: all) bounds how many batches the parent has
 * accepted so far, so a test can make new batches appear.
 */
export function sourceOf(copy: L1Copy, visible: () => number = () => copy.records.length): L1Source {
  const records = () => copy.records.slice(0, visible());
  return {
    genesis: async (id) => (id === copy.chainId ? copy.genesis : null),
    rollup: async (id) => (id === copy.chainId ? { lastNumber: records().length, depositCount: 0 } : null),
    batches: async (_id, from, limit) =>
      records()
        .filter((r) => r.number >= from)
        .slice(0, limit),
    blockTxs: async (h) => copy.blocks.get(h) ?? [],
    depositAccumulator: async () => null,
  };
}

/** `copy` with one byte of block `height`'s data altered inside its accepted parent tx. */
export function tamperBlock(copy: L1Copy, height: number, offset: number): L1Copy {
  const tampered: L1Copy = { ...copy, blocks: new Map(copy.blocks) };
  const parentHeight = copy.records[height - 1]!.parentHeight;
  tampered.blocks.set(
    parentHeight,
    copy.blocks.get(parentHeight)!.map(({ tx, code }) => {
      if (code !== 0) return { tx, code };
      const body = TxBody.decode(TxRaw.decode(tx).bodyBytes);
      const msg = strata.rollup.v1.MsgSubmitBatch.decode(body.messages[0]!.value);
      for (const item of msg.items) {
        if (Number(decodeBatchHeader(item.header as Uint8Array).number) !== height) continue;
        const bytes = Uint8Array.from(item.block as Uint8Array);
        bytes[offset]! ^= 0x01;
        item.block = bytes;
      }
      return { tx: submitTx(copy.chainId, msg.items), code };
    }),
  );
  return tampered;
}

/**
 * The parent's data for `child`'s 9 blocks: batches 1..6 in one parent tx at parent height 20,
 * 7..9 at 21 next to a refused tx that carries a tampered copy of batch 7 (never accepted).
 */
export function copyOfChild(child: ChildChain): L1Copy {
  const first = child.batchItems(1, 6, { prevHeader: undefined, held: child.registeredValidators() });
  const second = child.batchItems(7, 9, { prevHeader: first.lastHeader, held: first.held });
  const all = [...first.items, ...second.items];
  const records: L1BatchRecord[] = all.map((item, i) => ({
    number: i + 1,
    header: item.header as Uint8Array,
    parentHeight: i < 6 ? 20 : 21,
  }));
  const forged = second.items.map((it) => ({ ...it, block: Uint8Array.from(it.block as Uint8Array) }));
  forged[0]!.block![100] ^= 0xff;
  return {
    chainId: child.chainId,
    genesis: child.genesisBytes,
    records,
    blocks: new Map([
      [20, [{ tx: submitTx(child.chainId, first.items), code: 0 }]],
      [
        21,
        [
          { tx: submitTx(child.chainId, forged), code: 26 },
          { tx: submitTx(child.chainId, second.items), code: 0 },
        ],
      ],
    ]),
  };
}
