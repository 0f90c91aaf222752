import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { VALCONS_PREFIX } from "../../crypto/address.js";
import { addressBytes } from "../../crypto/index.js";
import { consAddressString, formatTimeNs, parseTimeNs } from "../staking/index.js";
import { parseSlashingParams, type SlashingParamsJson, slashingParamsToJson } from "./params.js";
import { slashingStore } from "./store.js";

/** A validator's liveness record in genesis (the SDK's `ValidatorSigningInfo`, JSON form). */
export interface GenesisSigningInfo {
  /** Consensus address, `stratavalcons…`. */
  address: string;
  /** u64 decimal strings. */
  startHeight: string;
  indexOffset: string;
  /** RFC 3339 UTC with nanoseconds. */
  jailedUntil: string;
  tombstoned: boolean;
  missedBlocksCounter: string;
}

/** The missed blocks of one validator's window: the indices whose block it missed. */
export interface GenesisMissedBlocks {
  /** Consensus address, `stratavalcons…`. */
  address: string;
  /** Window indices (u64 decimal) marked missed; indices not listed were signed. */
  missedBlocks: { index: string; missed: boolean }[];
}

/** Genesis section of the slashing module; an exported genesis also carries the liveness state. */
export interface SlashingGenesis {
  params?: SlashingParamsJson;
  signingInfos?: GenesisSigningInfo[];
  missedBlocks?: GenesisMissedBlocks[];
}

function invalid(message: string): SdkError {
  return new SdkError(SdkCode.invalidRequest, `invalid slashing genesis: ${message}`);
}

function u64(text: string, what: string): bigint {
  // [REJECT] heights, counters and indices are u64 decimal strings
  if (!/^[0-9]{1,20}$/.test(text) || BigInt(text) >= 1n << 64n)
    throw invalid(`${what} ${JSON.stringify(text)}`);
  return BigInt(text);
}

function consAddress(text: string): Uint8Array {
  try {
    return addressBytes(text, VALCONS_PREFIX);
  } catch (err) {
    // [REJECT] signing infos are keyed by `stratavalcons` addresses
    throw invalid((err as Error).message);
  }
}

/**
 * Loads params, signing infos and missed-block bitmaps. Signing infos of a fresh chain appear when
 * staking bonds its genesis validators (slashing's staking hook), after every module's genesis.
 * @throws SdkError(invalidRequest) naming the bad entry.
 */
export function initSlashingGenesis(ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as SlashingGenesis;
  const params = parseSlashingParams(genesis.params);
  slashingStore.setParams(ctx, params);
  for (const s of genesis.signingInfos ?? []) {
    const address = consAddress(s.address);
    // [REJECT] one signing info per validator
    if (slashingStore.getSigningInfo(ctx, address)) throw invalid(`duplicate signing info ${s.address}`);
    slashingStore.setSigningInfo(ctx, {
      address,
      startHeight: u64(s.startHeight, "start height"),
      indexOffset: u64(s.indexOffset, "index offset"),
      jailedUntilNs: parseTimeNs(s.jailedUntil),
      tombstoned: s.tombstoned === true,
      missedBlocksCounter: u64(s.missedBlocksCounter, "missed blocks counter"),
    });
  }
  for (const m of genesis.missedBlocks ?? []) {
    const address = consAddress(m.address);
    for (const b of m.missedBlocks) {
      const index = u64(b.index, "missed block index");
      // [REJECT] an index lies inside the signed-blocks window
      if (index >= params.signedBlocksWindow) throw invalid(`missed block index ${index} outside the window`);
      slashingStore.setMissed(ctx, address, index, b.missed === true);
    }
  }
}

/** The slashing state in its genesis form: params, every signing info, every missed block. */
export function exportSlashingGenesis(ctx: Context): Required<SlashingGenesis> {
  const missed = new Map<string, { index: string; missed: boolean }[]>();
  for (const { address, index } of slashingStore.iterateMissed(ctx)) {
    const key = consAddressString(address);
    const list = missed.get(key) ?? [];
    list.push({ index: index.toString(), missed: true });
    missed.set(key, list);
  }
  return {
    params: slashingParamsToJson(slashingStore.getParams(ctx)),
    signingInfos: [...slashingStore.iterateSigningInfos(ctx)].map((s) => ({
      address: consAddressString(s.address),
      startHeight: s.startHeight.toString(),
      indexOffset: s.indexOffset.toString(),
      jailedUntil: formatTimeNs(s.jailedUntilNs),
      tombstoned: s.tombstoned,
      missedBlocksCounter: s.missedBlocksCounter.toString(),
    })),
    missedBlocks: [...missed].map(([address, missedBlocks]) => ({ address, missedBlocks })),
  };
}
