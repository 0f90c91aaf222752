/**
 * One keyring directory on disk: one `<name>.json` file per key, mode 0600, in a 0700 folder.
 * Writes are atomic (temp file, fsync, then link/rename), and never overwrite an existing key.
 * Knows nothing about the file contents.
 */
import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, open, readdir, readFile, rename, rm, unlink } from "node:fs/promises";
import { join } from "node:path";
import { KeyringError, KeyringErrorCode } from "./errors.js";

/** Raw file access to one keyring directory. */
export interface KeyStore {
  /** The directory. */
  readonly dir: string;
  /** Path of the file holding `name`. */
  pathOf(name: string): string;
  /**
   * Text of the key file, or `undefined` when there is none.
   * @throws {KeyringError} storageFailed on any other read error
   */
  read(name: string): Promise<string | undefined>;
  /**
   * Names of all key files (unsorted); an absent directory holds none.
   * @throws {KeyringError} storageFailed when the directory cannot be read
   */
  names(): Promise<string[]>;
  /**
   * Atomically creates the key file; never replaces an existing one.
   * @throws {KeyringError} keyExists when the file exists; storageFailed on I/O errors
   */
  create(name: string, text: string): Promise<void>;
  /**
   * Deletes the key file; `false` when there was none.
   * @throws {KeyringError} storageFailed on I/O errors
   */
  remove(name: string): Promise<boolean>;
}

const KEY_FILE = /^([A-Za-z0-9][A-Za-z0-9._-]*)\.json$/;

function errnoCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null ? (err as NodeJS.ErrnoException).code : undefined;
}

function storageError(action: string, path: string, err: unknown): KeyringError {
  const code = errnoCode(err) ?? (err instanceof Error ? err.message : String(err));
  return new KeyringError(KeyringErrorCode.storageFailed, `cannot ${action} ${path}: ${code}`, {
    path,
    code,
  });
}

/** Opens (without creating) the key store in `dir`. */
export function createKeyStore(dir: string): KeyStore {
  const pathOf = (name: string) => join(dir, `${name}.json`);

  async function ensureDir(): Promise<void> {
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // mkdir's mode only applies to folders it creates; tighten one that already existed
      await chmod(dir, 0o700);
    } catch (err) {
      throw storageError("create keyring directory", dir, err);
    }
  }

  async function syncDir(): Promise<void> {
    // Makes the new directory entry durable; not every platform can fsync a directory, and the
    // data itself is already synced, so failure here is not an error.
    try {
      const fh = await open(dir, "r");
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch {
      /* best effort */
    }
  }

  async function read(name: string): Promise<string | undefined> {
    const file = pathOf(name);
    try {
      return await readFile(file, "utf8");
    } catch (err) {
      if (errnoCode(err) === "ENOENT") return undefined;
      throw storageError("read", file, err);
    }
  }

  return {
    dir,
    pathOf,

    read,

    async names() {
      let entries: string[];
      try {
        entries = await readdir(dir);
      } catch (err) {
        if (errnoCode(err) === "ENOENT") return [];
        throw storageError("read keyring directory", dir, err);
      }
      return entries.flatMap((e) => {
        const m = KEY_FILE.exec(e);
        return m ? [m[1]!] : [];
      });
    },

    async create(name, text) {
      await ensureDir();
      const file = pathOf(name);
      // Leading dot: temp files never look like keys to names()
      const tmp = join(dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
      try {
        const fh = await open(tmp, "wx", 0o600);
        try {
          await fh.writeFile(text, "utf8");
          await fh.sync();
        } finally {
          await fh.close();
        }
      } catch (err) {
        await rm(tmp, { force: true });
        throw storageError("write", tmp, err);
      }
      try {
        // link() fails with EEXIST where rename() would silently replace a concurrent writer's key
        await link(tmp, file);
      } catch (err) {
        const code = errnoCode(err);
        if (code === "EEXIST") {
          await rm(tmp, { force: true });
          throw new KeyringError(KeyringErrorCode.keyExists, `key file ${file} already exists`, { file });
        }
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EOPNOTSUPP") {
          await rm(tmp, { force: true });
          throw storageError("create", file, err);
        }
        // Filesystem without hard links: check, then rename (atomic, but racy against a
        // concurrent add of the same name)
        if ((await read(name)) !== undefined) {
          await rm(tmp, { force: true });
          throw new KeyringError(KeyringErrorCode.keyExists, `key file ${file} already exists`, { file });
        }
        try {
          await rename(tmp, file);
        } catch (err2) {
          await rm(tmp, { force: true });
          throw storageError("create", file, err2);
        }
        await syncDir();
        return;
      }
      await rm(tmp, { force: true });
      await syncDir();
    },

    async remove(name) {
      const file = pathOf(name);
      try {
        await unlink(file);
      } catch (err) {
        if (errnoCode(err) === "ENOENT") return false;
        throw storageError("delete", file, err);
      }
      await syncDir();
      return true;
    },
  };
}
