/**
 * A real child chain in process, for tests of the parent side of a rollup (L1's rollup and bridge
 * modules, the batcher): an L2 app (`createL2App`, `buildL2Genesis`) run by a `ChainNode` over
 * LevelDB in a temp folder, with N staking validators whose ed25519 keys the harness holds. Every
 * block is proposed by the node, executed and committed, and carries a real commit: each chosen
 * validator's precommit signed over `voteSignBytes`, as the BFT engine signs it.
 *
 * ```ts
 * const child = await ChildChain.start({ validators: 4 });
 * await child.produceBlocks(3);
 * const { items } = child.batchItems(1, 3, { prevHeader: undefined, held: child.registeredValidators() });
 * // MsgSubmitBatch{ chainId: child.chainId, items } on the parent; register with child.genesisBytes
 * await child.stop();
 * ```
 *
 * The commitment record (`COMMITMENT_STATE_KEY`) that [batch-7] proves is the child's own: the
 * L2 `bridge` module writes it at genesis and after every mint and withdrawal. The
 * `genesisCommitment` option replaces the genesis record (a child whose validators signed a
 * state claiming deposits that do not exist on the parent).
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { blockIdOf, decodeBlock } from "../../chain/core/block/index.js";
import {
  bftTime,
  encodeCommit,
  TIME_IOTA_NS,
  VoteType,
  voteSignBytes,
} from "../../chain/core/consensus/index.js";
import {
  type Ed25519KeyPair,
  ed25519FromSeed,
  secp256k1AddressBytes,
  secp256k1PublicKey,
  sha256,
  signSecp256k1,
  toAddress,
} from "../../chain/core/crypto/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { encodePubKeyAny } from "../../chain/core/modules/auth/index.js";
import { operatorOf } from "../../chain/core/modules/staking/index.js";
import { ChainNode, type GenesisDoc } from "../../chain/core/node/index.js";
import { sealBlock } from "../../chain/core/node/producer.js";
import {
  type BatchHeader,
  buildBatchItem,
  type ChildValidator,
  COMMITMENT_STATE_KEY,
  childValidatorsOf,
  type RollupCommitment,
  RollupCommitmentSsz,
} from "../../chain/core/rollup/index.js";
import { emptyTree, root as withdrawalListRoot } from "../../chain/core/rollup/merkleList.js";
import type { StateProof } from "../../chain/core/store/index.js";
import { directSignBytes } from "../../chain/core/tx/index.js";
import { type BlockId, BlockIdFlag, type Commit, type CommitSig } from "../../chain/core/types/index.js";
import { buildL2Genesis, createL2App, type L2GenesisInput } from "../../chain/l2-orchestration/index.js";
import { strata } from "../../proto/gen/strata.js";

const l2bridge = strata.l2bridge.v1;
const GENESIS_TIME = "2027-01-01T00:00:00Z";
const GENESIS_NS = BigInt(Date.parse(GENESIS_TIME)) * 1_000_000n;
const SECOND = 1_000_000_000n;
const M = 1_000_000n;

/** Options of {@link ChildChain.start}. */
export interface ChildChainOptions {
  /** Default `strata-child-test`. */
  chainId?: string;
  /** Number of staking validators; default 1. */
  validators?: number;
  /** Voting power of each validator (self-delegation / 10^6); default 10 each. */
  powers?: number[];
  /** The commitment record at genesis, replacing the one the chain would write. */
  genesisCommitment?: RollupCommitment;
  /** Further funded accounts (a bridge relayer, users). */
  accounts?: { address: string; amount: bigint }[];
  /** Bridge params of the child's genesis (its relayers); default: `delegator` is the one relayer. */
  bridge?: L2GenesisInput["bridge"];
}

/** A block of the child as a batcher reads it (`ChainNode.blockForBatch`), with the sets around it. */
export interface ChildBlock {
  height: number;
  /** SSZ block bytes. */
  block: Uint8Array;
  /** SSZ commit bytes (the commit that finalised it). */
  commit: Uint8Array;
  /** Proof of the commitment record against the block's `appHash`. */
  commitmentProof: StateProof;
  /** The set that signed it (set order). */
  validators: ChildValidator[];
  /** The set of the next height, which the block names as `nextValidatorsHash`. */
  nextValidators: ChildValidator[];
}

/** A harness account: secp256k1 key and address. */
export interface ChildAccount {
  priv: Uint8Array;
  pub: Uint8Array;
  address: string;
}

function childAccount(label: string): ChildAccount {
  const priv = new Uint8Array(createHash("sha256").update(`child-acct:${label}`).digest());
  const pub = secp256k1PublicKey(priv);
  return { priv, pub, address: toAddress(secp256k1AddressBytes(pub)) };
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

/** The commitment record of a child with no deposits and no withdrawals. */
export function emptyCommitment(): RollupCommitment {
  return {
    withdrawalRoot: withdrawalListRoot(emptyTree()),
    withdrawalCount: 0n,
    depositCursor: 0n,
    depositAccumulator: new Uint8Array(32),
  };
}

/** An in-process child chain with validator keys in hand (see the file comment). */
export class ChildChain {
  /** Blocks produced so far; `blocks[h - 1]` is height h. */
  readonly blocks: ChildBlock[] = [];
  private readonly byAddress: Map<string, Ed25519KeyPair>;
  private readonly sequences = new Map<string, bigint>();

  private constructor(
    readonly chainId: string,
    readonly genesis: GenesisDoc,
    /** The genesis.json bytes the parent registers. */
    readonly genesisBytes: Uint8Array,
    /** Validator consensus keys, in genesis order. */
    readonly keys: Ed25519KeyPair[],
    /**
     * Validator operator accounts, in genesis order; `delegator` is a funded spare account (and the
     * bridge's relayer unless `bridge` names others).
     */
    readonly operators: ChildAccount[],
    readonly delegator: ChildAccount,
    private readonly node: ChainNode,
    private readonly home: string,
  ) {
    this.byAddress = new Map(keys.map((k) => [hex(k.address), k]));
  }

  /** Starts a child chain at height 0 (genesis loaded, no block yet). */
  static async start(opts: ChildChainOptions = {}): Promise<ChildChain> {
    const chainId = opts.chainId ?? "strata-child-test";
    const n = opts.validators ?? 1;
    const powers = opts.powers ?? Array.from({ length: n }, () => 10);
    const keys = Array.from({ length: n }, (_, i) =>
      ed25519FromSeed(createHash("sha256").update(`child-cons:${chainId}:${i}`).digest()),
    );
    const operators = keys.map((_, i) => childAccount(`${chainId}:operator:${i}`));
    const delegator = childAccount(`${chainId}:delegator`);
    const genesis = buildL2Genesis({
      chainId,
      genesisTime: GENESIS_TIME,
      validators: keys.map((k, i) => ({
        name: `val${i}`,
        pubKey: Buffer.from(k.pubKey).toString("base64"),
        power: String(powers[i]),
        operator: operators[i]!.address,
        selfDelegation: BigInt(powers[i]!) * M,
      })),
      accounts: [
        ...operators.map((o, i) => ({ address: o.address, amount: BigInt(powers[i]!) * M + 1_000n * M })),
        { address: delegator.address, amount: 1_000_000n * M },
        ...(opts.accounts ?? []),
      ],
      // Without bridge params, the spare `delegator` account relays the parent's deposits.
      bridge: opts.bridge ?? { relayers: [delegator.address] },
    });
    const text = JSON.stringify(genesis);
    const commitment = opts.genesisCommitment;
    const makeApp = (id: string) => {
      const { app } = createL2App(id, nullLogger, { minGasPrices: [] });
      const initChain = app.initChain.bind(app);
      // The L2 bridge module writes the record at genesis; `genesisCommitment` replaces it.
      app.initChain = (store, block, appState) => {
        const updates = initChain(store, block, appState);
        if (!store.has(COMMITMENT_STATE_KEY))
          throw new Error("the L2 app wrote no commitment record at genesis");
        if (commitment) store.set(COMMITMENT_STATE_KEY, RollupCommitmentSsz.serialize(commitment));
        return updates;
      };
      return app;
    };
    const home = await mkdtemp(join(tmpdir(), "strata-child-"));
    try {
      const node = await ChainNode.open(
        {
          home,
          genesis,
          genesisText: text,
          makeApp,
          mempool: { maxTxs: 1000, maxBytes: 1 << 24 },
        },
        { logger: nullLogger, clock: () => GENESIS_NS },
      );
      return new ChildChain(
        chainId,
        genesis,
        new TextEncoder().encode(text),
        keys,
        operators,
        delegator,
        node,
        home,
      );
    } catch (err) {
      await rm(home, { recursive: true, force: true });
      throw err;
    }
  }

  /** Current height (0 before the first block). */
  get height(): number {
    return this.node.latestHeight();
  }

  /** The validators of `height`'s set, in set order (what the block names as `validatorsHash`). */
  validatorsAt(height: number): ChildValidator[] {
    return childValidatorsOf(this.node.validatorSetAt(height));
  }

  /** The set the parent registers ([reg-3]): height 1's. */
  registeredValidators(): ChildValidator[] {
    return this.validatorsAt(1);
  }

  /**
   * Proposes, executes and commits the next block with the mempool's txs. Its commit holds a
   * precommit from every validator of the height's set for which `signs` holds (default all),
   * absent entries for the others. A commit with 2/3 or less of the power is stored all the
   * same: the harness can forge what a dishonest batcher would post.
   */
  async produceBlock(
    signs: (index: number, key: Ed25519KeyPair) => boolean = () => true,
  ): Promise<ChildBlock> {
    const tip = this.node.chainTip();
    const height = tip.height + 1;
    const set = this.node.validatorSetAt(height);
    const now = GENESIS_NS + BigInt(height) * SECOND;
    const timeNs =
      height > 1 && tip.lastCommit ? bftTime(tip.lastCommit, this.node.validatorSetAt(height - 1)) : now;
    const block = this.node.proposeBlock(timeNs, tip.lastCommit, set.proposer.address);
    const sealed = sealBlock(block);
    const voteTime = now > timeNs + TIME_IOTA_NS ? now : timeNs + TIME_IOTA_NS;
    const commit = this.precommits(height, sealed.blockId, voteTime, signs);
    await this.node.applyBlock(block, sealed, commit);
    const raw = await this.node.blockForBatch(height, COMMITMENT_STATE_KEY);
    if (!raw?.proof) throw new Error(`child block ${height} is not stored`);
    const child: ChildBlock = {
      height,
      block: raw.block,
      commit: encodeCommit(raw.commit),
      commitmentProof: raw.proof,
      validators: this.validatorsAt(height),
      nextValidators: this.validatorsAt(height + 1),
    };
    this.blocks.push(child);
    return child;
  }

  /**
   * A commit of stored block `height` re-signed by the validators for which `signs` holds (real
   * signatures, possibly too few): what a batcher could post instead of the block's own commit.
   */
  signCommit(height: number, signs: (index: number, key: Ed25519KeyPair) => boolean): Uint8Array {
    const b = this.blocks[height - 1];
    if (!b) throw new Error(`child block ${height} not produced`);
    const block = decodeBlock(b.block);
    const time = block.header.timeNs + TIME_IOTA_NS;
    return encodeCommit(this.precommits(height, blockIdOf(block, b.block), time, signs));
  }

  /** Precommits of `blockId` at `height` by the height's validators chosen by `signs`, in set order. */
  private precommits(
    height: number,
    blockId: BlockId,
    timestamp: bigint,
    signs: (index: number, key: Ed25519KeyPair) => boolean,
  ): Commit {
    const set = this.node.validatorSetAt(height);
    const signatures: CommitSig[] = set.validators.map((v, i) => {
      const key = this.byAddress.get(hex(v.address));
      if (!key || !signs(this.keys.indexOf(key), key))
        return {
          blockIdFlag: BlockIdFlag.absent,
          validatorAddress: new Uint8Array(20),
          timestamp: 0n,
          signature: new Uint8Array(64),
        };
      const vote = {
        type: VoteType.precommit,
        height,
        round: 0,
        blockId,
        timestamp,
        validatorAddress: v.address,
        validatorIndex: i,
      };
      return {
        blockIdFlag: BlockIdFlag.commit,
        validatorAddress: v.address,
        timestamp,
        signature: key.sign(voteSignBytes(this.chainId, vote)),
      };
    });
    return { height, round: 0, blockId, signatures };
  }

  /** Code, codespace and log of each tx of block `height` (a tx admitted by CheckTx may still fail in its block). */
  async txResults(height: number): Promise<{ code: number; codespace: string; log: string }[]> {
    const r = await this.node.getBlockResults(height);
    return (r?.txResults ?? []).map((t) => ({ code: t.code, codespace: t.codespace, log: t.log }));
  }

  /** Produces `count` blocks with every validator signing. */
  async produceBlocks(count: number): Promise<ChildBlock[]> {
    const out: ChildBlock[] = [];
    for (let i = 0; i < count; i++) out.push(await this.produceBlock());
    return out;
  }

  /**
   * The batch items of blocks `from..to` (produced already), built with `buildBatchItem` as a
   * batcher does: `prevHeader` is the header of batch `from − 1` (none for 1), `held` the set the
   * parent holds for `from`. Returns the items and the header and held set after `to`.
   */
  batchItems(
    from: number,
    to: number,
    parent: { prevHeader: BatchHeader | undefined; held: readonly ChildValidator[] },
  ): { items: strata.rollup.v1.IBatchItem[]; lastHeader: BatchHeader | undefined; held: ChildValidator[] } {
    const items: strata.rollup.v1.IBatchItem[] = [];
    let prevHeader = parent.prevHeader;
    let held = [...parent.held];
    for (let h = from; h <= to; h++) {
      const b = this.blocks[h - 1];
      if (!b) throw new Error(`child block ${h} not produced`);
      const built = buildBatchItem({
        block: b.block,
        commit: b.commit,
        commitmentProof: b.commitmentProof,
        prevHeader,
        heldValidators: held,
        nextValidators: b.nextValidators,
      });
      items.push(built.item);
      prevHeader = built.header;
      held = built.nextHeld;
    }
    return { items, lastHeader: prevHeader, held };
  }

  /**
   * Delegates `amount` ustra from the spare `delegator` account to validator `index` (a staking
   * tx admitted to the mempool, executed by the next block; the power changes two heights later).
   * @throws Error when CheckTx refuses it.
   */
  async delegate(index: number, amount: bigint): Promise<void> {
    const msg: Any = {
      typeUrl: MsgDelegate.typeUrl,
      value: MsgDelegate.encode({
        delegatorAddress: this.delegator.address,
        validatorAddress: operatorOf(this.operators[index]!.address),
        amount: { denom: "ustra", amount: amount.toString() },
      }).finish(),
    };
    await this.broadcast(this.delegator, [msg]);
  }

  /**
   * Mints parent deposits on the child (`MsgMintDeposits` from `relayer`, admitted to the
   * mempool; the next block executes it). The child checks the nonce order, not the parent's
   * records: a deposit that does not exist on the parent is minted all the same ([dep-2]).
   * @throws Error when CheckTx refuses it.
   */
  async mintDeposits(
    deposits: strata.l2bridge.v1.IDepositIn[],
    relayer: ChildAccount = this.delegator,
  ): Promise<void> {
    const msg: Any = {
      typeUrl: l2bridge.MsgMintDeposits.getTypeUrl(""),
      value: l2bridge.MsgMintDeposits.encode({ relayer: relayer.address, deposits }).finish(),
    };
    await this.broadcast(relayer, [msg]);
  }

  /** Signs `msgs` from `from` (SIGN_MODE_DIRECT, no fee) and admits the tx to the mempool. */
  async broadcast(from: ChildAccount, msgs: Any[]): Promise<void> {
    const q = await this.node.abciQuery(
      "/cosmos.auth.v1beta1.Query/Account",
      QueryAccountRequest.encode({ address: from.address }).finish(),
      0,
      false,
    );
    if (q.code !== 0) throw new Error(`account ${from.address}: ${q.log}`);
    const account = BaseAccount.decode(QueryAccountResponse.decode(q.value).account!.value);
    const sequence = this.sequences.get(from.address) ?? account.sequence;
    const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs })).finish();
    const authInfoBytes = AuthInfo.encode(
      AuthInfo.fromPartial({
        signerInfos: [
          {
            publicKey: encodePubKeyAny(from.pub),
            modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
            sequence,
          },
        ],
        fee: { amount: [], gasLimit: 1_000_000n },
      }),
    ).finish();
    const signature = signSecp256k1(
      sha256(directSignBytes(bodyBytes, authInfoBytes, this.chainId, account.accountNumber)),
      from.priv,
    );
    const r = await this.node.broadcastTx(
      TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish(),
    );
    if (r.code !== 0) throw new Error(`CheckTx refused: ${r.codespace}:${r.code} ${r.log}`);
    this.sequences.set(from.address, sequence + 1n);
  }

  /**
   * Runs an ABCI query (a gRPC path) against the latest state and returns the response bytes.
   * @throws Error with the log when the query fails.
   */
  async query(path: string, request: Uint8Array): Promise<Uint8Array> {
    const q = await this.node.abciQuery(path, request, 0, false);
    if (q.code !== 0) throw new Error(`query ${path}: ${q.codespace}:${q.code} ${q.log}`);
    return q.value;
  }

  /** Stops the node and removes its home. */
  async stop(): Promise<void> {
    await this.node.stop();
    await rm(this.home, { recursive: true, force: true });
  }
}
