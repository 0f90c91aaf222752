/**
 * A seeded pseudo-random source built only from 32-bit integer operations (a Weyl sequence
 * through the murmur3 finaliser), so the same seed yields the same numbers on every JavaScript
 * engine. Floating-point results are derived with `+ - * /` and `Math.sqrt` only, which IEEE 754
 * rounds exactly: no `Math.log`/`Math.cos`, whose last bits may differ between engines.
 */
export interface IntegerPrng {
  /** Next unsigned 32-bit integer. */
  nextU32(): number;
  /**
   * Next sample of an approximately normal distribution with mean 0 and standard deviation
   * `std` (Irwin–Hall: the centred sum of four 16-bit uniforms).
   */
  nextNormal(std: number): number;
}

// Irwin–Hall with n = 4 uniforms on [0, 65535]: mean 4 * 65535 / 2, variance 4 * (65536^2 - 1) / 12.
const SUM_MEAN = 2 * 65535;
const SUM_STD = Math.sqrt((4 * (65536 * 65536 - 1)) / 12);

/** Creates an {@link IntegerPrng} from a 32-bit seed (other numbers are truncated to 32 bits). */
export function createPrng(seed: number): IntegerPrng {
  let state = seed >>> 0;
  const nextU32 = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  return {
    nextU32,
    nextNormal(std: number): number {
      const a = nextU32();
      const b = nextU32();
      const sum = (a & 0xffff) + (a >>> 16) + (b & 0xffff) + (b >>> 16);
      return ((sum - SUM_MEAN) / SUM_STD) * std;
    },
  };
}
