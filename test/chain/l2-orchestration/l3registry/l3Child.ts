/**
 * An in-process stand-in for an L3 chain, for tests of L2's l3registry: a `ChainNode` over LevelDB
 * in a temp folder running an app with no bridge (the L1 app from `buildL1Genesis` without
 * rollups: the Cosmos module set, so the commitment key is absent as on an L3), with N validators
 * whose ed25519 keys the harness holds. Each block carries a real commit signed by the chosen
 * validators; what matters to the anchoring checks (header, block id, commit, validator set, proof
 * of absence of the commitment key) is exactly what a real L3 produces.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  bftTime,
  encodeCommit,
  TIME_IOTA_NS,
  VoteType,
  voteSignBytes,
} from "../../../../chain/core/consensus/index.js";
import { type Ed25519KeyPair, ed25519FromSeed } from "../../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { ChainNode } from "../../../../chain/core/node/node.js";
import { sealBlock } from "../../../../chain/core/node/producer.js";
import {
  type BatchHeader,
  buildBatchItem,
  type ChildValidator,
  COMMITMENT_STATE_KEY,
  childValidatorsOf,
} from "../../../../chain/core/rollup/index.js";
import type { StateProof } from "../../../../chain/core/store/index.js";
import { BlockIdFlag, type CommitSig } from "../../../../chain/core/types/index.js";
import { buildL1Genesis, makeL1App } from "../../../../chain/l1/index.js";
import type { strata } from "../../../../proto/gen/strata.js";
import { account } from "../../core/modules/helpers.js";

const GENESIS_TIME = "2027-01-01T00:00:00Z";
const GENESIS_NS = BigInt(Date.parse(GENESIS_TIME)) * 1_000_000n;
const SECOND = 1_000_000_000n;

/** One produced L3 block as the anchorer reads it. */
export interface L3Block {
  height: number;
  block: Uint8Array;
  commit: Uint8Array;
  proof: StateProof;
}

/** An in-process L3 stand-in (see the file comment). */
export class L3Child {
  readonly blocks: L3Block[] = [];
  private readonly byAddress: Map<string, Ed25519KeyPair>;

  private constructor(
    readonly chainId: string,
    readonly genesisBytes: Uint8Array,
    readonly keys: Ed25519KeyPair[],
    private readonly node: ChainNode,
    private readonly home: string,
  ) {
    this.byAddress = new Map(keys.map((k) => [Buffer.from(k.address).toString("hex"), k]));
  }

  /** Starts an L3 stand-in with `validators` validators of power 10 each, at height 0. */
  static async start(chainId: string, validators: number): Promise<L3Child> {
    const keys = Array.from({ length: validators }, (_, i) =>
      ed25519FromSeed(createHash("sha256").update(`l3-cons:${chainId}:${i}`).digest()),
    );
    const genesis = buildL1Genesis({
      chainId,
      genesisTime: GENESIS_TIME,
      validators: keys.map((k, i) => ({
        name: `val${i}`,
        pubKey: Buffer.from(k.pubKey).toString("base64"),
        power: "10",
      })),
      accounts: [{ address: account("l3-funded").address, amount: 10n ** 12n }],
    });
    const text = JSON.stringify(genesis);
    const home = await mkdtemp(join(tmpdir(), "strata-l3child-"));
    try {
      const node = await ChainNode.open(
        {
          home,
          genesis,
          genesisText: text,
          makeApp: (id: string) => makeL1App(id, nullLogger, { minGasPrices: [] }),
          mempool: { maxTxs: 100, maxBytes: 1 << 20 },
        },
        { logger: nullLogger, clock: () => GENESIS_NS },
      );
      return new L3Child(chainId, new TextEncoder().encode(text), keys, node, home);
    } catch (err) {
      await rm(home, { recursive: true, force: true });
      throw err;
    }
  }

  /** The genesis validator set in set order (what `MsgRegisterL3` lists). */
  registeredValidators(): ChildValidator[] {
    return childValidatorsOf(this.node.validatorSetAt(1));
  }

  /** Produces the next block, its commit signed by the validators (by genesis index) for which `signs` holds. */
  async produceBlock(signs: (index: number) => boolean = () => true): Promise<L3Block> {
    const tip = this.node.chainTip();
    const height = tip.height + 1;
    const set = this.node.validatorSetAt(height);
    const now = GENESIS_NS + BigInt(height) * SECOND;
    const timeNs =
      height > 1 && tip.lastCommit ? bftTime(tip.lastCommit, this.node.validatorSetAt(height - 1)) : now;
    const block = this.node.proposeBlock(timeNs, tip.lastCommit, set.proposer.address);
    const sealed = sealBlock(block);
    const voteTime = now > timeNs + TIME_IOTA_NS ? now : timeNs + TIME_IOTA_NS;
    const signatures: CommitSig[] = set.validators.map((v, i) => {
      const key = this.byAddress.get(Buffer.from(v.address).toString("hex"));
      if (!key || !signs(this.keys.indexOf(key)))
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
        blockId: sealed.blockId,
        timestamp: voteTime,
        validatorAddress: v.address,
        validatorIndex: i,
      };
      return {
        blockIdFlag: BlockIdFlag.commit,
        validatorAddress: v.address,
        timestamp: voteTime,
        signature: key.sign(voteSignBytes(this.chainId, vote)),
      };
    });
    const commit = { height, round: 0, blockId: sealed.blockId, signatures };
    await this.node.applyBlock(block, sealed, commit);
    const raw = await this.node.blockForBatch(height, COMMITMENT_STATE_KEY);
    if (!raw?.proof) throw new Error(`L3 block ${height} is not stored`);
    const out = { height, block: raw.block, commit: encodeCommit(commit), proof: raw.proof };
    this.blocks.push(out);
    return out;
  }

  /** Items for blocks `from..to` built as the anchorer builds them ([anchor-1]: proof of absence). */
  items(
    from: number,
    to: number,
    prevHeader: BatchHeader | undefined,
  ): { items: strata.rollup.v1.IBatchItem[]; last: BatchHeader | undefined } {
    const items: strata.rollup.v1.IBatchItem[] = [];
    let prev = prevHeader;
    let held = this.registeredValidators();
    for (let h = from; h <= to; h++) {
      const b = this.blocks[h - 1]!;
      const built = buildBatchItem({
        block: b.block,
        commit: b.commit,
        commitmentProof: b.proof,
        prevHeader: prev,
        heldValidators: held,
        noCommitment: true,
      });
      items.push(built.item);
      prev = built.header;
      held = built.nextHeld;
    }
    return { items, last: prev };
  }

  async stop(): Promise<void> {
    await this.node.stop();
    await rm(this.home, { recursive: true, force: true });
  }
}
