/** One attribute of an {@link AbciEvent}; plain strings, as CometBFT 0.38 JSON carries them. */
export interface EventAttribute {
  key: string;
  value: string;
  /** Whether the tx indexer indexes this attribute. */
  index: boolean;
}

/** A typed event emitted by a transaction or a block hook (`transfer`, `message`, …). */
export interface AbciEvent {
  type: string;
  attributes: EventAttribute[];
}

/** Result of executing (DeliverTx) or checking (CheckTx) one transaction. */
export interface TxResult {
  /** 0 on success; otherwise the error code within `codespace`. */
  code: number;
  codespace: string;
  log: string;
  info: string;
  /** Protobuf `cosmos.base.abci.v1beta1.TxMsgData` on success, empty otherwise. */
  data: Uint8Array;
  gasWanted: bigint;
  gasUsed: bigint;
  events: AbciEvent[];
}

/** Result of an `abci_query`. */
export interface QueryResult {
  code: number;
  codespace: string;
  log: string;
  info: string;
  key: Uint8Array;
  value: Uint8Array;
  /** Height the query was answered at (never 0). */
  height: number;
  /** Merkle proof operations when `prove` was asked. */
  proofOps?: { type: string; key: Uint8Array; data: Uint8Array }[];
}
