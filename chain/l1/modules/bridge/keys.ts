/**
 * Keys of the parent-side bridge module's store (`bridge/` namespace). Retired numbers are never
 * reused. A chain key is the chain id (UTF-8) ‖ 0x00: chain ids never hold 0x00 ([reg-1]), so it is a
 * prefix of that chain's entries only.
 */
export enum BridgeKey {
  /** 0x01 ‖ chain ‖ nonce (u64 BE) -> Deposit (protobuf `strata.bridge.v1.Deposit`, with `acc[nonce]`) */
  deposit = 0x01,
  /** 0x02 ‖ chain -> deposits locked for the chain (u64 BE, the last nonce); absent before the first */
  depositCount = 0x02,
  /** 0x03 ‖ chain -> Σ deposits of the chain (decimal text); absent before the first */
  deposited = 0x03,
  /** 0x04 ‖ chain -> Σ claims of the chain (decimal text); absent before the first */
  claimed = 0x04,
  /** 0x05 ‖ chain ‖ withdrawal index (u64 BE) -> Claim (protobuf `strata.bridge.v1.Claim`) */
  claim = 0x05,
  /** 0x06 ‖ chain ‖ address (20 bytes) ‖ nonce (u64 BE) -> empty: deposits sent by or to an address (queries) */
  byAddress = 0x06,
}

const enc = new TextEncoder();

/** Concatenates a key byte and parts. */
export function key(prefix: BridgeKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}

/** The chain part of a key: chain id (UTF-8) ‖ 0x00. */
export function chainKey(chainId: string): Uint8Array {
  return Uint8Array.from([...enc.encode(chainId), 0]);
}

/** Big-endian u64 bytes (nonces and indices sort numerically). */
export function u64Key(value: number | bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}
