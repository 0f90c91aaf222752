/** Keys of the bank module's store (`bank/` namespace). Retired numbers are never reused. */
export enum BankKey {
  /** 0x00 ‖ denom -> total supply (decimal string) */
  supply = 0x00,
  /** 0x01 ‖ denom -> Metadata (protobuf) */
  denomMetadata = 0x01,
  /** 0x02 ‖ len(address) ‖ address ‖ denom -> balance (decimal string) */
  balance = 0x02,
  /** 0x05 -> Params (protobuf) */
  params = 0x05,
}

const enc = new TextEncoder();

/** Prefix of every balance of one address. */
export function balancesPrefix(address: Uint8Array): Uint8Array {
  const key = new Uint8Array(2 + address.length);
  key[0] = BankKey.balance;
  key[1] = address.length;
  key.set(address, 2);
  return key;
}

/** Store key of one balance. */
export function balanceKey(address: Uint8Array, denom: string): Uint8Array {
  const prefix = balancesPrefix(address);
  const d = enc.encode(denom);
  const key = new Uint8Array(prefix.length + d.length);
  key.set(prefix);
  key.set(d, prefix.length);
  return key;
}

/** Store key of a denom's supply. */
export function supplyKey(denom: string): Uint8Array {
  return Uint8Array.from([BankKey.supply, ...enc.encode(denom)]);
}

/** Store key of a denom's metadata. */
export function metadataKey(denom: string): Uint8Array {
  return Uint8Array.from([BankKey.denomMetadata, ...enc.encode(denom)]);
}
