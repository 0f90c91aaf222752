import { MsgMultiSend, MsgMultiSendResponse } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { type Coin, formatCoins, parseCoins } from "../../app/coins.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import type { MsgHandler } from "../../app/module.js";
import { addressBytes } from "../../crypto/index.js";
import type { BankKeeper } from "./keeper.js";
import { assertNotBlocked, assertSendEnabled } from "./sendCoins.js";

function sum(into: Map<string, bigint>, coins: readonly Coin[]): void {
  for (const c of coins) into.set(c.denom, (into.get(c.denom) ?? 0n) + c.amount);
}

/**
 * `MsgMultiSend`: one input, many outputs; inputs and outputs must balance exactly, and no output
 * may be a blocked module account.
 */
export function multiSendHandler(bank: BankKeeper): MsgHandler<MsgMultiSend> {
  return {
    typeUrl: MsgMultiSend.typeUrl,
    decode: (bytes) => MsgMultiSend.decode(bytes),
    validateBasic(msg) {
      // [REJECT] exactly one input (the SDK dropped multi-input sends in v0.46)
      if (msg.inputs.length !== 1) {
        throw new SdkError(
          SdkCode.invalidRequest,
          `multi-send requires exactly one input, got ${msg.inputs.length}`,
        );
      }
      // [REJECT] at least one output
      if (msg.outputs.length === 0)
        throw new SdkError(SdkCode.invalidRequest, "no outputs to send transaction");
      const input = msg.inputs[0]!;
      addressBytes(input.address);
      const inTotal = new Map<string, bigint>();
      sum(inTotal, parseCoins(input.coins));
      const outTotal = new Map<string, bigint>();
      for (const out of msg.outputs) {
        addressBytes(out.address);
        sum(outTotal, parseCoins(out.coins));
      }
      // [REJECT] the sum of outputs must equal the input
      const same = inTotal.size === outTotal.size && [...inTotal].every(([d, a]) => outTotal.get(d) === a);
      if (!same) throw new SdkError(SdkCode.invalidCoins, "sum inputs != sum outputs");
    },
    signers: (msg) => msg.inputs.map((i) => i.address),
    execute(ctx, msg) {
      const input = msg.inputs[0]!;
      const inCoins = parseCoins(input.coins);
      assertSendEnabled(
        bank,
        ctx,
        inCoins.map((c) => c.denom),
      );
      for (const out of msg.outputs) assertNotBlocked(bank, out.address);
      for (const c of inCoins) {
        const have = bank.getBalance(ctx, input.address, c.denom);
        if (have < c.amount) {
          throw new SdkError(
            SdkCode.insufficientFunds,
            `spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`,
          );
        }
      }
      for (const out of msg.outputs) bank.send(ctx, input.address, out.address, parseCoins(out.coins));
      ctx.events.emit("message", { sender: input.address });
      ctx.events.emit("multi_send", { sender: input.address, amount: formatCoins(inCoins) });
      return { typeUrl: MsgMultiSendResponse.typeUrl, value: MsgMultiSendResponse.encode({}).finish() };
    },
  };
}
