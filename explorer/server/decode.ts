/**
 * Decoding at the edge: a transaction's bytes into its messages through the strata registry (every
 * Cosmos and strata message), and any decoded value into JSON a page can show (bytes as hex,
 * 64-bit numbers as decimal strings).
 */
import { decodeTxRaw, type GeneratedType, type Registry } from "@cosmjs/proto-signing";
import { createStrataRegistry } from "../../client/index.js";
import { strata } from "../../proto/gen/strata.js";

/** Messages the client's registry does not hold (yet) that L2 blocks can carry. */
const EXTRA_TYPES: [string, GeneratedType][] = [
  ["/strata.l3registry.v1.MsgRegisterL3", strata.l3registry.v1.MsgRegisterL3],
  ["/strata.l3registry.v1.MsgAnchorL3Headers", strata.l3registry.v1.MsgAnchorL3Headers],
];

/** The strata registry plus {@link EXTRA_TYPES} it lacks: every message the explorer decodes. */
export function createExplorerRegistry(): Registry {
  const registry = createStrataRegistry();
  for (const [url, type] of EXTRA_TYPES) if (!registry.lookupType(url)) registry.register(url, type);
  return registry;
}

/** A JSON-safe copy: `Uint8Array` → hex, `bigint` and Long → decimal string, functions dropped. */
export function toJson(v: unknown): unknown {
  if (v === null || v === undefined) return v ?? null;
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "function") return undefined;
  if (typeof v !== "object") return v;
  if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
  if (Array.isArray(v)) return v.map(toJson);
  const maybeLong = v as { low?: unknown; high?: unknown; unsigned?: unknown; toString(): string };
  if (typeof maybeLong.low === "number" && typeof maybeLong.high === "number" && "unsigned" in maybeLong)
    return maybeLong.toString();
  const out: Record<string, unknown> = {};
  for (const key in v) {
    const value = toJson((v as Record<string, unknown>)[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** A decoded transaction as the tx page shows it. */
export interface DecodedTx {
  memo: string;
  fee: { amount: { denom: string; amount: string }[]; gasLimit: string };
  messages: { typeUrl: string; value: unknown }[];
}

/**
 * Decodes a transaction's bytes; a message whose type the registry does not know keeps its type URL
 * with a null value, and bytes that are not a transaction give no messages.
 */
export function decodeTx(registry: Registry, bytes: Uint8Array): DecodedTx {
  let raw: ReturnType<typeof decodeTxRaw>;
  try {
    raw = decodeTxRaw(bytes);
  } catch {
    return { memo: "", fee: { amount: [], gasLimit: "0" }, messages: [] };
  }
  return {
    memo: raw.body.memo,
    fee: {
      amount: (raw.authInfo.fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount })),
      gasLimit: String(raw.authInfo.fee?.gasLimit ?? 0n),
    },
    messages: raw.body.messages.map((m) => {
      let value: unknown = null;
      try {
        value = registry.lookupType(m.typeUrl) ? toJson(registry.decode(m)) : null;
      } catch {
        value = null;
      }
      return { typeUrl: m.typeUrl, value };
    }),
  };
}

/** The type URLs of a transaction's messages (empty for bytes that are not a transaction). */
export function messageTypes(bytes: Uint8Array): string[] {
  try {
    return decodeTxRaw(bytes).body.messages.map((m) => m.typeUrl);
  } catch {
    return [];
  }
}
