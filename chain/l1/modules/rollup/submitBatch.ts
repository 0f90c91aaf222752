import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { acceptBatch } from "../../../core/rollup/index.js";
import { RollupCode, RollupError } from "./errors.js";
import type { RollupDeps } from "./keeper.js";
import { isCanonicalAddress, isChainId } from "./registerRollup.js";
import { rollupStore } from "./store.js";

const { MsgSubmitBatch, MsgSubmitBatchResponse } = strata.rollup.v1;

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

/**
 * Accepts consecutive child blocks (ROLLUP.md, "Batch acceptance"): `acceptBatch` checks every item
 * in order against the previous one ([batch-1]..[batch-11], `verifyBatch`), stores each as a
 * `BatchRecord` and moves the chain's `last_number` and held validator set on; a `rollup_batch`
 * event is emitted per item. All or nothing: the app runs each message on a branch of the state,
 * and nothing here writes before every item has passed.
 * Gas: `gas_per_item` plus `gas_per_signature` per commit signature present, charged per item
 * before its signatures are verified.
 * @throws RollupError(notRegistered | tooManyItems), BatchError naming the refused batch.
 */
export function submitBatch(
  deps: RollupDeps,
  ctx: Context,
  msg: strata.rollup.v1.MsgSubmitBatch,
): { lastNumber: number } {
  const params = rollupStore.getParams(ctx);
  // [batch-1] the chain is registered
  const rollup = rollupStore.getRollup(ctx, msg.chainId);
  if (!rollup)
    throw new RollupError(RollupCode.notRegistered, `chain ${JSON.stringify(msg.chainId)} is not registered`);
  if (msg.items.length > params.maxItemsPerBatch)
    throw new RollupError(
      RollupCode.tooManyItems,
      `${msg.items.length} items, above max_items_per_batch ${params.maxItemsPerBatch}`,
    );
  const verified = acceptBatch(
    {
      chain: rollup,
      getRecord: (number) => rollupStore.getBatch(ctx, msg.chainId, number),
      setRecord: (record) => rollupStore.setBatch(ctx, record),
      saveChain: () => rollupStore.setRollup(ctx, rollup),
    },
    {
      chainId: msg.chainId,
      deposits: {
        count: deps.deposits.depositCount(ctx, msg.chainId),
        accumulatorAt: (nonce) => deps.deposits.accumulatorAt(ctx, msg.chainId, nonce),
      },
      charge: (signatures) =>
        ctx.gas.consume(
          BigInt(params.gasPerItem) + BigInt(params.gasPerSignature) * BigInt(signatures),
          "rollup batch item",
        ),
    },
    msg.items,
    { submitter: msg.submitter, parentHeight: ctx.block.height },
  );
  for (const v of verified) {
    ctx.events.events.push({
      type: "rollup_batch",
      attributes: [
        { key: "chain_id", value: msg.chainId, index: true },
        { key: "number", value: String(v.header.number), index: true },
        { key: "block_hash", value: hex(v.header.blockHash), index: false },
        { key: "state_root", value: hex(v.header.stateRoot), index: false },
        { key: "txs", value: String(v.block.txs.length), index: false },
      ],
    });
  }
  return { lastNumber: Number(rollup.lastNumber) };
}

/** `MsgSubmitBatch`. */
export function submitBatchHandler(deps: RollupDeps): MsgHandler<strata.rollup.v1.MsgSubmitBatch> {
  return {
    typeUrl: MsgSubmitBatch.getTypeUrl(""),
    decode: (bytes) => MsgSubmitBatch.decode(bytes),
    validateBasic(msg) {
      const bad = (m: string) => new RollupError(RollupCode.invalidRequest, m);
      // [REJECT] the submitter is a canonical account address
      if (!isCanonicalAddress(msg.submitter))
        throw bad(`submitter ${JSON.stringify(msg.submitter)} is not an account address`);
      // [REJECT] a well-formed chain id
      if (!isChainId(msg.chainId)) throw bad(`chain id ${JSON.stringify(msg.chainId)} is malformed`);
      // [REJECT] at least one item (the upper bound is a param, checked in execute)
      if (msg.items.length === 0) throw new RollupError(RollupCode.tooManyItems, "no items");
    },
    signers: (msg) => [msg.submitter],
    execute(ctx, msg) {
      const { lastNumber } = submitBatch(deps, ctx, msg);
      return {
        typeUrl: MsgSubmitBatchResponse.getTypeUrl(""),
        value: MsgSubmitBatchResponse.encode({ lastNumber }).finish(),
      };
    },
  };
}
