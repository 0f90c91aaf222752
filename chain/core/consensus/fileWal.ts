import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { crc32 } from "node:zlib";
import { ConsensusError, ConsensusErrorCode } from "./errors.js";

/**
 * File layout: the 8-byte magic `SWAL0001`, then records of
 *
 *     u32be length ‖ u32be crc32(length bytes ‖ payload) ‖ payload      (1 ≤ length ≤ 64 MiB)
 *
 * Appends go straight to the OS (a process crash loses nothing written); `sync` fsyncs, and the
 * host calls it before it releases any signed message. A crash during a write can leave a torn
 * last record: on open it is cut off. Damage followed by a valid record is not a torn write, and
 * opening refuses it.
 */
const MAGIC = Buffer.from("SWAL0001", "ascii");
const HEADER = 8;
/** Largest record payload accepted (a block with its proposal fits easily). */
export const MAX_WAL_RECORD = 64 * 1024 * 1024;

function frame(payload: Uint8Array): Buffer {
  const out = Buffer.alloc(HEADER + payload.length);
  out.writeUInt32BE(payload.length, 0);
  out.set(payload, HEADER);
  // crc32(payload, seed) continues the checksum, so this is crc32(length bytes ‖ payload).
  out.writeUInt32BE(crc32(payload, crc32(out.subarray(0, 4))), 4);
  return out;
}

// Length of the valid record starting at `offset`, or -1 when there is none there.
function recordAt(data: Buffer, offset: number): number {
  if (data.length - offset < HEADER) return -1;
  const length = data.readUInt32BE(offset);
  if (length === 0 || length > MAX_WAL_RECORD || offset + HEADER + length > data.length) return -1;
  const payload = data.subarray(offset + HEADER, offset + HEADER + length);
  const expected = crc32(payload, crc32(data.subarray(offset, offset + 4)));
  return data.readUInt32BE(offset + 4) === expected ? length : -1;
}

function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the rename is then as durable as it gets.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeFileDurably(path: string, chunks: readonly Uint8Array[]): void {
  const fd = openSync(path, "w");
  try {
    for (const c of chunks) writeSync(fd, c);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * An append-only write-ahead log of length-prefixed, checksummed records (synchronous I/O, so it
 * can sit inside the machine's synchronous signing path).
 */
export class FileWal {
  /** Path of the log file. */
  readonly path: string;
  /** Records found when the file was opened, oldest first. */
  readonly recovered: readonly Uint8Array[];
  /** Bytes of a torn last record cut off when opening (0 when the file was clean). */
  readonly truncatedBytes: number;
  private fd: number | undefined;

  private constructor(path: string, recovered: Uint8Array[], truncatedBytes: number) {
    this.path = path;
    this.recovered = recovered;
    this.truncatedBytes = truncatedBytes;
    this.fd = openSync(path, "a");
  }

  /**
   * Opens (or creates) a log, reads its records and cuts off a torn tail.
   * @throws ConsensusError `walCorrupted` when the file is not a WAL or is damaged before its end.
   */
  static open(path: string): FileWal {
    if (!existsSync(path)) {
      writeFileDurably(path, [MAGIC]);
      fsyncDir(dirname(path));
      return new FileWal(path, [], 0);
    }
    const data = readFileSync(path);
    if (data.length < MAGIC.length && MAGIC.subarray(0, data.length).equals(data)) {
      // Torn while being created: nothing was ever recorded.
      writeFileDurably(path, [MAGIC]);
      return new FileWal(path, [], data.length);
    }
    if (!data.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new ConsensusError(ConsensusErrorCode.walCorrupted, "not a strata consensus WAL", { path });
    }
    const records: Uint8Array[] = [];
    let offset = MAGIC.length;
    while (offset < data.length) {
      const length = recordAt(data, offset);
      if (length < 0) break;
      records.push(new Uint8Array(data.subarray(offset + HEADER, offset + HEADER + length)));
      offset += HEADER + length;
    }
    const truncated = data.length - offset;
    if (truncated > 0) {
      // [REJECT] only the last record may be damaged: a valid record after the damage means the
      // middle of the log is corrupt, and replaying around it could lose a signed vote.
      for (let probe = offset + 1; probe < data.length; probe++) {
        if (recordAt(data, probe) >= 0) {
          throw new ConsensusError(ConsensusErrorCode.walCorrupted, "WAL is damaged before its last record", {
            path,
            offset,
          });
        }
      }
      const fd = openSync(path, "r+");
      try {
        ftruncateSync(fd, offset);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    return new FileWal(path, records, truncated);
  }

  /**
   * Appends one record (written to the OS, not yet fsynced).
   * @throws RangeError for an empty or oversized payload; ConsensusError `invalidInput` when closed.
   */
  append(payload: Uint8Array): void {
    if (payload.length === 0 || payload.length > MAX_WAL_RECORD) {
      throw new RangeError(`WAL record must be 1..${MAX_WAL_RECORD} bytes`);
    }
    writeSync(this.openFd(), frame(payload));
  }

  /** Makes every appended record durable (fsync). */
  sync(): void {
    fsyncSync(this.openFd());
  }

  /**
   * Atomically replaces the log with `records` (e.g. only those of the current height), via a
   * temporary file, fsync and rename.
   */
  compact(records: readonly Uint8Array[]): void {
    const old = this.openFd();
    const tmp = `${this.path}.compact`;
    writeFileDurably(tmp, [MAGIC, ...records.map(frame)]);
    // Renaming over the open file is safe on POSIX: the old descriptor keeps the old inode until
    // it is swapped below, so a failed rename leaves the log usable.
    renameSync(tmp, this.path);
    fsyncDir(dirname(this.path));
    this.fd = openSync(this.path, "a");
    closeSync(old);
  }

  /** Closes the file; later calls throw. */
  close(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
  }

  private openFd(): number {
    if (this.fd === undefined) throw new ConsensusError(ConsensusErrorCode.invalidInput, "WAL is closed");
    return this.fd;
  }
}
