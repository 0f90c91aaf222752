import type { IterateOptions, KVStore } from "../store/index.js";
import { SdkCode, SdkError } from "./errors.js";

/**
 * Gas prices of store access and signatures. The figures are the Cosmos SDK defaults
 * (`store/types/gas.go KVGasConfig`, `x/auth` params) so gas estimates feel familiar.
 */
export const GAS = {
  readFlat: 1000n,
  readPerByte: 3n,
  writeFlat: 2000n,
  writePerByte: 30n,
  deleteFlat: 1000n,
  iterNextFlat: 30n,
  txSizePerByte: 10n,
  secp256k1Verify: 1000n,
} as const;

/** Counts gas against a limit; throws `out of gas` when the limit is passed. */
export class GasMeter {
  private used = 0n;

  /** @param limit maximum gas; `undefined` means unlimited (genesis, block hooks, simulation). */
  constructor(readonly limit: bigint | undefined) {}

  /** Gas used so far (may exceed the limit by the last charge, as the SDK reports it). */
  get consumed(): bigint {
    return this.used;
  }

  /**
   * Charges `amount` gas for `descriptor`.
   * @throws SdkError(outOfGas) when the total passes the limit.
   */
  consume(amount: bigint, descriptor: string): void {
    this.used += amount;
    if (this.limit !== undefined && this.used > this.limit) {
      throw new SdkError(
        SdkCode.outOfGas,
        `out of gas in location: ${descriptor}; gasWanted: ${this.limit}, gasUsed: ${this.used}`,
      );
    }
  }
}

/** A store wrapper that charges gas on every access, as the SDK's gaskv store does. */
export class GasKVStore implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly meter: GasMeter,
  ) {}

  get(key: Uint8Array): Uint8Array | undefined {
    const value = this.parent.get(key);
    this.meter.consume(
      GAS.readFlat + GAS.readPerByte * BigInt(key.length + (value?.length ?? 0)),
      "ReadFlat",
    );
    return value;
  }

  has(key: Uint8Array): boolean {
    this.meter.consume(GAS.readFlat, "Has");
    return this.parent.has(key);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.meter.consume(GAS.writeFlat + GAS.writePerByte * BigInt(key.length + value.length), "WriteFlat");
    this.parent.set(key, value);
  }

  delete(key: Uint8Array): void {
    this.meter.consume(GAS.deleteFlat, "Delete");
    this.parent.delete(key);
  }

  *iterate(prefix: Uint8Array, opts?: IterateOptions): IterableIterator<[Uint8Array, Uint8Array]> {
    for (const entry of this.parent.iterate(prefix, opts)) {
      this.meter.consume(
        GAS.iterNextFlat + GAS.readPerByte * BigInt(entry[0].length + entry[1].length),
        "IterNext",
      );
      yield entry;
    }
  }
}
