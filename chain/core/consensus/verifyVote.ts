import { verifyEd25519 } from "../crypto/ed25519.js";
import { validateVoteBasic } from "./codec.js";
import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import { voteSignBytes } from "./signBytes.js";
import type { Vote } from "./types.js";
import type { Validator, ValidatorSet } from "./validatorSet.js";

/**
 * Checks that a vote is well formed, comes from the validator it names in `valSet`, and carries
 * a valid signature. Height is not checked here (callers know which height they expect).
 * @returns the signing validator.
 * @throws ConsensusError `malformed`, `unknownValidator` or `invalidSignature`.
 */
export function verifyVote(chainId: string, vote: Vote, valSet: ValidatorSet): Validator {
  validateVoteBasic(vote);
  const validator = valSet.getByIndex(vote.validatorIndex);
  // [REJECT] the index must name a validator of the set, and that validator must own the address.
  if (validator === undefined || Buffer.compare(validator.address, vote.validatorAddress) !== 0) {
    throw new ConsensusError(
      ConsensusErrorCode.unknownValidator,
      "vote is not from a validator of this set",
      {
        height: vote.height,
        validatorIndex: vote.validatorIndex,
        validatorAddress: Buffer.from(vote.validatorAddress).toString("hex"),
      },
    );
  }
  // [REJECT] the signature must verify over the vote's sign bytes under the validator's key.
  if (!verifyEd25519(validator.pubKey, voteSignBytes(chainId, vote), vote.signature)) {
    throw new ConsensusError(ConsensusErrorCode.invalidSignature, "vote signature does not verify", {
      height: vote.height,
      round: vote.round,
      validatorIndex: vote.validatorIndex,
    });
  }
  return validator;
}
