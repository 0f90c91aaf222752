import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { App } from "../app/app.js";
import { BlockStore } from "../blockstore/index.js";
import { ValidatorSet } from "../consensus/index.js";
import { toHexUpper } from "../crypto/index.js";
import type { Logger } from "../log/index.js";
import { CommitStore, computeStateRoot, openDatabase } from "../store/index.js";
import { type GenesisDoc, genesisTimeNs, genesisValidators } from "./genesis.js";
import { openHomeDatabase } from "./homeLock.js";
import { executionInfo } from "./producer.js";
import { ValidatorSchedule } from "./validatorSchedule.js";

/** Outcome of {@link replayChain}. */
export interface ReplayReport {
  /** Blocks re-executed. */
  blocks: number;
  /** Heights whose recomputed app hash differs from the stored one (empty when deterministic). */
  mismatches: { height: number; stored: string; replayed: string }[];
  /** App hash after the last block. */
  appHash: string;
}

/**
 * Re-executes every stored block of a (stopped) node from genesis into a fresh store and compares
 * each resulting state root with the one the node committed, and with the next header's app
 * hash. Any difference means the state transition is not deterministic.
 * @throws NodeError `homeInUse` naming the pid when a running node holds the home.
 */
export async function replayChain(
  home: string,
  genesis: GenesisDoc,
  makeApp: (chainId: string, logger: Logger) => App,
  logger: Logger,
): Promise<ReplayReport> {
  const srcDb = await openHomeDatabase(home);
  const scratch = await mkdtemp(join(tmpdir(), "strata-replay-"));
  const dstDb = await openDatabase(scratch);
  try {
    const [srcStore, blocks, fresh] = await Promise.all([
      CommitStore.open(srcDb),
      BlockStore.open(srcDb),
      CommitStore.open(dstDb),
    ]);
    const app = makeApp(genesis.chainId, logger);
    const info = (height: number, timeNs: bigint) => ({
      chainId: genesis.chainId,
      height,
      timeNs,
      proposer: new Uint8Array(20),
    });
    const schedule = new ValidatorSchedule(
      ValidatorSet.create(
        genesisValidators(genesis).map((v) => ({ pubKey: v.pubKey, votingPower: v.votingPower })),
      ),
    );
    app.initChain(fresh.working(), info(0, genesisTimeNs(genesis)), genesis.appState);
    let root = computeStateRoot(fresh.working().iterate(new Uint8Array()));
    const mismatches: ReplayReport["mismatches"] = [];
    const check = (height: number, stored: Uint8Array | undefined) => {
      if (!stored || Buffer.compare(stored, root) !== 0) {
        mismatches.push({
          height,
          stored: stored ? toHexUpper(stored) : "(missing)",
          replayed: toHexUpper(root),
        });
      }
    };
    const latest = blocks.latestHeight();
    for (let h = 1; h <= latest; h++) {
      const b = await blocks.getBlock(h);
      if (!b) throw new Error(`block ${h} missing from the block store`);
      // The header of block h carries the root after h-1.
      if (Buffer.compare(b.block.header.appHash, root) !== 0) {
        mismatches.push({
          height: h - 1,
          stored: toHexUpper(b.block.header.appHash),
          replayed: toHexUpper(root),
        });
      }
      const executed = app.execBlock(
        fresh.working(),
        executionInfo(genesis.chainId, b.block, h > 1 ? schedule.setAt(h - 1) : undefined),
        b.block.txs,
      );
      schedule.record(h, executed.validatorUpdates);
      root = await fresh.commit(h);
      check(h, await srcStore.rootAt(h));
    }
    return { blocks: latest, mismatches, appHash: toHexUpper(root) };
  } finally {
    await Promise.all([srcDb.close(), dstDb.close()]);
    await rm(scratch, { recursive: true, force: true });
  }
}
