export type { AbciEvent, EventAttribute, QueryResult, TxResult } from "./abci.js";
export type {
  Block,
  BlockHeader,
  BlockId,
  Commit,
  CommitSig,
  CommittedBlock,
  PartSetHeader,
  ValidatorInfo,
} from "./block.js";
export { BlockIdFlag } from "./block.js";
