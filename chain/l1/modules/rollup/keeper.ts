import type { StoreSource } from "../../../core/app/context.js";
import { type BatchHeader, decodeBatchHeader } from "../../../core/rollup/index.js";
import { type AccountKeeper, type BankKeeper, type DepositsReader, NO_DEPOSITS } from "./expectedKeepers.js";
import type { RollupParams } from "./params.js";
import { rollupStore } from "./store.js";

/** Keepers the rollup module is built on; `deposits` is replaced by {@link RollupKeeper.setDepositsReader}. */
export interface RollupDeps {
  bank: BankKeeper;
  accounts: AccountKeeper;
  deposits: DepositsReader;
}

/** An accepted batch as other modules read it (the bridge proves withdrawals against it). */
export interface AcceptedBatchView {
  /** The decoded `BatchHeader`. */
  header: BatchHeader;
  /** Its hash-tree root. */
  headerRoot: Uint8Array;
  /** Parent height at which it was accepted. */
  parentHeight: number;
}

/**
 * Creates the rollup keeper: what other modules (the L1 bridge) read of registered chains and
 * accepted batches. Stateless over the context apart from its wiring.
 */
export function createRollupKeeper(deps: { bank: BankKeeper; accounts: AccountKeeper }) {
  const wiring: RollupDeps = { ...deps, deposits: NO_DEPOSITS };
  return {
    /** Wiring of the operations (message handlers use it). */
    deps: wiring,

    /**
     * Wires the deposit facts [batch-10] checks (the L1 bridge keeper), replacing the no-deposit
     * stand-in. Call once while building the app, before any block runs.
     */
    setDepositsReader(reader: DepositsReader): void {
      wiring.deposits = reader;
    },

    /** Whether `chainId` is a registered child chain. */
    isRegistered(ctx: StoreSource, chainId: string): boolean {
      return rollupStore.getRollup(ctx, chainId) !== undefined;
    },

    /** Accepted batch `number` of `chainId`, or undefined. */
    getBatch(ctx: StoreSource, chainId: string, number: number): AcceptedBatchView | undefined {
      const record = rollupStore.getBatch(ctx, chainId, number);
      if (!record) return undefined;
      return {
        header: decodeBatchHeader(record.header),
        headerRoot: new Uint8Array(record.headerRoot),
        parentHeight: Number(record.parentHeight),
      };
    },

    /** The chain's challenge window in parent blocks, or undefined when it is not registered. */
    challengeWindow(ctx: StoreSource, chainId: string): number | undefined {
      const r = rollupStore.getRollup(ctx, chainId);
      return r ? Number(r.challengeWindowBlocks) : undefined;
    },

    /** The last accepted batch number of `chainId` (0 before the first), or undefined when not registered. */
    lastNumber(ctx: StoreSource, chainId: string): number | undefined {
      const r = rollupStore.getRollup(ctx, chainId);
      return r ? Number(r.lastNumber) : undefined;
    },

    /** The current params. */
    params(ctx: StoreSource): RollupParams {
      return rollupStore.getParams(ctx);
    },
  };
}

/** The rollup keeper's type. */
export type RollupKeeper = ReturnType<typeof createRollupKeeper>;
