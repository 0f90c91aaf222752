import type { Logger } from "../log/index.js";
import { type KVStore, PrefixStore } from "../store/index.js";
import type { EventManager } from "./events.js";
import type { GasMeter } from "./gas.js";

/** Whether the state transition runs for the mempool, a simulation, or a block. */
export type ExecMode = "check" | "simulate" | "deliver";

/** A validator's participation in the previous block's commit (slashing counts downtime from it). */
export interface CommitVoteInfo {
  /** Consensus address (20 bytes). */
  validatorAddress: Uint8Array;
  power: bigint;
  /** Whether its precommit for the block is in the commit. */
  signed: boolean;
}

/** Proven misbehaviour handed to the application (duplicate votes). */
export interface Misbehavior {
  type: "duplicateVote";
  /** Consensus address (20 bytes). */
  validatorAddress: Uint8Array;
  /** Height of the infraction. */
  height: number;
  /** Time of the infraction's block, ns. */
  timeNs: bigint;
  /** Validator power at the infraction height. */
  power: bigint;
  totalVotingPower: bigint;
}

/** A change to the validator set requested by the application at end-block (power 0 removes). */
export interface ValidatorUpdate {
  /** ed25519 consensus public key (32 bytes). */
  pubKey: Uint8Array;
  power: bigint;
}

/** Facts about the block being executed; never read from a wall clock. */
export interface BlockInfo {
  chainId: string;
  height: number;
  /** Block time (BFT time) in nanoseconds since the epoch. */
  timeNs: bigint;
  proposer: Uint8Array;
  /**
   * Hash of the previous block (empty at height 1 and in queries). Modules draw from it where a
   * choice must be unpredictable to the sender of a tx yet identical on every node (guard draws).
   */
  lastBlockHash?: Uint8Array;
  /** Votes of the previous block's commit (empty at height 1 and in queries). */
  lastCommit?: CommitVoteInfo[];
  /** Evidence committed in this block. */
  misbehavior?: Misbehavior[];
}

/** Anything that hands out module stores by name (a {@link Context}). */
export interface StoreSource {
  kv(name: string): KVStore;
}

/**
 * Everything a message handler, query handler or hook may touch. The state transition is a
 * function of (context, message): the store, gas meter, event sink and logger are injected here.
 */
export class Context implements StoreSource {
  constructor(
    readonly block: BlockInfo,
    /** The whole application store (module stores are prefixes of it). */
    readonly store: KVStore,
    readonly gas: GasMeter,
    readonly events: EventManager,
    readonly mode: ExecMode,
    readonly logger: Logger,
  ) {}

  private readonly moduleStores = new Map<string, KVStore>();

  /** The store of module `name` (its own namespace: `name/`). */
  kv(name: string): KVStore {
    // Keepers ask for their store on every access; one view per context and module is enough.
    let kv = this.moduleStores.get(name);
    if (!kv) {
      kv = new PrefixStore(this.store, moduleStorePrefix(name));
      this.moduleStores.set(name, kv);
    }
    return kv;
  }
}

const prefixCache = new Map<string, Uint8Array>();

/** Store prefix of a module: its name and a slash. */
export function moduleStorePrefix(name: string): Uint8Array {
  let p = prefixCache.get(name);
  if (!p) {
    p = new TextEncoder().encode(`${name}/`);
    prefixCache.set(name, p);
  }
  return p;
}
