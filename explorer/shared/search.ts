/**
 * What a search box entry can be, decided from its spelling alone (the server then asks the chains
 * which of the candidates exist).
 */

/** One thing a search string may name. */
export type SearchCandidate =
  | { kind: "height"; height: number }
  | { kind: "session"; id: number }
  | { kind: "tx"; hash: string }
  | { kind: "block-hash"; hash: string }
  | { kind: "task"; id: string }
  | { kind: "account"; address: string }
  | { kind: "model"; id: string };

/** Bech32 human-readable prefix of strata addresses. */
export const ADDRESS_PREFIX = "strata";

/** True for a lowercase bech32 strata address (checksum is checked by the chain queries). */
export function looksLikeAddress(s: string): boolean {
  return new RegExp(`^${ADDRESS_PREFIX}(valoper)?1[02-9ac-hj-np-z]{38,90}$`).test(s);
}

/**
 * The candidates a search string names, in the order they are tried: a number is a height and a
 * session id; 64 hex digits are a transaction hash, a block hash and a task id (tasks ids are
 * lowercase; hashes are compared case-insensitively); a strata address an account; `name@version` a
 * model. Anything else has no candidates.
 */
export function classifySearch(input: string): SearchCandidate[] {
  const q = input.trim();
  if (/^\d{1,15}$/.test(q)) {
    const n = Number(q);
    if (n <= 0) return [];
    return [
      { kind: "height", height: n },
      { kind: "session", id: n },
    ];
  }
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(q)) {
    const hex = q.replace(/^0x/, "");
    return [
      { kind: "tx", hash: hex.toUpperCase() },
      { kind: "block-hash", hash: hex.toUpperCase() },
      { kind: "task", id: hex.toLowerCase() },
    ];
  }
  const lower = q.toLowerCase();
  if (looksLikeAddress(lower)) return [{ kind: "account", address: lower }];
  if (/^[A-Za-z0-9._-]{1,64}@[A-Za-z0-9._+-]{1,64}$/.test(q)) return [{ kind: "model", id: q }];
  return [];
}
