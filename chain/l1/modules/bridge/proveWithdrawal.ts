import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isBridgeAddress, parseBridgeAmount } from "../../../core/rollup/deposits.js";
import { verifyProof } from "../../../core/rollup/merkleList.js";
import { MAX_DENOM_BYTES, WITHDRAWAL_TREE_DEPTH } from "../../../core/rollup/types.js";
import { withdrawalLeaf, withdrawalToSsz } from "../../../core/rollup/withdrawals.js";
import { BridgeCode, BridgeError } from "./errors.js";
import type { BridgeDeps } from "./keeper.js";
import { BRIDGE_MODULE, bridgeStore } from "./store.js";
import { isChainId } from "./validate.js";

const { MsgProveWithdrawal, MsgProveWithdrawalResponse } = strata.bridge.v1;

/** A `MsgProveWithdrawal` whose withdrawal is present (validateBasic refuses one without). */
type ProveMsg = strata.bridge.v1.MsgProveWithdrawal & { withdrawal: strata.bridge.v1.Withdrawal };

/**
 * Releases a child withdrawal from the escrow with its proof against an accepted batch
 * (ROLLUP.md, [wd-2]): the batch is accepted, its challenge window is over, the index is in the
 * batch's list and was never claimed, and the proof rebuilds the batch's withdrawal root. The
 * amount then moves from the `bridge` module account to the recipient (never to the claimer) and
 * the index is marked claimed.
 * @throws BridgeError for the first broken rule.
 */
export function proveWithdrawal(deps: BridgeDeps, ctx: Context, msg: ProveMsg): void {
  const { chainId, batchNumber, withdrawal: w } = msg;
  // [wd-2] the chain is registered and batch `batch_number` is accepted
  if (!deps.rollup.isRegistered(ctx, chainId))
    throw new BridgeError(BridgeCode.notRegistered, `chain ${chainId} is not registered`);
  const batch = deps.rollup.getBatch(ctx, chainId, batchNumber);
  if (!batch)
    throw new BridgeError(BridgeCode.batchNotAccepted, `batch ${batchNumber} of ${chainId} is not accepted`);
  // [wd-2] parent height ≥ acceptance height + challenge window ("claimable after height H" otherwise)
  const window = deps.rollup.challengeWindow(ctx, chainId) ?? 0;
  const from = batch.parentHeight + window;
  if (ctx.block.height < from) {
    throw new BridgeError(
      BridgeCode.notClaimableYet,
      `batch ${batchNumber} was accepted at height ${batch.parentHeight} with a ${window}-block challenge window: ` +
        `withdrawal ${w.index} is claimable after height ${from - 1} (from height ${from}), this is height ${ctx.block.height}`,
    );
  }
  // [wd-2] withdrawal.index < header.withdrawalCount
  const count = Number(batch.header.withdrawalCount);
  if (w.index >= count) {
    throw new BridgeError(
      BridgeCode.indexBeyondCount,
      `withdrawal ${w.index} is not among the ${count} withdrawals of batch ${batchNumber}`,
    );
  }
  // [wd-2] the index was never claimed
  const earlier = bridgeStore.getClaim(ctx, chainId, w.index);
  if (earlier) {
    throw new BridgeError(
      BridgeCode.alreadyClaimed,
      `withdrawal ${w.index} of ${chainId} was claimed at height ${earlier.parentHeight}`,
    );
  }
  // [wd-2] the proof rebuilds header.withdrawalRoot with the header's count; a tampered field fails here
  const leaf = withdrawalLeaf(withdrawalToSsz(w));
  if (!verifyProof(leaf, w.index, count, msg.proof, batch.header.withdrawalRoot)) {
    throw new BridgeError(
      BridgeCode.proofMismatch,
      `proof does not match the withdrawal root of batch ${batchNumber} for withdrawal ${w.index}`,
    );
  }
  // The escrow holds the bond denom only: a child that burned another denom cannot be paid from it.
  if (w.denom !== deps.denom) {
    throw new BridgeError(
      BridgeCode.wrongDenom,
      `withdrawal ${w.index} is in ${JSON.stringify(w.denom)}, the bridge escrows ${deps.denom}`,
    );
  }
  // A module account's balance is accounted by its module (the rollup bonds, staking pools):
  // paying one would break that module's invariant. The withdrawal stays in escrow.
  if (deps.bank.isBlockedAddr(w.recipient)) {
    throw new BridgeError(
      BridgeCode.recipientBlocked,
      `withdrawal ${w.index} pays ${w.recipient}, a module account that cannot receive funds`,
    );
  }
  const amount = BigInt(w.amount);
  // [wd-2] the amount moves from the bridge module account to the recipient
  deps.bank.sendFromModule(ctx, BRIDGE_MODULE, w.recipient, [{ denom: deps.denom, amount }]);
  bridgeStore.addClaim(ctx, {
    chainId,
    index: w.index,
    recipient: w.recipient,
    amount: w.amount,
    denom: w.denom,
    batchNumber,
    parentHeight: ctx.block.height,
  });
  ctx.events.emit("bridge_claim", {
    chain_id: chainId,
    index: w.index,
    recipient: w.recipient,
    amount: w.amount,
  });
}

/** `MsgProveWithdrawal`. */
export function proveWithdrawalHandler(deps: BridgeDeps): MsgHandler<ProveMsg> {
  return {
    typeUrl: MsgProveWithdrawal.getTypeUrl(""),
    decode: (bytes) => MsgProveWithdrawal.decode(bytes) as ProveMsg,
    validateBasic(msg) {
      const bad = (m: string) => new BridgeError(BridgeCode.invalidRequest, m);
      // [wd-2] anyone may claim: the claimer is any account address (it pays the fee)
      if (!isBridgeAddress(msg.claimer))
        throw bad(`claimer ${JSON.stringify(msg.claimer)} is not a 20-byte account address`);
      if (!isChainId(msg.chainId)) throw bad(`chain id ${JSON.stringify(msg.chainId)} is malformed`);
      if (!Number.isSafeInteger(msg.batchNumber) || msg.batchNumber < 1)
        throw bad("batch_number must be at least 1");
      const w = msg.withdrawal;
      if (!w) throw bad("the withdrawal is missing");
      // The withdrawal must be expressible as the SSZ Withdrawal the child hashed.
      if (!Number.isSafeInteger(w.index) || w.index < 0) throw bad("withdrawal index must be a u64");
      if (!isBridgeAddress(w.sender)) throw bad("withdrawal sender is not a 20-byte account address");
      if (!isBridgeAddress(w.recipient)) throw bad("withdrawal recipient is not a 20-byte account address");
      if (w.denom === "" || Buffer.byteLength(w.denom) > MAX_DENOM_BYTES)
        throw bad("withdrawal denom is malformed");
      if (parseBridgeAmount(w.amount) === undefined)
        throw bad(`withdrawal amount ${JSON.stringify(w.amount)} must be a positive amount`);
      // [wd-2] the proof is the 32 sibling hashes from the leaf up
      if (msg.proof.length !== WITHDRAWAL_TREE_DEPTH || msg.proof.some((p) => p.length !== 32))
        throw bad(`proof must be ${WITHDRAWAL_TREE_DEPTH} hashes of 32 bytes`);
    },
    signers: (msg) => [msg.claimer],
    execute(ctx, msg) {
      proveWithdrawal(deps, ctx, msg);
      return {
        typeUrl: MsgProveWithdrawalResponse.getTypeUrl(""),
        value: MsgProveWithdrawalResponse.encode({}).finish(),
      };
    },
  };
}
