import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Deterministic PRNG (mulberry32) so failures reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` pseudo-random bytes from `next`. */
export function randBytes(next: () => number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(next() * 256);
  return out;
}

/** Bytes from a list of numbers. */
export const b = (...xs: number[]): Uint8Array => Uint8Array.from(xs);

/** UTF-8 bytes. */
export const u = (s: string): Uint8Array => new TextEncoder().encode(s);

/** UTF-8 text of bytes. */
export const s = (x: Uint8Array | undefined): string | undefined =>
  x === undefined ? undefined : new TextDecoder().decode(x);

/** Hex of bytes. */
export const hex = (x: Uint8Array): string => Buffer.from(x).toString("hex");

/** Unsigned byte-order comparison. */
export function compareBytes(x: Uint8Array, y: Uint8Array): number {
  return Buffer.compare(x, y);
}

/** Creates a temp folder; the returned function removes it. */
export async function tempDir(name: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `strata-${name}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Keys (as UTF-8 text) of an iteration. */
export function keysOf(it: Iterable<[Uint8Array, Uint8Array]>): string[] {
  return [...it].map(([k]) => s(k)!);
}
