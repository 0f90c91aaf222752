/**
 * Receipt signatures checked ahead of execution on a worker thread (the hot path of
 * `MsgRecordTasks`: one ed25519 verification per receipt, ~70 % of a record's execution).
 *
 * When a record message passes its stateless checks (CheckTx, as the tx enters the mempool), its
 * receipts are sent to a worker that verifies them under the keys their executors were last seen
 * registered with; each valid (key, sign bytes, signature) triple is remembered by digest. When
 * the message executes, a receipt whose exact triple is remembered needs no second verification;
 * any other receipt is verified inline as before. A remembered triple is a fact about the bytes
 * alone (ed25519 verification is a pure function), so the outcome of every tx, its gas and its
 * errors are exactly those of inline verification: only where the CPU time is spent changes (the
 * second core, while the tx waits in the mempool for its block). Nothing here is chain state.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { strata } from "../../../../proto/gen/strata.js";
import { receiptSignBytes } from "./receiptSignBytes.js";

/** Messages with fewer receipts are not worth a round trip to the worker. */
const MIN_BATCH = 16;
/** Bounds on memory: remembered triples, executor keys, receipts waiting in the worker. */
const VERIFIED_LIMIT = 100_000;
const KEYS_LIMIT = 100_000;
const PENDING_LIMIT = 50_000;

// The worker: plain CommonJS on node:crypto, verifying exactly as chain/core/crypto's
// verifyEd25519 does (SPKI-wrapped raw key, pure ed25519, any failure is "invalid").
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { createPublicKey, verify } = require("node:crypto");
const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const keys = new Map();
parentPort.on("message", ({ id, data, offsets }) => {
  const n = offsets.length - 1;
  const ok = new Uint8Array(n);
  const bytes = Buffer.from(data);
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const pub = bytes.subarray(start, start + 32);
    const sig = bytes.subarray(start + 32, start + 96);
    const msg = bytes.subarray(start + 96, offsets[i + 1]);
    try {
      const hex = pub.toString("hex");
      let key = keys.get(hex);
      if (key === undefined) {
        key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pub]), format: "der", type: "spki" });
        if (keys.size >= 20000) keys.clear();
        keys.set(hex, key);
      }
      ok[i] = verify(null, msg, key, sig) ? 1 : 0;
    } catch {
      ok[i] = 0;
    }
  }
  parentPort.postMessage({ id, ok }, [ok.buffer]);
});
`;

/**
 * Triples a worker found valid, by signature (64 bytes as a latin1 string): the key and sign bytes
 * they were valid for, `pubKey ‖ signBytes`. A lookup compares those bytes, so a different receipt
 * carrying the same signature bytes is never taken for a verified one. Lookups only.
 */
let verified = new Map<string, Uint8Array>();
/** Signatures sent to the worker and not answered yet (not sent twice). Membership only. */
const pending = new Set<string>();
/** Executor address → the receipt key it was last seen registered with (a guess, never trusted). */
let knownKeys = new Map<string, Uint8Array>();
/** The chain id of the last executed record message (sign bytes include it). */
let chainIdSeen: string | undefined;
let worker: Worker | undefined;
let disabled = process.env.STRATA_RECEIPT_PREVERIFY === "0" || availableParallelism() < 2;
let nextBatch = 0;
/** Batches at the worker: each receipt's signature key and `pubKey ‖ signBytes`. */
const batches = new Map<number, { keys: string[]; triples: Uint8Array[] }>();
const stats = { sent: 0, valid: 0, hits: 0 };

function signatureKey(signature: Uint8Array): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString("latin1");
}

/** Remembers the valid triples of an answered batch. */
function take({ id, ok }: { id: number; ok: Uint8Array }): void {
  const batch = batches.get(id);
  batches.delete(id);
  if (!batch) return;
  if (verified.size + batch.keys.length > VERIFIED_LIMIT) verified = new Map();
  batch.keys.forEach((k, i) => {
    pending.delete(k);
    if (ok[i] === 1) {
      verified.set(k, batch.triples[i]!);
      stats.valid++;
    }
  });
}

function startWorker(): Worker | undefined {
  if (disabled) return undefined;
  if (worker) return worker;
  try {
    // No loader flags (tsx, test runners): the worker is plain JavaScript.
    const w = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
    const drop = () => {
      // A worker that failed is not replaced: execution verifies inline, as without it.
      disabled = true;
      worker = undefined;
      batches.clear();
      pending.clear();
      void w.terminate();
    };
    w.on("message", (answer: { id: number; ok: Uint8Array }) => {
      // Nothing here may throw into the node's event loop: a surprise turns the worker off.
      try {
        take(answer);
      } catch {
        drop();
      }
    });
    w.on("error", drop);
    w.on("exit", drop);
    // After the listeners: adding a "message" listener refs the worker's port again. Unref'd,
    // the worker never keeps a process (a test run, a CLI command) alive.
    w.unref();
    worker = w;
    return w;
  } catch {
    disabled = true;
    return undefined;
  }
}

/**
 * Sends the receipts of a record message whose executors' keys are known to the worker (called
 * after the message's stateless checks passed). Never throws; does nothing for small messages,
 * unknown executors or when no worker can run.
 */
export function preverifyReceipts(msg: {
  tasks: readonly { receipts?: readonly strata.tasks.v1.IReceipt[] | null }[];
}): void {
  try {
    send(msg);
  } catch {
    // Pre-verification is an optimisation: a failure here must never refuse a tx.
  }
}

function send(msg: { tasks: readonly { receipts?: readonly strata.tasks.v1.IReceipt[] | null }[] }): void {
  const chainId = chainIdSeen;
  if (disabled || chainId === undefined || knownKeys.size === 0) return;
  if (pending.size >= PENDING_LIMIT) return;
  const keys: string[] = [];
  const triples: Uint8Array[] = [];
  const signatures: Uint8Array[] = [];
  for (const task of msg.tasks) {
    for (const r of task.receipts ?? []) {
      const pubKey = knownKeys.get(r.executor ?? "");
      const signature = r.signature;
      if (pubKey?.length !== 32 || signature?.length !== 64) continue;
      const key = signatureKey(signature);
      if (verified.has(key) || pending.has(key)) continue;
      let signBytes: Uint8Array;
      try {
        signBytes = receiptSignBytes(chainId, r);
      } catch {
        continue;
      }
      const triple = new Uint8Array(32 + signBytes.length);
      triple.set(pubKey);
      triple.set(signBytes, 32);
      keys.push(key);
      triples.push(triple);
      signatures.push(signature);
    }
  }
  if (keys.length < MIN_BATCH) return;
  const w = startWorker();
  if (!w) return;
  // One transferred buffer: per receipt pubKey (32) ‖ signature (64) ‖ sign bytes.
  const offsets = new Uint32Array(keys.length + 1);
  let size = 0;
  for (let i = 0; i < keys.length; i++) {
    offsets[i] = size;
    size += 64 + triples[i]!.length;
  }
  offsets[keys.length] = size;
  const data = new Uint8Array(size);
  for (let i = 0; i < keys.length; i++) {
    const o = offsets[i]!;
    const triple = triples[i]!;
    data.set(triple.subarray(0, 32), o);
    data.set(signatures[i]!, o + 32);
    data.set(triple.subarray(32), o + 96);
  }
  const id = nextBatch++;
  batches.set(id, { keys, triples });
  for (const k of keys) pending.add(k);
  stats.sent += keys.length;
  w.postMessage({ id, data, offsets }, [data.buffer, offsets.buffer]);
}

/**
 * Whether the worker already found this receipt's signature valid under `pubKey` on `chainId`
 * (the remembered triple is used once). Records the executor's key and the chain id for the
 * pre-verification of later messages.
 */
export function wasPreverified(
  chainId: string,
  executor: string,
  receipt: strata.tasks.v1.IReceipt,
  pubKey: Uint8Array,
): boolean {
  chainIdSeen = chainId;
  if (knownKeys.get(executor) !== pubKey) {
    if (knownKeys.size >= KEYS_LIMIT) knownKeys = new Map();
    knownKeys.set(executor, pubKey);
  }
  const signature = receipt.signature;
  if (verified.size === 0 || signature?.length !== 64) return false;
  const key = signatureKey(signature);
  const triple = verified.get(key);
  if (triple === undefined) return false;
  let signBytes: Uint8Array;
  try {
    signBytes = receiptSignBytes(chainId, receipt);
  } catch {
    return false;
  }
  // The worker's verdict holds for exactly these bytes: this key over these sign bytes.
  if (
    triple.length !== 32 + signBytes.length ||
    Buffer.compare(triple.subarray(0, 32), pubKey) !== 0 ||
    Buffer.compare(triple.subarray(32), signBytes) !== 0
  )
    return false;
  verified.delete(key);
  stats.hits++;
  return true;
}

/** Counters since start: receipts sent to the worker, found valid there, and used at execution. */
export function receiptPreverifyStats(): { sent: number; valid: number; hits: number; enabled: boolean } {
  return { ...stats, enabled: !disabled };
}

/** Resolves once the worker answered every receipt sent so far (tests and benchmarks). */
export async function receiptPreverifyDrained(): Promise<void> {
  while (batches.size > 0 && !disabled) await new Promise((r) => setTimeout(r, 1));
}

/**
 * Turns pre-verification on or off for this process (benchmarks compare both; off, every receipt
 * is verified inline). It cannot be turned on where no second core or worker exists.
 */
export function setReceiptPreverify(enabled: boolean): void {
  disabled = !enabled || availableParallelism() < 2;
}
