import { TxResponse } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import {
  GetTxRequest,
  GetTxResponse,
  SimulateRequest,
  SimulateResponse,
} from "cosmjs-types/cosmos/tx/v1beta1/service";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { App } from "../app/app.js";
import { type BlockInfo, moduleStorePrefix } from "../app/context.js";
import { SdkCode } from "../app/errors.js";
import type { BlockStore } from "../blockstore/index.js";
import { toHexUpper } from "../crypto/index.js";
import { StrataError } from "../errors/index.js";
import type { CommitStore, KVStore } from "../store/index.js";
import type { QueryResult } from "../types/index.js";

// The query paths a node answers itself, outside the modules: they need the block store, the
// commitment or a scratch execution rather than module state.

/**
 * `/store/<module>/key`: a raw read of one module key, with a Merkle proof of presence or
 * absence against the latest app hash when `prove` is set.
 */
export async function queryRawStore(
  store: CommitStore,
  base: QueryResult,
  module: string,
  key: Uint8Array,
  prove: boolean,
): Promise<QueryResult> {
  const full = Buffer.concat([moduleStorePrefix(module), key]);
  const value = store.working().get(full) ?? new Uint8Array();
  if (!prove) return { ...base, key, value };
  const proof = await store.prove(full);
  const data = new TextEncoder().encode(
    JSON.stringify(proof, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v)),
  );
  return { ...base, key, value, proofOps: [{ type: "strata:state", key: full, data }] };
}

/** `/cosmos.tx.v1beta1.Service/GetTx`: a committed tx and its result, or NotFound (code 22). */
export async function queryGetTx(
  blocks: BlockStore,
  base: QueryResult,
  data: Uint8Array,
): Promise<QueryResult> {
  const { hash } = GetTxRequest.decode(data);
  const itx = /^[0-9a-fA-F]{64}$/.test(hash) ? await blocks.getTx(Buffer.from(hash, "hex")) : undefined;
  if (!itx) {
    return {
      ...base,
      code: SdkCode.keyNotFound,
      codespace: "sdk",
      log: `rpc error: code = NotFound desc = tx not found: ${hash}: key not found`,
    };
  }
  const txResponse = TxResponse.fromPartial({
    height: BigInt(itx.height),
    txhash: toHexUpper(itx.hash),
    code: itx.result.code,
    codespace: itx.result.codespace,
    rawLog: itx.result.log,
    gasWanted: itx.result.gasWanted,
    gasUsed: itx.result.gasUsed,
    events: itx.result.events,
  });
  return { ...base, value: GetTxResponse.encode({ tx: Tx.decode(itx.tx), txResponse }).finish() };
}

/**
 * `/cosmos.tx.v1beta1.Service/Simulate`: runs the tx on a throwaway branch of `state` without
 * signature checks and reports the gas it used.
 * @throws StrataError with the tx's own code when it fails, as the SDK answers.
 */
export function simulateQuery(app: App, state: KVStore, block: BlockInfo, request: Uint8Array): Uint8Array {
  const { txBytes, tx } = SimulateRequest.decode(request);
  const bytes = txBytes.length > 0 ? txBytes : tx ? Tx.encode(tx).finish() : new Uint8Array();
  const r = app.simulate(state, block, bytes);
  if (r.code !== 0) throw new StrataError(r.codespace, r.code, r.log);
  return SimulateResponse.encode({
    gasInfo: { gasWanted: r.gasWanted, gasUsed: r.gasUsed },
    result: { data: new Uint8Array(), log: r.log, events: r.events, msgResponses: [] },
  }).finish();
}
