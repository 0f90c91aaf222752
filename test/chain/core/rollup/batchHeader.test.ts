import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { type BatchHeader, BatchHeaderSsz, batchHeaderRoot } from "../../../../chain/core/rollup/index.js";

const sha = (...parts: Uint8Array[]) =>
  new Uint8Array(createHash("sha256").update(Buffer.concat(parts)).digest());
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function uint64Chunk(v: bigint): Uint8Array {
  const out = new Uint8Array(32);
  new DataView(out.buffer).setBigUint64(0, v, true);
  return out;
}

/** SSZ merkleize: pad the chunks with zero chunks to `limit` (a power of two) and hash pairwise. */
function merkleize(chunks: Uint8Array[], limit: number): Uint8Array {
  let layer = [...chunks];
  while (layer.length < limit) layer.push(new Uint8Array(32));
  while (layer.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < layer.length; i += 2) next.push(sha(layer[i]!, layer[i + 1]!));
    layer = next;
  }
  return layer[0]!;
}

/** `ByteList[50]` root: the bytes in 32-byte chunks (limit 2 chunks), mixed with the length. */
function byteListRoot(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 32) {
    const c = new Uint8Array(32);
    c.set(bytes.subarray(i, i + 32));
    chunks.push(c);
  }
  return sha(merkleize(chunks, 2), uint64Chunk(BigInt(bytes.length)));
}

const fill = (b: number) => new Uint8Array(32).fill(b);

// The BatchHeader is what every parent stores and every next header names by root: its SSZ bytes
// and root are pinned here, and the root is recomputed from the SSZ rules by hand.
describe("rollup core: BatchHeader SSZ golden vector", () => {
  const header: BatchHeader = {
    chainId: new TextEncoder().encode("strata-l2-local"),
    number: 7n,
    prevHeaderRoot: fill(1),
    blockHash: fill(2),
    stateRoot: fill(3),
    txRoot: fill(4),
    withdrawalRoot: fill(5),
    withdrawalCount: 3n,
    depositCursor: 9n,
    depositAccumulator: fill(6),
    validatorSetRoot: fill(7),
    nextValidatorSetRoot: fill(8),
    timeNs: 1_798_761_600_000_000_000n,
  };

  it("has the root of the SSZ container rules (13 field roots padded to 16 leaves)", () => {
    const leaves = [
      byteListRoot(header.chainId),
      uint64Chunk(header.number),
      header.prevHeaderRoot,
      header.blockHash,
      header.stateRoot,
      header.txRoot,
      header.withdrawalRoot,
      uint64Chunk(header.withdrawalCount),
      uint64Chunk(header.depositCursor),
      header.depositAccumulator,
      header.validatorSetRoot,
      header.nextValidatorSetRoot,
      uint64Chunk(header.timeNs),
    ];
    assert.equal(hex(batchHeaderRoot(header)), hex(merkleize(leaves, 16)));
  });

  it("serializes and hashes to the pinned bytes and root", () => {
    const bytes = BatchHeaderSsz.serialize(header);
    // 4-byte offset of the chain id, the fixed fields (8 × 32 + 4 × 8), then the chain id bytes.
    assert.equal(bytes.length, 4 + 8 * 32 + 4 * 8 + 15);
    assert.equal(hex(sha(bytes)), "1136917c8d6d5cc546a4ae94726070635a5eb51c48bdf14bcc833462b9a9ae29");
    assert.equal(
      hex(batchHeaderRoot(header)),
      "bb119a7b0f61602a2015628823e038017b644fd89062d466d702e3accb005618",
    );
    assert.deepEqual(BatchHeaderSsz.deserialize(bytes), header);
  });
});
