/**
 * L3 chains as the L2's `l3registry` module records them: each chain's registration and the L3
 * headers anchored on L2 (SSZ headers, decoded for height, time and app hash). Only commitments are
 * on L2; nothing here is, or could be, decrypted data. An L2 without the module answers "unknown
 * query path", which the page reports as "no L3 registry".
 */
import { createProtobufRpcClient, type QueryClient } from "@cosmjs/stargate";
import { HeaderSsz } from "../../chain/core/block/index.js";
import { strata } from "../../proto/gen/strata.js";
import type { AnchoredHeader, L3ChainRow } from "../shared/api.js";

/** The L2 answered that it has no such query service. */
export function isUnknownService(err: unknown): boolean {
  return /unknown query path|unknown request|not implemented/i.test(String((err as Error)?.message ?? err));
}

/** The registry's query service over a cosmjs `QueryClient`. */
export function l3RegistryQuery(base: QueryClient): strata.l3registry.v1.Query {
  const rpc = createProtobufRpcClient(base);
  return new strata.l3registry.v1.Query((method, data, callback) => {
    rpc.request("strata.l3registry.v1.Query", method.name, data).then(
      (bytes) => callback(null, bytes),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
    );
  });
}

const hex = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? []).toString("hex");

/** A registered L3 chain as a row. */
export function l3ChainRow(c: strata.l3registry.v1.IL3Chain): L3ChainRow {
  return {
    chainId: c.chainId ?? "",
    name: c.name ?? "",
    creator: c.creator ?? "",
    admins: [...(c.admins ?? [])],
    genesisSha256: hex(c.genesisSha256),
    registeredHeight: Number(c.registeredHeight ?? 0),
    lastNumber: Number(c.lastNumber ?? 0),
    validators: (c.validators ?? []).map((v) => ({ pubKey: hex(v.pubKey), power: String(v.power ?? 0) })),
  };
}

/**
 * An anchored header as a row; the SSZ header is decoded for its height, time and app hash (a
 * header that does not decode keeps only the record's fields).
 */
export function anchoredHeaderRow(r: strata.rollup.v1.IBatchRecord): AnchoredHeader {
  const row: AnchoredHeader = {
    number: Number(r.number ?? 0),
    l2Height: Number(r.parentHeight ?? 0),
    submitter: r.submitter ?? "",
    headerRoot: hex(r.headerRoot).toUpperCase(),
    height: null,
    time: null,
    appHash: null,
  };
  try {
    const h = HeaderSsz.deserialize(r.header ?? new Uint8Array());
    row.height = Number(h.height);
    row.time = new Date(Number(BigInt(h.timeNs) / 1_000_000n)).toISOString();
    row.appHash = hex(h.appHash).toUpperCase();
  } catch {
    // Not an SSZ header: shown without its decoded fields.
  }
  return row;
}
