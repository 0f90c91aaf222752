/**
 * L3 chains as the L2's `l3registry` module records them: each chain's registration and the L3
 * headers anchored on L2 (SSZ headers, decoded for height, time and app hash). Only commitments are
 * on L2; nothing here is, or could be, decrypted data. An L2 without the module answers "unknown
 * query path", which the page reports as "no L3 registry".
 */
import { createProtobufRpcClient, type QueryClient } from "@cosmjs/stargate";
import { HeaderSsz } from "../../chain/core/block/index.js";
import { strata } from "../../proto/gen/strata.js";
import type { AnchoredHeader, L3AuditRow, L3ChainRow, L3EpochRow } from "../shared/api.js";

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

/** One L3 audit record as a row: public metadata only (no ciphertext, nothing decrypted). */
export function l3AuditRow(r: strata.l3.v1.IAuditRecord): L3AuditRow {
  const kind = strata.l3.v1.AuditKind[Number(r.kind ?? 0)] ?? `KIND_${r.kind}`;
  const role = strata.l3.v1.Role[Number(r.role ?? 0)] ?? `ROLE_${r.role}`;
  return {
    seq: Number(r.seq ?? 0),
    height: Number(r.height ?? 0),
    kind: kind
      .replace(/^AUDIT_KIND_/, "")
      .toLowerCase()
      .replace(/_/g, " "),
    actor: r.actor ?? "",
    subject: r.subject ?? "",
    role: role === "ROLE_UNSPECIFIED" ? "" : role.replace(/^ROLE_/, "").toLowerCase(),
    epoch: Number(r.epoch ?? 0),
    refId: Number(r.refId ?? 0),
    detail: r.detail ?? "",
  };
}

/** An L3 audit log as rows, in sequence order (the node's order; sorted again so a page never shows it shuffled). */
export function l3AuditRows(records: readonly strata.l3.v1.IAuditRecord[]): L3AuditRow[] {
  return records.map(l3AuditRow).sort((a, b) => a.seq - b.seq);
}

/** An L3 epoch's public fields (its number, start, threshold and reason; never its wrapped keys or shares). */
export function l3EpochRow(e: strata.l3.v1.IEpoch): L3EpochRow {
  return {
    number: Number(e.number ?? 0),
    startHeight: Number(e.startHeight ?? 0),
    threshold: Number(e.threshold ?? 0),
    reason: e.reason ?? "",
  };
}
