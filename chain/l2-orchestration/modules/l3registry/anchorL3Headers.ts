import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { acceptBatch } from "../../../core/rollup/index.js";
import { isCanonicalAddress } from "../../shared/index.js";
import { L3RegistryCode, L3RegistryError } from "./errors.js";
import { isL3ChainId } from "./registerL3.js";
import { l3registryStore } from "./store.js";

const { MsgAnchorL3Headers, MsgAnchorL3HeadersResponse } = strata.l3registry.v1;

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

/**
 * Anchors consecutive L3 headers (L2 RULES.md, "l3registry", [l3r-5]..[l3r-7]): every item is
 * checked in order by the shared rollup verifier (`verifyBatch`, ROLLUP.md [batch-2]..[batch-11]
 * with [anchor-1]: no bridge, so the commitment key is proven absent and no deposits exist) against
 * the registered validator set, so a header counts only with the commit of more than 2/3 of the L3
 * voting power. Then each is stored as a `BatchRecord`, the chain's `last_number` and held set move
 * on, and an `l3_anchor` event is emitted per header. All or nothing: nothing is written before
 * every item has passed.
 * @throws L3RegistryError(unknownChain | tooManyItems), BatchError naming the refused header.
 */
export function anchorL3Headers(
  ctx: Context,
  msg: strata.l3registry.v1.MsgAnchorL3Headers,
): { lastNumber: number } {
  const params = l3registryStore.getParams(ctx);
  // [l3r-5] the chain is registered
  const chain = l3registryStore.getChain(ctx, msg.chainId);
  if (!chain)
    throw new L3RegistryError(
      L3RegistryCode.unknownChain,
      `L3 chain ${JSON.stringify(msg.chainId)} is not registered`,
    );
  // [l3r-5] 1..max_items_per_anchor items
  if (msg.items.length > params.maxItemsPerAnchor)
    throw new L3RegistryError(
      L3RegistryCode.tooManyItems,
      `${msg.items.length} headers, above max_items_per_anchor ${params.maxItemsPerAnchor}`,
    );
  // [l3r-6] the shared verifier: > 2/3 of the held set signed each block; numbering, chaining,
  // derived header fields; [anchor-1] no commitment record, no deposits. [l3r-7] then each header
  // is stored and the chain's position and next set move on.
  const verified = acceptBatch(
    {
      chain,
      getRecord: (number) => l3registryStore.getHeader(ctx, msg.chainId, number),
      setRecord: (record) => l3registryStore.setHeader(ctx, record),
      saveChain: () => l3registryStore.setChain(ctx, chain),
    },
    {
      chainId: msg.chainId,
      deposits: { count: 0, accumulatorAt: () => new Uint8Array(32) },
      noCommitment: true,
      charge: (signatures) =>
        ctx.gas.consume(
          BigInt(params.gasPerItem) + BigInt(params.gasPerSignature) * BigInt(signatures),
          "l3 header",
        ),
    },
    msg.items,
    { submitter: msg.submitter, parentHeight: ctx.block.height },
  );
  for (const v of verified) {
    ctx.events.events.push({
      type: "l3_anchor",
      attributes: [
        { key: "chain_id", value: msg.chainId, index: true },
        { key: "number", value: String(v.header.number), index: true },
        { key: "block_hash", value: hex(v.header.blockHash), index: false },
        { key: "state_root", value: hex(v.header.stateRoot), index: false },
      ],
    });
  }
  return { lastNumber: Number(chain.lastNumber) };
}

/** `MsgAnchorL3Headers`. */
export function anchorL3HeadersHandler(): MsgHandler<strata.l3registry.v1.MsgAnchorL3Headers> {
  return {
    typeUrl: MsgAnchorL3Headers.getTypeUrl(""),
    decode: (bytes) => MsgAnchorL3Headers.decode(bytes),
    validateBasic(msg) {
      const bad = (m: string) => new L3RegistryError(L3RegistryCode.invalidRequest, m);
      // [REJECT] the submitter is a canonical account address
      if (!isCanonicalAddress(msg.submitter))
        throw bad(`submitter ${JSON.stringify(msg.submitter)} is not an account address`);
      // [REJECT] a well-formed chain id
      if (!isL3ChainId(msg.chainId)) throw bad(`chain id ${JSON.stringify(msg.chainId)} is malformed`);
      // [REJECT] at least one header (the upper bound is a param, checked in execute)
      if (msg.items.length === 0) throw new L3RegistryError(L3RegistryCode.tooManyItems, "no headers");
    },
    signers: (msg) => [msg.submitter],
    execute(ctx, msg) {
      const { lastNumber } = anchorL3Headers(ctx, msg);
      return {
        typeUrl: MsgAnchorL3HeadersResponse.getTypeUrl(""),
        value: MsgAnchorL3HeadersResponse.encode({ lastNumber }).finish(),
      };
    },
  };
}
