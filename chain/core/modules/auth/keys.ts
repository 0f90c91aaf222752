/** Keys of the auth module's store (`auth/` namespace). Retired numbers are never reused. */
export enum AuthKey {
  /** 0x01 ‖ address bytes -> Any-encoded account (BaseAccount or ModuleAccount) */
  account = 0x01,
  /** 0x02 -> next account number (u64 BE) */
  nextAccountNumber = 0x02,
  /** 0x03 -> Params (protobuf) */
  params = 0x03,
}

/** Store key of an account. */
export function accountKey(address: Uint8Array): Uint8Array {
  const key = new Uint8Array(1 + address.length);
  key[0] = AuthKey.account;
  key.set(address, 1);
  return key;
}
