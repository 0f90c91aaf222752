import { StrataError } from "../../../core/errors/index.js";

/** Codespace of the l3registry module. */
export const L3REGISTRY_CODESPACE = "l3registry";

/**
 * Error codes of the l3registry module (codespace `l3registry`). A refused header carries the
 * shared `BatchCode` (20 and up, from `chain/core/rollup`) in the rollup codespace. Never renumber.
 */
export enum L3RegistryCode {
  /** A message field that breaks a format rule (addresses, chain id, name, keys, counts). */
  invalidRequest = 2,
  /** [l3r-5] the chain is not registered. */
  unknownChain = 3,
  /** [l3r-1] the chain id or the name is taken. */
  alreadyRegistered = 4,
  /** [l3r-2] the validator list is not a valid set. */
  invalidValidators = 5,
  /** More items than `max_items_per_anchor`, or none. */
  tooManyItems = 6,
  /** A genesis section or params that break a rule. */
  invalidGenesis = 7,
}

const DESCRIPTIONS: Record<L3RegistryCode, string> = {
  [L3RegistryCode.invalidRequest]: "invalid request",
  [L3RegistryCode.unknownChain]: "unknown L3 chain",
  [L3RegistryCode.alreadyRegistered]: "L3 chain already registered",
  [L3RegistryCode.invalidValidators]: "invalid L3 validator set",
  [L3RegistryCode.tooManyItems]: "wrong number of headers",
  [L3RegistryCode.invalidGenesis]: "invalid l3registry genesis",
};

/** An error in codespace `l3registry`; the message ends with the code's description. */
export class L3RegistryError extends StrataError {
  constructor(code: L3RegistryCode, message = "", detail?: Record<string, unknown>) {
    super(
      L3REGISTRY_CODESPACE,
      code,
      message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code],
      detail,
    );
  }
}
