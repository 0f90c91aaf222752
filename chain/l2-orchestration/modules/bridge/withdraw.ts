import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isBridgeAddress, parseBridgeAmount } from "../../../core/rollup/deposits.js";
import { appendLeaf, MAX_LEAVES, root } from "../../../core/rollup/merkleList.js";
import { withdrawalLeaf, withdrawalToSsz } from "../../../core/rollup/withdrawals.js";
import { BRIDGE_ACCOUNT, withNumbers } from "../../shared/index.js";
import { BridgeCode, BridgeError } from "./errors.js";
import type { BridgeDeps } from "./keeper.js";
import { bridgeStore } from "./store.js";

const { MsgWithdraw, MsgWithdrawResponse } = strata.l2bridge.v1;

/**
 * Appends a withdrawal whose coins are already burned: `Withdrawal{index = count, …}` is stored,
 * its leaf joins the incremental tree and the commitment is rewritten with the new root and count;
 * the burned total grows (ROLLUP.md, [wd-1]).
 * @returns the withdrawal's index.
 * @throws BridgeError(listFull) when the list holds 2^32 − 1 withdrawals.
 */
export function appendWithdrawal(
  ctx: Context,
  w: { sender: string; recipient: string; denom: string; amount: bigint },
): number {
  const commitment = bridgeStore.getCommitment(ctx);
  const index = Number(commitment.withdrawalCount);
  if (index >= MAX_LEAVES)
    throw new BridgeError(BridgeCode.listFull, `the withdrawal list holds ${index} withdrawals`);
  const record = {
    index,
    sender: w.sender,
    recipient: w.recipient,
    denom: w.denom,
    amount: w.amount.toString(),
    childHeight: ctx.block.height,
  };
  // [wd-1] the leaf hashTreeRoot(Withdrawal) joins the depth-32 incremental tree
  const tree = bridgeStore.getTree(ctx, index);
  appendLeaf(tree, withdrawalLeaf(withdrawalToSsz(record)));
  bridgeStore.setTree(ctx, tree);
  bridgeStore.setWithdrawal(ctx, record);
  // [wd-1] the commitment record is rewritten with the new root and count
  bridgeStore.setCommitment(ctx, {
    ...commitment,
    withdrawalRoot: root(tree),
    withdrawalCount: BigInt(tree.count),
  });
  bridgeStore.setTotalBurned(ctx, bridgeStore.totalBurned(ctx) + w.amount);
  return index;
}

/**
 * Burns `amount` of the bridge denom from `sender` for `recipient` on the parent: the coins move
 * to the `bridge` module account and are burned, and the withdrawal is appended (ROLLUP.md, [wd-1]).
 * @returns the withdrawal's index.
 * @throws SdkError(insufficientFunds) when the sender cannot pay; BridgeError(listFull).
 */
export function withdraw(deps: BridgeDeps, ctx: Context, msg: strata.l2bridge.v1.MsgWithdraw): number {
  const { denom } = bridgeStore.getParams(ctx);
  const amount = BigInt(msg.amount);
  const coins = [{ denom, amount }];
  // [wd-1] the coins move to the bridge module account (bank's insufficient funds) and are burned
  deps.bank.sendToModule(ctx, msg.sender, BRIDGE_ACCOUNT, coins);
  deps.bank.burn(ctx, BRIDGE_ACCOUNT, coins);
  const index = appendWithdrawal(ctx, { sender: msg.sender, recipient: msg.recipient, denom, amount });
  ctx.events.emit("bridge_withdraw", {
    index,
    sender: msg.sender,
    recipient: msg.recipient,
    amount: amount.toString(),
  });
  return index;
}

/** `MsgWithdraw`. */
export function withdrawHandler(deps: BridgeDeps): MsgHandler<strata.l2bridge.v1.MsgWithdraw> {
  return {
    typeUrl: MsgWithdraw.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgWithdraw.decode(bytes)),
    validateBasic(msg) {
      const bad = (m: string) => new BridgeError(BridgeCode.invalidRequest, m);
      // [wd-1] the sender is a canonical 20-byte account address (an SSZ Withdrawal holds 20 bytes)
      if (!isBridgeAddress(msg.sender))
        throw bad(`sender ${JSON.stringify(msg.sender)} is not a 20-byte account address`);
      // [wd-1] the recipient is a parent account address (bech32, same prefix, 20 bytes)
      if (!isBridgeAddress(msg.recipient))
        throw bad(`recipient ${JSON.stringify(msg.recipient)} is not a 20-byte account address`);
      // [wd-1] a positive amount
      if (parseBridgeAmount(msg.amount) === undefined)
        throw bad(`amount ${JSON.stringify(msg.amount)} must be a positive amount`);
    },
    signers: (msg) => [msg.sender],
    execute(ctx, msg) {
      const index = withdraw(deps, ctx, msg);
      return {
        typeUrl: MsgWithdrawResponse.getTypeUrl(""),
        value: MsgWithdrawResponse.encode({ index }).finish(),
      };
    },
  };
}
