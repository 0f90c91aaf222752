/**
 * An in-memory RpcBackend for wire-layer tests: a small chain of blocks holding real
 * cosmjs-types encoded MsgSend txs, a tx index, a mempool, and manual or automatic commits
 * that fire NodeEvents. Deterministic (no clocks, no randomness).
 */
import { createHash } from "node:crypto";
import { MsgSend, MsgSendResponse } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { StrataError } from "../../../../chain/core/errors/index.js";
import type {
  BlockResults,
  CheckTxResult,
  EventQuery,
  IndexedTx,
  NetInfo,
  NodeEvents,
  NodeStatus,
  QueryCondition,
  RpcBackend,
} from "../../../../chain/core/rpc/index.js";
import type {
  AbciEvent,
  Block,
  BlockId,
  Commit,
  CommittedBlock,
  QueryResult,
  TxResult,
  ValidatorInfo,
} from "../../../../chain/core/types/index.js";
import { BlockIdFlag } from "../../../../chain/core/types/index.js";

export const CHAIN_ID = "strata-test-1";
export const SENDER = "cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4";
export const RECIPIENT_A = "cosmos1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du";
export const RECIPIENT_B = "cosmos1zg69v7ys40x77y352eufp27daufrg4ncnjqz7q";
/** Genesis time: 2025-06-01T12:00:00Z. */
export const GENESIS_NS = 1_748_779_200_000_000_000n;
/** Block h is at GENESIS + h s + 123456789 ns. */
export const blockTimeNs = (h: number): bigint => GENESIS_NS + BigInt(h) * 1_000_000_000n + 123_456_789n;

/** `abci_query` path the fixture answers with NotFound. */
export const NOT_FOUND_PATH = "/cosmos.auth.v1beta1.Query/Account";
/** A memo that makes CheckTx fail with sdk code 32. */
export const BAD_SEQUENCE_MEMO = "bad-sequence";

export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("sha256").update(bytes).digest());
}

function filled(n: number, byte: number): Uint8Array {
  return new Uint8Array(n).fill(byte);
}

/** A real TxRaw with one MsgSend (signature bytes are fake: only the wire layer is tested). */
export function makeSendTx(to: string, amount: number, memo = ""): Uint8Array {
  const msg = MsgSend.fromPartial({
    fromAddress: SENDER,
    toAddress: to,
    amount: [{ denom: "ustake", amount: String(amount) }],
  });
  const body = TxBody.encode(
    TxBody.fromPartial({
      messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode(msg).finish() }],
      memo,
    }),
  ).finish();
  const authInfo = AuthInfo.encode(
    AuthInfo.fromPartial({ fee: { amount: [], gasLimit: 200_000n } }),
  ).finish();
  return TxRaw.encode(
    TxRaw.fromPartial({ bodyBytes: body, authInfoBytes: authInfo, signatures: [filled(64, 7)] }),
  ).finish();
}

function decodeSend(tx: Uint8Array): { to: string; amount: string; memo: string } {
  const body = TxBody.decode(TxRaw.decode(tx).bodyBytes);
  const msg = MsgSend.decode(body.messages[0]!.value);
  return { to: msg.toAddress, amount: msg.amount[0]?.amount ?? "0", memo: body.memo };
}

function attr(key: string, value: string) {
  return { key, value, index: true };
}

function execute(tx: Uint8Array): TxResult {
  const { to, amount } = decodeSend(tx);
  const data = TxMsgData.encode(
    TxMsgData.fromPartial({
      msgResponses: [
        { typeUrl: "/cosmos.bank.v1beta1.MsgSendResponse", value: MsgSendResponse.encode({}).finish() },
      ],
    }),
  ).finish();
  return {
    code: 0,
    codespace: "",
    log: "",
    info: "",
    data,
    gasWanted: 99_728n,
    gasUsed: 65_432n,
    events: [
      {
        type: "message",
        attributes: [
          attr("action", "/cosmos.bank.v1beta1.MsgSend"),
          attr("sender", SENDER),
          attr("msg_index", "0"),
        ],
      },
      {
        type: "transfer",
        attributes: [attr("recipient", to), attr("sender", SENDER), attr("amount", `${amount}ustake`)],
      },
    ],
  };
}

export const VALIDATORS: ValidatorInfo[] = [
  { address: filled(20, 0xa1), pubKey: filled(32, 0x07), votingPower: 10n, proposerPriority: -5n },
  { address: filled(20, 0xb2), pubKey: filled(32, 0x08), votingPower: 5n, proposerPriority: 5n },
];

function blockIdOf(height: number): BlockId {
  return {
    hash: sha256(new TextEncoder().encode(`block-${height}`)),
    partSetHeader: { total: 1, hash: filled(32, 0xe3) },
  };
}

function commitOf(height: number): Commit {
  if (height === 0) {
    return {
      height: 0,
      round: 0,
      // As the node stores "no block" (SSZ is fixed-size): 32 zero bytes, 0 parts.
      blockId: { hash: new Uint8Array(32), partSetHeader: { total: 0, hash: new Uint8Array(32) } },
      signatures: [],
    };
  }
  return {
    height,
    round: 0,
    blockId: blockIdOf(height),
    signatures: [
      {
        blockIdFlag: BlockIdFlag.commit,
        validatorAddress: VALIDATORS[0]!.address,
        timestamp: blockTimeNs(height + 1),
        signature: filled(64, height),
      },
      // The second validator missed every vote: an absent signature.
      {
        blockIdFlag: BlockIdFlag.absent,
        validatorAddress: new Uint8Array(),
        timestamp: 0n,
        signature: new Uint8Array(),
      },
    ],
  };
}

function flatten(tx: IndexedTx): Map<string, string[]> {
  const m = new Map<string, string[]>([
    ["tx.hash", [Buffer.from(tx.hash).toString("hex").toUpperCase()]],
    ["tx.height", [String(tx.height)]],
  ]);
  for (const e of tx.result.events) {
    for (const a of e.attributes) {
      const k = `${e.type}.${a.key}`;
      m.set(k, [...(m.get(k) ?? []), a.value]);
    }
  }
  return m;
}

// An independent, deliberately simple matcher (the server's own matcher is tested separately).
function holds(c: QueryCondition, tx: IndexedTx): boolean {
  const values = flatten(tx).get(c.key);
  if (c.op === "EXISTS") return values !== undefined;
  return (values ?? []).some((v) => {
    if (typeof c.value === "string") return c.op === "CONTAINS" ? v.includes(c.value) : v === c.value;
    const n = Number.parseFloat(v);
    const x = c.value as number;
    return {
      "=": n === x,
      "<": n < x,
      "<=": n <= x,
      ">": n > x,
      ">=": n >= x,
      CONTAINS: false,
      EXISTS: true,
    }[c.op];
  });
}

/** Options of {@link MemoryBackend}. */
export interface MemoryBackendOptions {
  /** Txs per block for heights 1..n (height 1 is usually empty). */
  blocks: Uint8Array[][];
  /** Commit admitted txs on the next macrotask (for broadcast_tx_commit and subscriptions). */
  autoCommit?: boolean;
}

/** The in-memory chain. */
export class MemoryBackend implements RpcBackend {
  readonly blocks: CommittedBlock[] = [];
  readonly results: BlockResults[] = [];
  readonly index = new Map<string, IndexedTx>();
  readonly mempool: Uint8Array[] = [];
  private listeners = new Set<Partial<NodeEvents>>();
  private waiters = new Map<string, (tx: IndexedTx) => void>();
  /** Set by tests to make a method throw a plain (non-Strata) Error. */
  failNextQuery = false;

  constructor(private readonly opts: MemoryBackendOptions) {
    for (const txs of opts.blocks) this.commit(txs);
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  /** Commits a block holding `txs` and fires the events. */
  commit(txs: Uint8Array[]): CommittedBlock {
    const height = this.blocks.length + 1;
    const block: Block = {
      header: {
        version: { block: 11n, app: 1n },
        chainId: CHAIN_ID,
        height,
        timeNs: blockTimeNs(height),
        lastBlockId: height === 1 ? commitOf(0).blockId : blockIdOf(height - 1),
        lastCommitHash: filled(32, 0x11),
        dataHash: filled(32, 0x12),
        validatorsHash: filled(32, 0x13),
        nextValidatorsHash: filled(32, 0x13),
        consensusHash: filled(32, 0x14),
        appHash: filled(32, 0x15 + height),
        lastResultsHash: filled(32, 0x16),
        evidenceHash: new Uint8Array(),
        proposerAddress: VALIDATORS[0]!.address,
      },
      txs,
      lastCommit: commitOf(height - 1),
      evidence: [],
    };
    const committed: CommittedBlock = { blockId: blockIdOf(height), block };
    const txResults = txs.map(execute);
    const finalizeBlockEvents: AbciEvent[] = [
      { type: "coin_spent", attributes: [attr("spender", SENDER), attr("amount", "1ustake")] },
    ];
    const results: BlockResults = {
      height,
      txResults,
      finalizeBlockEvents,
      appHash: filled(32, 0x15 + height + 1),
    };
    this.blocks.push(committed);
    this.results.push(results);
    const indexed = txs.map(
      (tx, i): IndexedTx => ({ hash: sha256(tx), height, index: i, tx, result: txResults[i]! }),
    );
    for (const t of indexed) this.index.set(Buffer.from(t.hash).toString("hex"), t);
    for (const l of this.listeners) l.newBlock?.(committed, results);
    for (const t of indexed) {
      for (const l of this.listeners) l.tx?.(t);
      const key = Buffer.from(t.hash).toString("hex");
      this.waiters.get(key)?.(t);
      this.waiters.delete(key);
    }
    return committed;
  }

  status(): NodeStatus {
    const latest = this.blocks.at(-1)!;
    const first = this.blocks[0]!;
    return {
      nodeInfo: {
        id: "b0".repeat(20),
        listenAddr: "tcp://0.0.0.0:26656",
        network: CHAIN_ID,
        version: "0.38.17",
        channels: "40202122233038606100",
        moniker: "node0",
        protocolVersion: { p2p: 8n, block: 11n, app: 0n },
        txIndex: "on",
        rpcAddress: "tcp://127.0.0.1:26657",
      },
      latestBlockHash: latest.blockId.hash,
      latestAppHash: this.results.at(-1)!.appHash,
      latestBlockHeight: latest.block.header.height,
      latestBlockTimeNs: latest.block.header.timeNs,
      earliestBlockHash: first.blockId.hash,
      earliestAppHash: first.block.header.appHash,
      earliestBlockHeight: 1,
      earliestBlockTimeNs: first.block.header.timeNs,
      catchingUp: false,
      validator: { address: VALIDATORS[0]!.address, pubKey: VALIDATORS[0]!.pubKey, votingPower: 10n },
    };
  }

  abciInfo() {
    return {
      data: "strata",
      version: "0.1.0",
      appVersion: 1n,
      lastBlockHeight: this.latestHeight(),
      lastBlockAppHash: this.results.at(-1)!.appHash,
    };
  }

  async abciQuery(path: string, data: Uint8Array, height: number, prove: boolean): Promise<QueryResult> {
    if (this.failNextQuery) {
      this.failNextQuery = false;
      throw new Error("disk on fire");
    }
    const h = height === 0 ? this.latestHeight() : height;
    if (path === NOT_FOUND_PATH) {
      return {
        code: 22,
        codespace: "sdk",
        log: "rpc error: code = NotFound desc = account not found: key not found",
        info: "",
        key: new Uint8Array(),
        value: new Uint8Array(),
        height: h,
      };
    }
    // Echo: value = path bytes ++ data, so the test sees both arrived decoded.
    const value = new Uint8Array([...new TextEncoder().encode(path), ...data]);
    return {
      code: 0,
      codespace: "",
      log: "",
      info: "",
      key: data,
      value,
      height: h,
      ...(prove ? { proofOps: [{ type: "ics23:iavl", key: data, data: filled(3, 9) }] } : {}),
    };
  }

  async broadcastTx(tx: Uint8Array): Promise<CheckTxResult> {
    const hash = sha256(tx);
    if (decodeSend(tx).memo === BAD_SEQUENCE_MEMO) {
      return {
        code: 32,
        codespace: "sdk",
        log: "account sequence mismatch, expected 2, got 99: incorrect account sequence",
        hash,
      };
    }
    this.mempool.push(tx);
    if (this.opts.autoCommit) {
      setImmediate(() => {
        const txs = this.mempool.splice(0);
        if (txs.length > 0) this.commit(txs);
      });
    }
    return { code: 0, codespace: "", log: "", hash };
  }

  waitForTx(hash: Uint8Array, timeoutMs: number): Promise<IndexedTx> {
    const key = Buffer.from(hash).toString("hex");
    const done = this.index.get(key);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(new StrataError("node", 1, `tx not committed within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(key, (tx) => {
        clearTimeout(timer);
        resolve(tx);
      });
    });
  }

  latestHeight(): number {
    return this.blocks.length;
  }

  baseHeight(): number {
    return 1;
  }

  async getBlock(height: number): Promise<CommittedBlock | undefined> {
    return this.blocks[height - 1];
  }

  async getBlockByHash(hash: Uint8Array): Promise<CommittedBlock | undefined> {
    return this.blocks.find((b) => Buffer.from(b.blockId.hash).equals(hash));
  }

  async getBlockResults(height: number): Promise<BlockResults | undefined> {
    return this.results[height - 1];
  }

  async getCommit(height: number) {
    const b = this.blocks[height - 1];
    if (!b) return undefined;
    return {
      blockId: b.blockId,
      block: b.block,
      commit: commitOf(height),
      canonical: height < this.latestHeight(),
    };
  }

  async getTx(hash: Uint8Array): Promise<IndexedTx | undefined> {
    return this.index.get(Buffer.from(hash).toString("hex"));
  }

  async searchTxs(query: EventQuery, page: number, perPage: number, order: "asc" | "desc") {
    const all = [...this.index.values()]
      .filter((tx) => query.conditions.every((c) => holds(c, tx)))
      .sort((a, b) => a.height - b.height || a.index - b.index);
    if (order === "desc") all.reverse();
    return { txs: all.slice((page - 1) * perPage, page * perPage), total: all.length };
  }

  async validators(): Promise<ValidatorInfo[]> {
    return VALIDATORS;
  }

  genesis(): string {
    return JSON.stringify({
      genesis_time: "2025-06-01T12:00:00Z",
      chain_id: CHAIN_ID,
      initial_height: "1",
      consensus_params: {
        block: { max_bytes: "22020096", max_gas: "-1" },
        evidence: { max_age_num_blocks: "100000", max_age_duration: "172800000000000", max_bytes: "1048576" },
      },
      validators: VALIDATORS.map((v) => ({
        address: Buffer.from(v.address).toString("hex").toUpperCase(),
        pub_key: { type: "tendermint/PubKeyEd25519", value: Buffer.from(v.pubKey).toString("base64") },
        power: v.votingPower.toString(),
        name: "",
      })),
      app_hash: "",
      app_state: { bank: { balances: [] } },
    });
  }

  netInfo(): NetInfo {
    return {
      listening: true,
      listeners: ["Listener(@0.0.0.0:26656)"],
      peers: [
        {
          nodeInfo: {
            id: "ab".repeat(20),
            listenAddr: "tcp://10.0.0.2:26656",
            network: CHAIN_ID,
            version: "0.38.17",
            channels: "40202122233038606100",
            moniker: "node1",
            protocolVersion: { p2p: 8n, block: 11n, app: 0n },
            txIndex: "on",
            rpcAddress: "tcp://10.0.0.2:26657",
          },
          isOutbound: true,
          remoteIp: "10.0.0.2",
          connectedNs: 5_000_000_000n,
        },
      ],
    };
  }

  unconfirmedTxs(limit: number) {
    const txs = this.mempool.slice(0, limit);
    return {
      count: txs.length,
      total: this.mempool.length,
      totalBytes: this.mempool.reduce((n, t) => n + t.length, 0),
      txs,
    };
  }

  subscribe(listener: Partial<NodeEvents>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * The standard fixture chain: height 1 empty; 2: 10 txs to A; 3: 20 txs to A; 4: 5 txs to A;
 * 5: 1 tx to B. 35 txs to A in all (two pages at the default per_page of 30).
 */
export function fixtureBlocks(): Uint8Array[][] {
  const to = (r: string, n: number, from: number) =>
    Array.from({ length: n }, (_, i) => makeSendTx(r, from + i));
  return [
    [],
    to(RECIPIENT_A, 10, 1),
    to(RECIPIENT_A, 20, 100),
    to(RECIPIENT_A, 5, 200),
    to(RECIPIENT_B, 1, 300),
  ];
}
