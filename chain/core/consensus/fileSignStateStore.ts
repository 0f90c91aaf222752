import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import type { LastSignState, SignStateStore, SignStep } from "./signGuard.js";

interface StoredJson {
  height: number;
  round: number;
  step: number;
  signBytes: string;
  signature: string;
  timestamp: string;
  contentBytes: string;
}

function fsyncDir(dir: string): void {
  // Make the rename itself durable; some platforms cannot open a directory, which is then moot.
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A {@link SignStateStore} in one JSON file (like CometBFT's `priv_validator_state.json`). Each
 * save writes a temporary file, fsyncs it, renames it over the old one and fsyncs the folder, so
 * the file is always either the old or the new state.
 */
export class FileSignStateStore implements SignStateStore {
  /** Path of the state file. */
  readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  /**
   * Reads the stored state.
   * @throws ConsensusError `walCorrupted` when the file exists but cannot be parsed (a validator
   *   must not sign on with a forgotten state).
   */
  load(): LastSignState | undefined {
    if (!existsSync(this.path)) return undefined;
    try {
      const json = JSON.parse(readFileSync(this.path, "utf8")) as StoredJson;
      return {
        height: json.height,
        round: json.round,
        step: json.step as SignStep,
        signBytes: new Uint8Array(Buffer.from(json.signBytes, "hex")),
        signature: new Uint8Array(Buffer.from(json.signature, "hex")),
        timestamp: BigInt(json.timestamp),
        contentBytes: new Uint8Array(Buffer.from(json.contentBytes, "hex")),
      };
    } catch (err) {
      throw new ConsensusError(ConsensusErrorCode.walCorrupted, "sign state file is unreadable", {
        path: this.path,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }

  /** Atomically replaces the stored state and fsyncs it. */
  save(state: LastSignState): void {
    const json: StoredJson = {
      height: state.height,
      round: state.round,
      step: state.step,
      signBytes: Buffer.from(state.signBytes).toString("hex"),
      signature: Buffer.from(state.signature).toString("hex"),
      timestamp: state.timestamp.toString(),
      contentBytes: Buffer.from(state.contentBytes).toString("hex"),
    };
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, JSON.stringify(json));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
    fsyncDir(dirname(this.path));
  }
}
