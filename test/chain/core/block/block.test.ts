import assert from "node:assert/strict";
import {
  blockIdOf,
  dataHash,
  decodeBlock,
  decodeBlockResults,
  encodeBlock,
  encodeBlockResults,
  headerHash,
} from "../../../../chain/core/block/index.js";
import { type Block, BlockIdFlag } from "../../../../chain/core/types/index.js";

function fixture(): Block {
  const b32 = (n: number) => new Uint8Array(32).fill(n);
  return {
    header: {
      version: { block: 11n, app: 0n },
      chainId: "strata-test-1",
      height: 7,
      timeNs: 1_750_000_000_123_456_789n,
      lastBlockId: { hash: b32(1), partSetHeader: { total: 1, hash: b32(2) } },
      lastCommitHash: b32(3),
      dataHash: dataHash([new Uint8Array([1, 2, 3])]),
      validatorsHash: b32(4),
      nextValidatorsHash: b32(4),
      consensusHash: b32(5),
      appHash: b32(6),
      lastResultsHash: b32(7),
      evidenceHash: b32(8),
      proposerAddress: new Uint8Array(20).fill(9),
    },
    txs: [new Uint8Array([1, 2, 3])],
    evidence: [],
    lastCommit: {
      height: 6,
      round: 0,
      blockId: { hash: b32(1), partSetHeader: { total: 1, hash: b32(2) } },
      signatures: [
        {
          blockIdFlag: BlockIdFlag.commit,
          validatorAddress: new Uint8Array(20).fill(9),
          timestamp: 5n,
          signature: new Uint8Array(64).fill(10),
        },
      ],
    },
  };
}

describe("block encoding (SSZ)", () => {
  it("round-trips a block through SSZ bytes", () => {
    const block = fixture();
    const decoded = decodeBlock(encodeBlock(block));
    assert.deepEqual(decoded, block);
    assert.deepEqual(blockIdOf(decoded), blockIdOf(block));
  });

  it("pins the header hash (golden) and changes it when any field changes", () => {
    const block = fixture();
    assert.equal(Buffer.from(headerHash(block.header)).toString("hex"), GOLDEN_HEADER_HASH);
    const changed = { ...block.header, height: 8 };
    assert.notDeepEqual(headerHash(changed), headerHash(block.header));
  });

  it("rejects malformed block bytes", () => {
    assert.throws(() => decodeBlock(new Uint8Array([1, 2, 3])));
  });

  it("round-trips block results through protobuf", () => {
    const results = {
      height: 3,
      txResults: [
        {
          code: 5,
          codespace: "sdk",
          log: "insufficient funds",
          info: "",
          data: new Uint8Array([1]),
          gasWanted: 200000n,
          gasUsed: 51234n,
          events: [{ type: "tx", attributes: [{ key: "fee", value: "500ustra", index: true }] }],
        },
      ],
      finalizeBlockEvents: [],
    };
    assert.deepEqual(decodeBlockResults(encodeBlockResults(results)), results);
  });
});

// Regression vector of the SSZ header root; a change here is a consensus-breaking change.
const GOLDEN_HEADER_HASH = "9d862f1fba63e0a26ac8bbec60ec7c1393de1b402845e16ffddf55a4ad41922a";
