/**
 * The JSON the explorer server answers its page with (`/api/…`) and the server-sent events of
 * `/events`. Shared by both sides so a change breaks the type check, not the page.
 */
import type { TaskReport } from "../../client/taskReport.js";
import type { Point } from "./series.js";

/** A block as lists and the live feed show it. */
export interface BlockMeta {
  height: number;
  /** Block hash, uppercase hex. */
  hash: string;
  /** RFC 3339. */
  time: string;
  numTxs: number;
  /** Proposer's validator address (uppercase hex). */
  proposer: string;
}

/** A validator of a chain's current set. */
export interface ValidatorRow {
  address: string;
  power: string;
  /** Moniker and operator from staking, when the chain has it. */
  moniker?: string;
  operator?: string;
  /** Signed the last commit. */
  signedLast: boolean;
}

/** One chain on the overview. */
export interface ChainOverview {
  key: string;
  chainId: string;
  url: string;
  up: boolean;
  /** Why it is down. */
  error?: string;
  height: number;
  latestTime: string;
  validators: ValidatorRow[];
  totalPower: string;
  recent: BlockMeta[];
  /** Block time (ms) and tx/s by height over the last blocks the explorer holds. */
  blockTime: Point[];
  txRate: Point[];
}

/** The overview page. */
export interface OverviewResponse {
  chains: ChainOverview[];
  /** L2 activity over the blocks the explorer holds (absent without an L2). */
  activity?: {
    fromHeight: number;
    toHeight: number;
    tasks: number;
    tasksPerMinute: Point[];
    verdicts: { label: string; count: number }[];
  };
}

/** An ABCI event with its attributes. */
export interface EventJson {
  type: string;
  attributes: { key: string; value: string }[];
}

/** A transaction as a block lists it. */
export interface TxRow {
  hash: string;
  code: number;
  gasUsed: string;
  gasWanted: string;
  /** Type URLs of its messages. */
  messages: string[];
}

/** The block page. */
export interface BlockResponse {
  chain: string;
  chainId: string;
  meta: BlockMeta;
  appHash: string;
  lastCommitHash: string;
  txs: TxRow[];
  /** Validators whose precommit for the previous block this block carries. */
  signatures: { validator: string; signed: boolean }[];
  /** Begin/end-block events (`finalize_block_events`). */
  events: EventJson[];
}

/** The transaction page. */
export interface TxResponse {
  chain: string;
  hash: string;
  height: number;
  index: number;
  code: number;
  codespace: string;
  log: string;
  gasWanted: string;
  gasUsed: string;
  memo: string;
  fee: { amount: { denom: string; amount: string }[]; gasLimit: string };
  /** Decoded messages (bytes as hex, 64-bit numbers as strings); `value` null when the type is unknown. */
  messages: { typeUrl: string; value: unknown }[];
  events: EventJson[];
}

/** A coin. */
export interface CoinJson {
  denom: string;
  amount: string;
}

/** An account on one chain. */
export interface AccountChain {
  key: string;
  up: boolean;
  error?: string;
  balances: CoinJson[];
  delegations: { validator: string; amount: CoinJson }[];
  rewards: CoinJson[];
}

/** A session row. */
export interface SessionRow {
  id: number;
  owner: string;
  model: string;
  status: string;
  redundancy: number;
  balance: string;
  reserved: string;
  spent: string;
  deposited: string;
  openedHeight: number;
  expiresHeight: number;
  openTasks: number;
  settledTasks: number;
  routers: string[];
}

/** A node row. */
export interface NodeRow {
  operator: string;
  roles: string[];
  status: string;
  stake: string;
  reputation: number;
  endpoint: string;
  models: string[];
  pricePer_1k: string;
  tasksSettled: number;
  tasksFaulted: number;
  slashedTotal: string;
  registeredHeight: number;
  jailedUntilHeight: number;
}

/** The account page. */
export interface AccountResponse {
  address: string;
  chains: AccountChain[];
  sessions: SessionRow[];
  node: NodeRow | null;
}

/** A model version row. */
export interface ModelRow {
  id: string;
  name: string;
  version: string;
  status: string;
  weightsSha256: string;
  weightsSize: string;
  format: string;
  quantization: string;
  owner: string;
  parent: string;
  priceInputPer_1k: string;
  priceOutputPer_1k: string;
  publishedHeight: number;
  verifiedBy: string;
  verifiedHeight: number;
  deprecatedHeight: number;
  license: string;
  visibility: string;
  storageUris: string[];
}

/** The model page: the version, its name's history and its lineage (parents, oldest last). */
export interface ModelResponse {
  model: ModelRow;
  history: ModelRow[];
  lineage: ModelRow[];
}

/** A task as lists show it. */
export interface TaskRow {
  id: string;
  sessionId: number;
  status: string;
  recordedHeight: number;
  verdict: string | null;
  charge: string | null;
}

/** The node page. */
export interface NodeResponse {
  node: NodeRow;
  /** Reputation by height, since the explorer started watching (the chain keeps only the latest). */
  reputation: Point[];
  /** Tasks of the recent blocks the explorer holds in which the node took part. */
  tasks: { id: string; roles: string[]; verdict: string | null; earned: string; slashed: string }[];
  earned: string;
  slashes: { task: string; amount: string; reason: string; jailed: boolean }[];
  window: { fromHeight: number; toHeight: number };
}

/** The session page. */
export interface SessionResponse {
  session: SessionRow;
  tasks: TaskRow[];
}

/** The task page: the client's task report and the transaction that recorded it. */
export interface TaskResponse {
  // The report of `client/taskReport.ts`, as JSON.
  report: TaskReport;
  recordedTx: string | null;
  paymentsTotal: string;
}

/** A registered L3 chain (the L2 `l3registry` record). */
export interface L3ChainRow {
  chainId: string;
  name: string;
  creator: string;
  admins: string[];
  genesisSha256: string;
  registeredHeight: number;
  /** Number of the last anchored header. */
  lastNumber: number;
  validators: { pubKey: string; power: string }[];
}

/** An L3 header anchored on L2: only commitments, never data. */
export interface AnchoredHeader {
  number: number;
  /** L2 height it was anchored at. */
  l2Height: number;
  submitter: string;
  headerRoot: string;
  /** Decoded from the SSZ header (null when it does not decode). */
  height: number | null;
  time: string | null;
  appHash: string | null;
}

/** The L3 page. */
export interface L3Response {
  /** The L2 has the L3 registry (`l3registry` queries answer). */
  available: boolean;
  registered: boolean;
  message: string;
  chains: L3ChainRow[];
}

/** One L3 chain: its record, its latest anchored headers, and its audit trail on L2. */
export interface L3ChainResponse {
  /** Its record on L2; null when L2 does not know it and only an `--l3` node serves it. */
  chain: L3ChainRow | null;
  headers: AnchoredHeader[];
  /** L2 transactions about the chain: its registration and the anchors of the headers shown. */
  audit: { kind: string; height: number; tx: string }[];
  /** The L3's own audit log, read from an L3 node given with `--l3` (public metadata only). */
  l3: L3AuditResponse;
}

/** One entry of an L3's audit log (membership and key changes): public metadata, never ciphertext. */
export interface L3AuditRow {
  seq: number;
  /** L3 block height. */
  height: number;
  /** e.g. "member added", "epoch started". */
  kind: string;
  actor: string;
  subject: string;
  /** The subject's role when any ("admin", "member", "router"), else "". */
  role: string;
  /** The epoch current after the entry. */
  epoch: number;
  /** The proposal or re-wrap request it belongs to (0: none). */
  refId: number;
  detail: string;
}

/** An L3 epoch's public fields. */
export interface L3EpochRow {
  number: number;
  startHeight: number;
  threshold: number;
  reason: string;
}

/** The L3's audit log as the explorer read it from an `--l3` node, or why it could not. */
export interface L3AuditResponse {
  /** ok: read; none: no `--l3` node serves this chain id; down: a configured node did not answer. */
  state: "ok" | "none" | "down";
  message: string;
  /** The L3 node's RPC URL the log was read from (ok only). */
  node: string | null;
  epoch: L3EpochRow | null;
  rows: L3AuditRow[];
}

/** One search hit. */
export interface SearchHit {
  kind: string;
  label: string;
  /** Explorer page path. */
  path: string;
}

/** The search answer. */
export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  /** Chains that could not be asked (down), so "nothing found" is not the whole truth. */
  down: string[];
}

/** An error answer (`404`, `400`, `503`). */
export interface ErrorResponse {
  error: "not_found" | "bad_request" | "chain_down" | "internal";
  message: string;
  chain?: string;
}

/** Server-sent events of `/events`. */
export type LiveEvent =
  | { type: "block"; chain: string; block: BlockMeta }
  | { type: "status"; chain: string; up: boolean; height: number; error?: string };
