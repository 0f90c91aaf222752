import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import {
  depositToSsz,
  isBridgeAddress,
  nextAccumulator,
  parseBridgeAmount,
} from "../../../core/rollup/deposits.js";
import { BridgeCode, BridgeError } from "./errors.js";
import type { BridgeDeps } from "./keeper.js";
import { BRIDGE_MODULE, bridgeStore } from "./store.js";
import { isChainId } from "./validate.js";

const { MsgDeposit, MsgDepositResponse } = strata.bridge.v1;

/**
 * Locks `amount` of the bond denom from `sender` for `recipient` on child chain `chain_id`
 * (ROLLUP.md, [dep-1]): the coins move to the `bridge` module account, the deposit gets nonce
 * `count + 1`, and it is stored with its parent height and `acc[nonce]`.
 * @returns the deposit's nonce.
 * @throws BridgeError(notRegistered), SdkError(insufficientFunds) when the sender cannot pay.
 */
export function deposit(deps: BridgeDeps, ctx: Context, msg: strata.bridge.v1.MsgDeposit): number {
  // [dep-1] the chain is registered
  if (!deps.rollup.isRegistered(ctx, msg.chainId))
    throw new BridgeError(BridgeCode.notRegistered, `chain ${msg.chainId} is not registered`);
  const amount = BigInt(msg.amount);
  // [dep-1] the coins move from sender to the bridge module account (bank's insufficient funds)
  deps.bank.sendToModule(ctx, msg.sender, BRIDGE_MODULE, [{ denom: deps.denom, amount }]);
  // [dep-1] nonce = count + 1 per chain; acc[nonce] = sha256(acc[nonce−1] ‖ hashTreeRoot(Deposit))
  const count = bridgeStore.depositCount(ctx, msg.chainId);
  const nonce = count + 1;
  const record = {
    nonce,
    sender: msg.sender,
    recipient: msg.recipient,
    denom: deps.denom,
    amount: amount.toString(),
    parentHeight: ctx.block.height,
  };
  const accumulator = nextAccumulator(
    bridgeStore.accumulatorAt(ctx, msg.chainId, count),
    depositToSsz(record),
  );
  bridgeStore.addDeposit(ctx, { chainId: msg.chainId, ...record, accumulator });
  ctx.events.emit("bridge_deposit", {
    chain_id: msg.chainId,
    nonce,
    sender: msg.sender,
    recipient: msg.recipient,
    amount: amount.toString(),
  });
  return nonce;
}

/** `MsgDeposit`. */
export function depositHandler(deps: BridgeDeps): MsgHandler<strata.bridge.v1.MsgDeposit> {
  return {
    typeUrl: MsgDeposit.getTypeUrl(""),
    decode: (bytes) => MsgDeposit.decode(bytes),
    validateBasic(msg) {
      const bad = (m: string) => new BridgeError(BridgeCode.invalidRequest, m);
      // [dep-1] the sender is a canonical 20-byte account address (an SSZ Deposit holds 20 bytes)
      if (!isBridgeAddress(msg.sender))
        throw bad(`sender ${JSON.stringify(msg.sender)} is not a 20-byte account address`);
      // [dep-1] the chain id has the registered form ([reg-1])
      if (!isChainId(msg.chainId)) throw bad(`chain id ${JSON.stringify(msg.chainId)} is malformed`);
      // [dep-1] the recipient is a valid (20-byte) account address
      if (!isBridgeAddress(msg.recipient))
        throw bad(`recipient ${JSON.stringify(msg.recipient)} is not a 20-byte account address`);
      // [dep-1] a positive amount
      if (parseBridgeAmount(msg.amount) === undefined)
        throw bad(`amount ${JSON.stringify(msg.amount)} must be a positive amount`);
    },
    signers: (msg) => [msg.sender],
    execute(ctx, msg) {
      const nonce = deposit(deps, ctx, msg);
      return {
        typeUrl: MsgDepositResponse.getTypeUrl(""),
        value: MsgDepositResponse.encode({ nonce }).finish(),
      };
    },
  };
}
