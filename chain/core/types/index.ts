// Consensus wire types are defined once, by the consensus engine that signs them.
export type { BlockId, Commit, CommitSig, PartSetHeader } from "../consensus/types.js";
export { BlockIdFlag } from "../consensus/types.js";
export type { AbciEvent, EventAttribute, QueryResult, TxResult } from "./abci.js";
export type { Block, BlockHeader, CommittedBlock, ValidatorInfo } from "./block.js";
