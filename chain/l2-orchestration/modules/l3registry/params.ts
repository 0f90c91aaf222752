import { L3RegistryCode, L3RegistryError } from "./errors.js";

/** l3registry parameters (L2 RULES.md, "l3registry"). */
export interface L3RegistryParams {
  /** Most headers in one `MsgAnchorL3Headers`. */
  maxItemsPerAnchor: number;
  /** Gas per commit signature present in an item. */
  gasPerSignature: number;
  /** Gas per item. */
  gasPerItem: number;
}

/** Defaults: 200 headers, 1,000 gas per signature, 5,000 per item (as L1's rollup module). */
export const DEFAULT_L3REGISTRY_PARAMS: Readonly<L3RegistryParams> = Object.freeze({
  maxItemsPerAnchor: 200,
  gasPerSignature: 1_000,
  gasPerItem: 5_000,
});

/** Params in genesis JSON. */
export type L3RegistryParamsJson = Partial<L3RegistryParams>;

/**
 * Defaults overlaid with the given JSON params, validated.
 * @throws L3RegistryError(invalidGenesis) naming the bad param.
 */
export function parseL3RegistryParams(json: L3RegistryParamsJson | undefined): L3RegistryParams {
  const p = { ...DEFAULT_L3REGISTRY_PARAMS, ...json };
  for (const [name, value] of Object.entries(p)) {
    // [REJECT] counts are non-negative integers; an anchor holds at least one header
    const min = name === "maxItemsPerAnchor" ? 1 : 0;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > 0xffffffff)
      throw new L3RegistryError(L3RegistryCode.invalidGenesis, `param ${name} must be an integer ≥ ${min}`);
  }
  return p;
}
