/**
 * State store benchmark: commit latency for 1,000 and 10,000 dirty keys over a 100,000-key state
 * (keys and values ~40 bytes), keys committed per second, proof generation and verification
 * rates, and the cost of reopening. Runs on a real LevelDB in a temp folder (removed at the end).
 *
 * Standalone: `node --import tsx bench/store.ts` prints the JSON result.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CommitStore, type Database, openDatabase, verifyStateProof } from "../chain/core/store/index.js";

const STATE_KEYS = 100_000;
const KEY_BYTES = 40;
const VALUE_BYTES = 40;
const ROUNDS = 5;
const PROOFS = 2_000;

const key = (): Uint8Array => {
  const k = new Uint8Array(randomBytes(KEY_BYTES));
  k[0] = 0x10 + (k[0]! % 8); // a handful of module prefixes, like real state
  return k;
};
const value = (): Uint8Array => new Uint8Array(randomBytes(VALUE_BYTES));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Wall and process CPU time (main thread plus LevelDB threads) of one commit, ms. */
interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Writes `n` dirty keys (90% updates of existing keys, 10% new) and commits. */
async function commitDirty(store: CommitStore, keys: Uint8Array[], n: number): Promise<Timing> {
  const w = store.working();
  for (let i = 0; i < n; i++) {
    if (i % 10 === 9) {
      const k = key();
      keys.push(k);
      w.set(k, value());
    } else {
      w.set(keys[Math.floor(Math.random() * keys.length)]!, value());
    }
  }
  const cpu = process.cpuUsage();
  const t = performance.now();
  await store.commit(store.lastHeight + 1);
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

/** Runs the benchmark and returns its figures. */
export async function benchStore(): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), "strata-bench-store-"));
  let db: Database | undefined;
  try {
    db = await openDatabase(dir);
    let store = await CommitStore.open(db);
    const keys: Uint8Array[] = [];
    const w = store.working();
    for (let i = 0; i < STATE_KEYS; i++) {
      const k = key();
      keys.push(k);
      w.set(k, value());
    }
    let t = performance.now();
    await store.commit(1);
    const initialCommitMs = performance.now() - t;

    const result: Record<string, unknown> = {
      stateKeys: STATE_KEYS,
      keyBytes: KEY_BYTES,
      valueBytes: VALUE_BYTES,
      fsyncPerCommit: true,
      initialCommit100kMs: round1(initialCommitMs),
    };
    for (const n of [1_000, 10_000]) {
      const walls: number[] = [];
      const cpus: number[] = [];
      const tries: number[] = [];
      const writes: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const timing = await commitDirty(store, keys, n);
        walls.push(timing.wallMs);
        cpus.push(timing.cpuMs);
        tries.push(store.lastCommitStats!.trieMs);
        writes.push(store.lastCommitStats!.writeMs);
      }
      const tag = `commit${n / 1000}k`;
      const ms = median(walls);
      result[`${tag}Ms`] = round1(ms);
      result[`${tag}CpuMs`] = round1(median(cpus));
      result[`${tag}TrieMs`] = round1(median(tries));
      result[`${tag}WriteMs`] = round1(median(writes));
      result[`${tag}KeysPerSec`] = Math.round((n / ms) * 1000);
      result[`${tag}Nodes`] = store.lastCommitStats!.nodes;
    }

    // proofs against the latest height: half present keys, half absent
    const probe = Array.from({ length: PROOFS }, (_, i) =>
      i % 2 === 0 ? keys[Math.floor(Math.random() * keys.length)]! : key(),
    );
    t = performance.now();
    const proofs = [];
    for (const k of probe) proofs.push(await store.prove(k));
    const proveMs = performance.now() - t;
    const root = store.lastRoot;
    t = performance.now();
    for (let i = 0; i < proofs.length; i++) await verifyStateProof(root, probe[i]!, proofs[i]!);
    const verifyMs = performance.now() - t;
    result.proofsPerSec = Math.round((PROOFS / proveMs) * 1000);
    result.verifiesPerSec = Math.round((PROOFS / verifyMs) * 1000);
    result.proofNodesAvg = round1(proofs.reduce((s, p) => s + p.nodes.length, 0) / PROOFS);
    result.proofBytesAvg = Math.round(
      proofs.reduce((s, p) => s + p.nodes.reduce((a, n) => a + n.length, 0), 0) / PROOFS,
    );

    // restart: load the flat state, then a commit with a cold node cache
    t = performance.now();
    store = await CommitStore.open(db);
    result.reopenMs = round1(performance.now() - t);
    result.commit10kColdCacheMs = round1((await commitDirty(store, keys, 10_000)).wallMs);
    return result;
  } finally {
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchStore(), null, 2));
}
