/**
 * L3 privacy costs (BENCHMARKS.md, "L3 private tasks"): what a private completion adds at the
 * router over a public one, and the throughput of the record encryption (XChaCha20-Poly1305 under
 * the HKDF record key, chain/l3-privacy/crypto) and of private model weights.
 */
import { randomBytes } from "node:crypto";
import {
  buildEpochRotation,
  deriveMemberX25519,
  generateX25519KeyPair,
  openRecord,
  sealRecord,
  taskDigest,
  unwrapEpochKey,
} from "../chain/l3-privacy/crypto/index.js";
import { decryptModelWeights, encryptModelWeights } from "../router-node/chain/l3/index.js";
import { round } from "./util.js";

const CHAIN = "bench-l3";
const MiB = 1024 * 1024;

/** Runs `fn` repeatedly for about `ms` and returns calls per second. */
function rate(fn: () => void, ms = 700): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    fn();
    n++;
    t = performance.now();
  }
  return (n * 1000) / (t - t0);
}

/** Seal and open throughput (MB/s, 10^6 bytes) of records of `size` bytes. */
function recordThroughput(key: Uint8Array, size: number): { sealMBps: number; openMBps: number } {
  const data = new Uint8Array(randomBytes(size));
  const ctx = { chainId: CHAIN, taskId: "t", field: "completion" };
  const sealed = sealRecord(key, 1, ctx, data);
  const seal = rate(() => sealRecord(key, 1, ctx, data));
  const open = rate(() => openRecord(key, sealed, ctx));
  return { sealMBps: round((seal * size) / 1e6), openMBps: round((open * size) / 1e6) };
}

/** The L3 benchmark suite. */
export async function benchL3(): Promise<Record<string, unknown>> {
  const router = deriveMemberX25519(new Uint8Array(randomBytes(32)));
  const routerAddress = "strata1router";
  const custodians = [0, 1, 2].map((i) => ({
    address: `strata1c${i}`,
    x25519PublicKey: generateX25519KeyPair().publicKey,
  }));
  const { key, rotation } = await buildEpochRotation({
    chainId: CHAIN,
    epoch: 1,
    parties: [{ address: routerAddress, x25519PublicKey: router.publicKey }],
    custodians,
    threshold: 2,
  });
  const epoch = { number: 1, keyId: rotation.keyId, threshold: 2, wraps: rotation.wraps };

  // What a private completion adds on the router's path: sealing the prompt (2 KiB of chat JSON) and
  // the completion (1 KiB) under the cached epoch key, and the task digest L2 sees.
  const prompt = "x".repeat(2048);
  const completion = "y".repeat(1024);
  let i = 0;
  const perTask = rate(() => {
    const taskId = `task-${i++}`;
    const p = sealRecord(key, 1, { chainId: CHAIN, taskId, field: "prompt" }, prompt);
    const c = sealRecord(key, 1, { chainId: CHAIN, taskId, field: "completion" }, completion);
    taskDigest({
      chainId: CHAIN,
      taskId,
      requester: "a",
      router: routerAddress,
      model: "m",
      prompt: p,
      completion: c,
    });
  });
  // Once per epoch: the router opens its wrap (X25519 + HKDF + AEAD, key id checked).
  const unwrap = rate(() => unwrapEpochKey(router.secretKey, routerAddress, CHAIN, epoch), 400);

  // Private model weights (16 MiB): encrypt for two readers, decrypt with the router's wrap.
  const weights = new Uint8Array(randomBytes(16 * MiB));
  const readers = [{ address: routerAddress, x25519PublicKey: router.publicKey }];
  let t0 = performance.now();
  const enc = encryptModelWeights(weights, { chainId: CHAIN, modelId: "acme/m@1", readers });
  const encMs = performance.now() - t0;
  t0 = performance.now();
  decryptModelWeights(enc, { address: routerAddress, secretKey: router.secretKey });
  const decMs = performance.now() - t0;

  return {
    privateCompletionAddedMicros: round(1e6 / perTask),
    privateCompletionAddedNote:
      "router CPU on the response path per private completion: seal 2 KiB prompt + 1 KiB completion + task digest (epoch key cached); the L3 MsgRecordTasks confirmation is asynchronous to the response",
    epochKeyUnwrapMicros: round(1e6 / unwrap),
    records1MiB: recordThroughput(key, MiB),
    records4KiB: recordThroughput(key, 4096),
    modelWeights16MiB: {
      encryptMBps: round((16 * MiB) / 1e6 / (encMs / 1000)),
      decryptMBps: round((16 * MiB) / 1e6 / (decMs / 1000)),
    },
  };
}
