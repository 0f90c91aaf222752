import assert from "node:assert/strict";
import * as noble from "@noble/ed25519";
import {
  BlockIdFlag,
  type Commit,
  ConsensusError,
  ConsensusErrorCode,
  createKeySigner,
  decodeCommit,
  decodeDuplicateVoteEvidence,
  decodeProposal,
  decodeVote,
  ed25519FromSeed,
  encodeCommit,
  encodeDuplicateVoteEvidence,
  encodeProposal,
  encodeVote,
  nilBlockId,
  proposalSignBytes,
  ValidatorSet,
  VoteSsz,
  VoteType,
  voteSignBytes,
} from "../../../../chain/core/consensus/index.js";
import { hex } from "./helpers.js";

// Golden vectors: fixed inputs, pinned outputs. A change here is a consensus-breaking wire change.
const seed = new Uint8Array(32).fill(1);
const key = ed25519FromSeed(seed);
const signer = createKeySigner(key);
const blockId = {
  hash: new Uint8Array(32).fill(0xaa),
  partSetHeader: { total: 3, hash: new Uint8Array(32).fill(0xbb) },
};
const vote = signer.signVote("strata-1", {
  type: VoteType.precommit,
  height: 42,
  round: 3,
  blockId,
  timestamp: 1_735_689_600_123_456_789n,
  validatorAddress: key.address,
  validatorIndex: 5,
});
const proposal = signer.signProposal("strata-1", {
  height: 42,
  round: 3,
  polRound: -1,
  blockId,
  timestamp: 1_735_689_600_000_000_000n,
});

describe("consensus/codec", () => {
  it("matches the golden vectors for keys, votes, proposals and validator sets", () => {
    assert.equal(hex(key.pubKey), "8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c");
    assert.equal(hex(key.address), "34750f98bd59fcfc946da45aaabe933be154a4b5");
    assert.equal(
      hex(encodeVote(vote)),
      "022a0000000000000003000000" +
        "aa".repeat(32) +
        "03000000" +
        "bb".repeat(32) +
        "15cdb2c77e681618" +
        "34750f98bd59fcfc946da45aaabe933be154a4b5" +
        "05000000" +
        "722dbae9c6cdf64d1948f9df0b94d275f1743758005da95f7d2f7386aa24f145" +
        "8b7a706da6349393a01aa247f894594a2256bd15d786d087d0185769f221db00",
    );
    assert.equal(
      hex(VoteSsz.hashTreeRoot(vote)),
      "d1b905a5937a39fb32968d59de108f0bf669863251b9e90751f44cd8772732e9",
    );
    assert.equal(
      hex(voteSignBytes("strata-1", vote)),
      "04035c60e6015f3c690f6673a055f65790a6f3940c0d4ce826f289d4f891d813",
    );
    assert.equal(
      hex(encodeProposal(proposal)).slice(0, 32),
      "2a0000000000000003000000ffffffff",
      "height, round, polRound −1 as u32 max",
    );
    assert.equal(
      hex(proposalSignBytes("strata-1", proposal)),
      "66690da1e0a6f87276f322f0c38a7fa362d44c4b80d72e2cee6513698a95f5e0",
    );
    const set = ValidatorSet.create([{ pubKey: key.pubKey, votingPower: 10n }]);
    assert.equal(hex(set.hash()), "90704cbc956e64c739c94cb720e6b714556a9e87f8b8b45efa24977fd7030d50");
  });

  it("signs byte-identically to @noble/ed25519", async () => {
    assert.equal(hex(await noble.getPublicKeyAsync(seed)), hex(key.pubKey));
    assert.equal(hex(await noble.signAsync(voteSignBytes("strata-1", vote), seed)), hex(vote.signature));
  });

  it("separates domains and chains", () => {
    assert.notEqual(hex(voteSignBytes("strata-1", vote)), hex(voteSignBytes("strata-2", vote)));
    const asProposal = proposalSignBytes("strata-1", { ...proposal, blockId: vote.blockId });
    assert.notEqual(hex(asProposal), hex(voteSignBytes("strata-1", vote)));
  });

  it("round-trips votes, proposals, commits and evidence", () => {
    assert.deepEqual(decodeVote(encodeVote(vote)), vote);
    assert.deepEqual(decodeProposal(encodeProposal(proposal)), proposal);
    const withPol = signer.signProposal("strata-1", { ...proposal, polRound: 2 });
    assert.deepEqual(decodeProposal(encodeProposal(withPol)), withPol);
    const commit: Commit = {
      height: 42,
      round: 3,
      blockId,
      signatures: [
        {
          blockIdFlag: BlockIdFlag.commit,
          validatorAddress: key.address,
          timestamp: 5n,
          signature: vote.signature,
        },
        {
          blockIdFlag: BlockIdFlag.absent,
          validatorAddress: new Uint8Array(20),
          timestamp: 0n,
          signature: new Uint8Array(64),
        },
      ],
    };
    assert.deepEqual(decodeCommit(encodeCommit(commit)), commit);
    const other = signer.signVote("strata-1", { ...vote, blockId: nilBlockId() });
    const ev = { voteA: vote, voteB: other, totalVotingPower: 10n, validatorPower: 1n, timestamp: 9n };
    assert.deepEqual(decodeDuplicateVoteEvidence(encodeDuplicateVoteEvidence(ev)), ev);
  });

  it("rejects malformed bytes at the edge", () => {
    const isMalformed = (err: unknown) =>
      err instanceof ConsensusError && err.reason === ConsensusErrorCode.malformed;
    assert.throws(() => decodeVote(new Uint8Array(10)), isMalformed);
    const bytes = encodeVote(vote);
    const badType = bytes.slice();
    badType[0] = 7;
    assert.throws(() => decodeVote(badType), isMalformed);
    const hugeHeight = bytes.slice();
    hugeHeight.fill(0xff, 1, 9);
    assert.throws(() => decodeVote(hugeHeight), isMalformed);
    const nilProposal = encodeProposal({ ...proposal, blockId: nilBlockId() });
    assert.throws(() => decodeProposal(nilProposal), isMalformed);
    const badAbsent: Commit = {
      height: 1,
      round: 0,
      blockId,
      signatures: [
        {
          blockIdFlag: BlockIdFlag.absent,
          validatorAddress: key.address,
          timestamp: 0n,
          signature: new Uint8Array(64),
        },
      ],
    };
    assert.throws(() => decodeCommit(encodeCommit(badAbsent)), isMalformed);
  });
});
