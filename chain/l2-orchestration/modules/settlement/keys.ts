/** Keys of the settlement module's store (`settlement/` namespace). Retired numbers are never reused. */
export enum SettlementKey {
  /** 0x01 ‖ task id (32 bytes) -> Settlement (protobuf `strata.settlement.v1.Settlement`) */
  settlement = 0x01,
  /** 0x02 -> Params (protobuf `strata.settlement.v1.Params`) */
  params = 0x02,
}
