import { Bucket } from "../db/index.js";

const enc = new TextEncoder();

/** Big-endian u64 (heights, powers): sorts like the number. */
export function u64(n: number | bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** `block ‖ height` */
export function blockKey(height: number): Uint8Array {
  return Buffer.concat([Uint8Array.of(Bucket.block), u64(height)]);
}

/** `blockHashIndex ‖ hash` */
export function blockHashKey(hash: Uint8Array): Uint8Array {
  return Buffer.concat([Uint8Array.of(Bucket.blockHashIndex), hash]);
}

/** `blockResults ‖ height` */
export function resultsKey(height: number): Uint8Array {
  return Buffer.concat([Uint8Array.of(Bucket.blockResults), u64(height)]);
}

/** `txHashIndex ‖ hash` */
export function txHashKey(hash: Uint8Array): Uint8Array {
  return Buffer.concat([Uint8Array.of(Bucket.txHashIndex), hash]);
}

/**
 * `blockMeta ‖ name`:
 * - `latest` -> height (u64 BE) of the newest stored block;
 * - `seenCommit` -> SSZ commit of the newest block (which no later block carries yet);
 * - `genesis` -> reserved;
 * - `txLocFrom` -> first height (u64 BE) whose txs are in the {@link txLocationKey} index (stores
 *   written before that index existed have older heights without it).
 */
export function metaKey(name: "latest" | "seenCommit" | "genesis" | "txLocFrom"): Uint8Array {
  return Buffer.concat([Uint8Array.of(Bucket.blockMeta), enc.encode(name)]);
}

/** `blockMeta ‖ "vu" [‖ height]`: validator-set changes returned by a block's end-block. */
export function validatorUpdatesKey(height?: number): Uint8Array {
  const prefix = Buffer.concat([Uint8Array.of(Bucket.blockMeta), enc.encode("vu")]);
  return height === undefined ? prefix : Buffer.concat([prefix, u64(height)]);
}

/**
 * `blockMeta ‖ "txloc" [‖ location]` -> empty: every stored tx by location, so `tx.height` ranges
 * read the txs of those heights only (not every block of the range).
 */
export function txLocationKey(location?: Uint8Array): Uint8Array {
  const prefix = Buffer.concat([Uint8Array.of(Bucket.blockMeta), enc.encode("txloc")]);
  return location === undefined ? prefix : Buffer.concat([prefix, location]);
}

/** Location of a tx: height (u64 BE) ‖ index (u32 BE); sorts by (height, index). */
export function txLocation(height: number, index: number): Buffer {
  const b = Buffer.alloc(12);
  b.writeBigUInt64BE(BigInt(height));
  b.writeUInt32BE(index, 8);
  return b;
}

/** Reads a {@link txLocation}. */
export function readTxLocation(b: Uint8Array): { height: number; index: number } {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return { height: Number(buf.readBigUInt64BE(0)), index: buf.readUInt32BE(8) };
}

/**
 * Prefix of the event index for a composite key (`transfer.sender`), optionally narrowed to one
 * value: `txEventIndex ‖ key ‖ 0x00 [‖ value ‖ 0x00]`.
 */
export function eventPrefix(compositeKey: string, value?: string): Buffer {
  const text = value === undefined ? `${compositeKey}\0` : `${compositeKey}\0${value}\0`;
  const key = Buffer.allocUnsafe(1 + Buffer.byteLength(text));
  key[0] = Bucket.txEventIndex;
  key.write(text, 1, "utf8");
  return key;
}

/** Upper bound (exclusive) of a prefix scan. */
export function prefixEnd(prefix: Uint8Array): Uint8Array {
  const end = Buffer.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i]!++;
      return end.subarray(0, i + 1);
    }
  }
  return Buffer.from([0xff, 0xff, 0xff, 0xff]);
}
