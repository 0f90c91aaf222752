import type { GenesisDoc } from "../core/node/genesis.js";
import { NodeError, NodeErrorCode } from "../core/node/genesis.js";
import { buildCosmosGenesis, type L1GenesisInput } from "../l1/genesis.js";
import { buildEpochRotation, type EpochRotationData } from "./crypto/index.js";
import type { KeysGenesis } from "./modules/keys/index.js";
import type { MembershipGenesis } from "./modules/membership/index.js";
import { base64, sealedToJson } from "./shared/index.js";

/** A party of an L3 genesis. */
export interface L3GenesisParty {
  address: string;
  role: "ADMIN" | "MEMBER" | "ROUTER";
  x25519PublicKey: Uint8Array;
  name?: string;
}

/** A custodian (validator operator) of an L3 genesis. */
export interface L3GenesisCustodian {
  address: string;
  x25519PublicKey: Uint8Array;
  name?: string;
}

/** Inputs of {@link buildL3Genesis}: the Cosmos part (validators, funded accounts) and the L3 sections. */
export interface L3GenesisInput extends L1GenesisInput {
  parties: L3GenesisParty[];
  custodians: L3GenesisCustodian[];
  /** Approvals a change needs (default 1). */
  adminThreshold?: number;
  /** Shares needed to rebuild an epoch key, 2..custodians (default ⌊n/2⌋ + 1). */
  custodyThreshold?: number;
  /** Epoch 1's material, built off-chain ({@link prepareL3Genesis} builds it). */
  epoch1: EpochRotationData;
}

function invalid(message: string): NodeError {
  return new NodeError(NodeErrorCode.invalidGenesis, `invalid L3 genesis input: ${message}`);
}

/** The default custody threshold for `n` custodians: a majority, at least 2. */
export function defaultCustodyThreshold(n: number): number {
  return Math.max(2, Math.floor(n / 2) + 1);
}

/**
 * Builds an L3 genesis document: the Cosmos part as L1's builder makes it, plus the `keys`
 * (custodians, threshold, epoch 1) and `membership` (parties, admin threshold) sections. The
 * chain checks the rules at InitChain ([mem-1], [key-1]).
 * @throws NodeError(invalidGenesis) for inconsistent validators or an epoch 1 for another chain.
 */
export function buildL3Genesis(input: L3GenesisInput): GenesisDoc {
  if (input.epoch1.epoch !== 1) throw invalid(`epoch1 is for epoch ${input.epoch1.epoch}`);
  const doc = buildCosmosGenesis(input, "L3");
  const keys: KeysGenesis = {
    params: { threshold: input.custodyThreshold ?? defaultCustodyThreshold(input.custodians.length) },
    custodians: input.custodians.map((c) => ({
      address: c.address,
      x25519PublicKey: base64(c.x25519PublicKey),
      name: c.name ?? "",
    })),
    epochs: [
      {
        number: 1,
        keyId: base64(input.epoch1.keyId),
        startHeight: 0,
        wraps: input.epoch1.wraps.map((w) => ({ recipient: w.recipient, sealed: sealedToJson(w.sealed) })),
        shares: input.epoch1.shares.map((s) => ({ custodian: s.custodian, sealed: sealedToJson(s.sealed) })),
        reason: "genesis",
      },
    ],
  };
  const membership: MembershipGenesis = {
    params: { adminThreshold: input.adminThreshold ?? 1 },
    parties: input.parties.map((p) => ({
      address: p.address,
      role: `ROLE_${p.role}`,
      x25519PublicKey: base64(p.x25519PublicKey),
      name: p.name ?? "",
    })),
  };
  return {
    ...doc,
    appState: { ...(doc.appState as Record<string, unknown>), keys, membership, privatetasks: {} },
  };
}

/**
 * Generates epoch 1 (a fresh random key, wrapped for every party, split among the custodians) and
 * builds the genesis with it; the key is dropped before returning (RULES.md, "Epoch key generation
 * and custody", step 1).
 * @throws NodeError(invalidGenesis); L3CryptoError(invalidInput) for bad keys or thresholds.
 */
export async function prepareL3Genesis(input: Omit<L3GenesisInput, "epoch1">): Promise<GenesisDoc> {
  const threshold = input.custodyThreshold ?? defaultCustodyThreshold(input.custodians.length);
  const { key, rotation } = await buildEpochRotation({
    chainId: input.chainId,
    epoch: 1,
    parties: input.parties,
    custodians: input.custodians,
    threshold,
  });
  key.fill(0);
  return buildL3Genesis({ ...input, custodyThreshold: threshold, epoch1: rotation });
}
