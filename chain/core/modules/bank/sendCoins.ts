import { MsgSend, MsgSendResponse } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { parseCoins } from "../../app/coins.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import type { MsgHandler } from "../../app/module.js";
import { addressBytes } from "../../crypto/index.js";
import type { BankKeeper } from "./keeper.js";

/**
 * Checks the send-enabled parameter for every denom moved.
 * @throws SdkError(invalidRequest) when a denom is not transferable.
 */
export function assertSendEnabled(
  bank: BankKeeper,
  ctx: Parameters<BankKeeper["getParams"]>[0],
  denoms: string[],
): void {
  const params = bank.getParams(ctx);
  for (const denom of denoms) {
    const entry = params.sendEnabled.find((s) => s.denom === denom);
    const enabled = entry ? entry.enabled : params.defaultSendEnabled;
    // [REJECT] transfers of a denom with send disabled
    if (!enabled) throw new SdkError(SdkCode.invalidRequest, `${denom} transfers are currently disabled`);
  }
}

/**
 * Refuses a recipient that is a blocked module account (the SDK's `BlockedAddr` check of the
 * bank message server). `address` is written into the log as the message spelled it.
 * @throws SdkError(unauthorized) `<address> is not allowed to receive funds`.
 */
export function assertNotBlocked(bank: Pick<BankKeeper, "isBlockedAddr">, address: string): void {
  // [REJECT] module accounts receive funds only from their modules, never from a transfer message
  if (bank.isBlockedAddr(address))
    throw new SdkError(SdkCode.unauthorized, `${address} is not allowed to receive funds`);
}

/** `MsgSend`: moves coins from one account to another (never to a blocked module account). */
export function sendCoinsHandler(bank: BankKeeper): MsgHandler<MsgSend> {
  return {
    typeUrl: MsgSend.typeUrl,
    decode: (bytes) => MsgSend.decode(bytes),
    validateBasic(msg) {
      // [REJECT] both addresses must be valid bech32 strata addresses
      addressBytes(msg.fromAddress);
      addressBytes(msg.toAddress);
      // [REJECT] amount must be valid, positive, sorted coins
      parseCoins(msg.amount);
    },
    signers: (msg) => [msg.fromAddress],
    execute(ctx, msg) {
      const coins = parseCoins(msg.amount);
      assertSendEnabled(
        bank,
        ctx,
        coins.map((c) => c.denom),
      );
      assertNotBlocked(bank, msg.toAddress);
      bank.send(ctx, msg.fromAddress, msg.toAddress, coins);
      ctx.events.emit("message", { sender: msg.fromAddress });
      return { typeUrl: MsgSendResponse.typeUrl, value: MsgSendResponse.encode({}).finish() };
    },
  };
}
