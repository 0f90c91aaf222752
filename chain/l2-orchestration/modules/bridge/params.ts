import { isCanonicalAddress, L2_DENOM, utf8Length } from "../../shared/index.js";
import { BridgeCode, BridgeError } from "./errors.js";

/** Child-side bridge parameters (ROLLUP.md, [dep-2]; RULES.md, "bridge"). */
export interface BridgeParams {
  /** Accounts allowed to send `MsgMintDeposits` (the batchers' relayer keys). */
  relayers: string[];
  /** The bridged denom: the parent's bond denom. */
  denom: string;
  /** The parent chain id, where withdrawals are claimed (informational; "" when unset). */
  parentChainId: string;
}

/** Defaults: no relayer (nothing can be minted until genesis names one), denom `ustra`, no parent chain id. */
export const DEFAULT_BRIDGE_PARAMS: Readonly<BridgeParams> = Object.freeze({
  relayers: [],
  denom: L2_DENOM,
  parentChainId: "",
});

/** Bridge params in genesis JSON: any subset, the rest defaults. */
export type BridgeParamsJson = Partial<BridgeParams>;

// The SDK's denom rule, and the chain id rule of ROLLUP.md [reg-1].
const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const CHAIN_ID_RE = /^[a-zA-Z0-9._-]{1,50}$/;

/**
 * Defaults overlaid with the given params, validated.
 * @throws BridgeError(invalidGenesis) naming the bad param.
 */
export function parseBridgeParams(json: BridgeParamsJson | undefined): BridgeParams {
  const bad = (m: string) => new BridgeError(BridgeCode.invalidGenesis, `params.${m}`);
  const relayers = json?.relayers ?? [...DEFAULT_BRIDGE_PARAMS.relayers];
  const denom = json?.denom ?? DEFAULT_BRIDGE_PARAMS.denom;
  const parentChainId = json?.parentChainId ?? DEFAULT_BRIDGE_PARAMS.parentChainId;
  // [REJECT] relayers are canonical account addresses, none twice
  if (!Array.isArray(relayers)) throw bad("relayers must be a list of addresses");
  for (const r of relayers)
    if (typeof r !== "string" || !isCanonicalAddress(r))
      throw bad(`relayers: ${JSON.stringify(r)} is not an account address`);
  if (new Set(relayers).size !== relayers.length) throw bad("relayers must not repeat");
  // [REJECT] the denom follows the SDK denom rule (at most 128 bytes, what an SSZ record holds)
  if (typeof denom !== "string" || !DENOM_RE.test(denom) || utf8Length(denom) > 128)
    throw bad(`denom ${JSON.stringify(denom)} is not a valid denom`);
  // [REJECT] the parent chain id is empty or a chain id ([reg-1] format)
  if (typeof parentChainId !== "string" || (parentChainId !== "" && !CHAIN_ID_RE.test(parentChainId)))
    throw bad(`parentChainId ${JSON.stringify(parentChainId)} is not a chain id`);
  return { relayers: [...relayers], denom, parentChainId };
}
