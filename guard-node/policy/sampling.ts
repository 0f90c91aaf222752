/**
 * Which tasks a guard re-executes (RULES.md, scores, "Guard scoring policy"): a deterministic
 * random sample. The draw for a task is the guard's ed25519 signature over
 * `"strata-guard-sample/v1" ‖ 0x00 ‖ task id bytes`: RFC 8032 signatures are deterministic, so the
 * decision is a pure function of (task id, guard key, rate), reproducible by the guard and
 * checkable by anyone with the signature and the guard's public key, yet unpredictable to an
 * executor without the guard's private key. Pure.
 */
import { createHash } from "node:crypto";

/** Domain of the signed sampling message. */
export const SAMPLE_DOMAIN = "strata-guard-sample/v1";

/** Anything that signs deterministically (an ed25519 key pair). */
export interface SampleSigner {
  sign(message: Uint8Array): Uint8Array;
}

/**
 * The message a guard signs to draw a task: `SAMPLE_DOMAIN ‖ 0x00 ‖ 32 task id bytes`.
 * @throws RangeError when the task id is not 64 hex characters.
 */
export function sampleMessage(taskId: string): Uint8Array {
  if (!/^[0-9a-f]{64}$/.test(taskId))
    throw new RangeError(`task id ${JSON.stringify(taskId)} is not 64 lowercase hex`);
  return new Uint8Array(
    Buffer.concat([Buffer.from(SAMPLE_DOMAIN, "utf8"), Buffer.of(0), Buffer.from(taskId, "hex")]),
  );
}

/** The draw in [0, 1): the first 53 bits of sha256(signature) over 2^53. */
export function sampleValue(signature: Uint8Array): number {
  const digest = createHash("sha256").update(signature).digest();
  // 53 bits: 32 from the first word, 21 from the second.
  return (digest.readUInt32BE(0) * 2 ** 21 + (digest.readUInt32BE(4) >>> 11)) / 2 ** 53;
}

/** Whether a draw falls in the sample: `value < rate` (rate ≤ 0: never; rate ≥ 1: always). */
export function inSample(value: number, rate: number): boolean {
  return value < rate;
}

/**
 * The rate each of a task's `guards` samples at so that the task is re-executed by at least one of
 * them with probability `rate`: `1 − (1 − rate)^(1 / guards)`. The guard's `--reexec-rate` is that
 * per-task share, so verification costs about `rate` re-executions per task however many guards
 * the chain draws (draws of different guards are independent: their keys differ).
 */
export function perGuardRate(rate: number, guards: number): number {
  if (rate <= 0) return 0;
  if (rate >= 1) return 1;
  return 1 - (1 - rate) ** (1 / Math.max(1, guards));
}

/** Whether the guard holding `signer` re-executes `taskId` at `rate`. */
export function isSampled(taskId: string, rate: number, signer: SampleSigner): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  return inSample(sampleValue(signer.sign(sampleMessage(taskId))), rate);
}
