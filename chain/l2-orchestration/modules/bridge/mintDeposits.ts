import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import {
  depositToSsz,
  isBridgeAddress,
  nextAccumulator,
  parseBridgeAmount,
} from "../../../core/rollup/deposits.js";
import { type Decoded, isCanonicalAddress, withNumbers } from "../../shared/index.js";
import { BridgeCode, BridgeError } from "./errors.js";
import type { BridgeDeps } from "./keeper.js";
import { bridgeStore } from "./store.js";
import { appendWithdrawal } from "./withdraw.js";

const { MsgMintDeposits: MsgMintDepositsProto, MsgMintDepositsResponse } = strata.l2bridge.v1;

/** A decoded `MsgMintDeposits`. */
export type MsgMintDeposits = Decoded<strata.l2bridge.v1.IMsgMintDeposits>;

/** Most deposits one `MsgMintDeposits` carries. */
export const MAX_DEPOSITS_PER_MSG = 1000;

/**
 * Mints parent deposits strictly in nonce order (ROLLUP.md, [dep-2]): each deposit's nonce is
 * `cursor + 1` and its denom the bridge denom; its amount is minted to the recipient, the cursor
 * and accumulator advance (`acc = sha256(acc ‖ hashTreeRoot(Deposit))`) and the commitment record
 * is rewritten. A deposit to a module account bank blocks (which holds funds accounted per record)
 * is minted and withdrawn at once to its parent sender: the cursor still advances, nothing is
 * skipped, and the sender claims the coins back on the parent.
 * @returns the new deposit cursor.
 * @throws BridgeError(unauthorizedRelayer | alreadyMinted | nonceGap | wrongDenom | listFull).
 */
export function mintDeposits(deps: BridgeDeps, ctx: Context, msg: MsgMintDeposits): number {
  const params = bridgeStore.getParams(ctx);
  // [dep-2] the relayer is in params.relayers
  if (!params.relayers.includes(msg.relayer)) {
    throw new BridgeError(
      BridgeCode.unauthorizedRelayer,
      `${msg.relayer} is not one of the ${params.relayers.length} relayers in the bridge params`,
    );
  }
  const start = bridgeStore.getCommitment(ctx);
  let cursor = Number(start.depositCursor);
  let acc = start.depositAccumulator;
  const flush = () =>
    bridgeStore.setCommitment(ctx, {
      ...bridgeStore.getCommitment(ctx),
      depositCursor: BigInt(cursor),
      depositAccumulator: acc,
    });
  let minted = bridgeStore.totalMinted(ctx);
  for (const d of msg.deposits) {
    // [dep-2] strictly in order: nonce = cursor + 1, none twice, none skipped
    if (d.nonce <= cursor)
      throw new BridgeError(BridgeCode.alreadyMinted, `deposit ${d.nonce} was minted (cursor ${cursor})`);
    if (d.nonce !== cursor + 1)
      throw new BridgeError(BridgeCode.nonceGap, `expected deposit ${cursor + 1}, got ${d.nonce}`);
    // [dep-2] the denom is the bridge denom
    if (d.denom !== params.denom) {
      throw new BridgeError(
        BridgeCode.wrongDenom,
        `deposit ${d.nonce} is in ${JSON.stringify(d.denom)}, the bridge denom is ${params.denom}`,
      );
    }
    const amount = BigInt(d.amount);
    // [dep-2] the accumulator advances with the parent's formula ([dep-1])
    acc = nextAccumulator(acc, depositToSsz(d));
    cursor = d.nonce;
    minted += amount;
    bridgeStore.setMinted(ctx, {
      nonce: d.nonce,
      sender: d.sender,
      recipient: d.recipient,
      amount: d.amount,
      parentHeight: d.parentHeight,
      mintedHeight: ctx.block.height,
    });
    if (deps.bank.isBlockedAddr(d.recipient)) {
      // A module account's balance is accounted by its module; coins minted into it would break
      // that module's invariant. Minted and burned at once: the sender claims them on the parent.
      flush();
      const index = appendWithdrawal(ctx, {
        sender: d.recipient,
        recipient: d.sender,
        denom: params.denom,
        amount,
      });
      ctx.events.emit("bridge_bounce", { nonce: d.nonce, index, recipient: d.sender, amount: d.amount });
    } else {
      deps.bank.mint(ctx, d.recipient, [{ denom: params.denom, amount }]);
    }
    ctx.events.emit("bridge_mint", { nonce: d.nonce, recipient: d.recipient, amount: d.amount });
  }
  flush();
  bridgeStore.setTotalMinted(ctx, minted);
  return cursor;
}

/** `MsgMintDeposits`. */
export function mintDepositsHandler(deps: BridgeDeps): MsgHandler<MsgMintDeposits> {
  return {
    typeUrl: MsgMintDepositsProto.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgMintDepositsProto.decode(bytes)) as unknown as MsgMintDeposits,
    validateBasic(msg) {
      const bad = (m: string) => new BridgeError(BridgeCode.invalidRequest, m);
      // [dep-2] the relayer is a canonical account address
      if (!isCanonicalAddress(msg.relayer))
        throw bad(`relayer ${JSON.stringify(msg.relayer)} is not an account address`);
      // [dep-2] 1..MAX_DEPOSITS_PER_MSG deposits
      if (msg.deposits.length === 0 || msg.deposits.length > MAX_DEPOSITS_PER_MSG)
        throw bad(`a message mints 1 to ${MAX_DEPOSITS_PER_MSG} deposits, got ${msg.deposits.length}`);
      msg.deposits.forEach((d, i) => {
        const where = `deposits[${i}] (nonce ${d.nonce})`;
        // [dep-2] nonces count up by one within the message (the cursor check is stateful)
        if (!Number.isSafeInteger(d.nonce) || d.nonce < 1) throw bad(`${where}: nonce must be at least 1`);
        if (i > 0 && d.nonce !== msg.deposits[i - 1]!.nonce + 1)
          throw bad(`${where}: nonces must be consecutive, the previous is ${msg.deposits[i - 1]!.nonce}`);
        // [dep-1] sender and recipient are 20-byte account addresses, the amount is positive
        if (!isBridgeAddress(d.sender)) throw bad(`${where}: sender is not a 20-byte account address`);
        if (!isBridgeAddress(d.recipient)) throw bad(`${where}: recipient is not a 20-byte account address`);
        if (parseBridgeAmount(d.amount) === undefined)
          throw bad(`${where}: amount ${JSON.stringify(d.amount)} must be a positive amount`);
        if (d.parentHeight < 1) throw bad(`${where}: parent_height must be at least 1`);
      });
    },
    signers: (msg) => [msg.relayer],
    execute(ctx, msg) {
      const depositCursor = mintDeposits(deps, ctx, msg);
      return {
        typeUrl: MsgMintDepositsResponse.getTypeUrl(""),
        value: MsgMintDepositsResponse.encode({ depositCursor }).finish(),
      };
    },
  };
}
