import { readFile } from "node:fs/promises";
import type { ValidatorUpdate } from "../app/context.js";
import { addressFromPubKey } from "../crypto/index.js";
import { StrataError } from "../errors/index.js";

/** Error codes of node configuration and genesis (codespace `node`). */
export enum NodeErrorCode {
  invalidGenesis = 1,
  invalidConfig = 2,
  stateMismatch = 3,
  notRunning = 4,
  txTimeout = 5,
  /** The node home is held by a running node (its pid file names it, or its database is locked). */
  homeInUse = 6,
}

/** A node configuration or genesis error. */
export class NodeError extends StrataError {
  constructor(code: NodeErrorCode, message: string) {
    super("node", code, message);
  }
}

/** A validator of the genesis document. */
export interface GenesisValidator {
  name: string;
  /** ed25519 public key, base64. */
  pubKey: string;
  /** Voting power, decimal string. */
  power: string;
}

/**
 * The genesis document (`config/genesis.json`): chain id, start time, validators, consensus
 * parameters and each module's initial state.
 */
export interface GenesisDoc {
  chainId: string;
  /** RFC 3339; the first block's time is never earlier. */
  genesisTime: string;
  initialHeight: number;
  consensusParams: { block: { maxTxs: number; maxBytes: number } };
  validators: GenesisValidator[];
  appState: Record<string, unknown>;
}

/** A genesis validator decoded. */
export interface Validator {
  name: string;
  pubKey: Uint8Array;
  address: Uint8Array;
  votingPower: bigint;
}

/**
 * Checks the shape of a parsed genesis document.
 * @throws NodeError(invalidGenesis) naming the bad field.
 */
export function validateGenesis(doc: GenesisDoc): GenesisDoc {
  const bad = (msg: string) => new NodeError(NodeErrorCode.invalidGenesis, `invalid genesis: ${msg}`);
  if (typeof doc.chainId !== "string" || !/^[a-zA-Z0-9_.-]{1,50}$/.test(doc.chainId)) throw bad("chainId");
  if (Number.isNaN(Date.parse(doc.genesisTime))) throw bad("genesisTime");
  if (doc.initialHeight !== 1) throw bad("initialHeight must be 1");
  if (!Array.isArray(doc.validators) || doc.validators.length === 0) throw bad("at least one validator");
  for (const v of doc.validators) {
    if (Buffer.from(v.pubKey, "base64").length !== 32) throw bad(`validator ${v.name} pubKey`);
    if (!/^[1-9][0-9]*$/.test(v.power)) throw bad(`validator ${v.name} power`);
  }
  const block = doc.consensusParams?.block;
  if (!block || !(block.maxTxs > 0) || !(block.maxBytes > 0)) throw bad("consensusParams.block");
  if (typeof doc.appState !== "object" || doc.appState === null) throw bad("appState");
  return doc;
}

/** Reads and validates a genesis file. */
export async function readGenesis(path: string): Promise<{ doc: GenesisDoc; text: string }> {
  const text = await readFile(path, "utf8");
  let doc: GenesisDoc;
  try {
    doc = JSON.parse(text) as GenesisDoc;
  } catch (err) {
    throw new NodeError(
      NodeErrorCode.invalidGenesis,
      `genesis ${path} is not JSON: ${(err as Error).message}`,
    );
  }
  return { doc: validateGenesis(doc), text };
}

/** Decoded validator list of a genesis document. */
export function genesisValidators(doc: GenesisDoc): Validator[] {
  return doc.validators.map((v) => {
    const pubKey = new Uint8Array(Buffer.from(v.pubKey, "base64"));
    return { name: v.name, pubKey, address: addressFromPubKey(pubKey), votingPower: BigInt(v.power) };
  });
}

/** Genesis time in nanoseconds since the epoch. */
export function genesisTimeNs(doc: GenesisDoc): bigint {
  return BigInt(Date.parse(doc.genesisTime)) * 1_000_000n;
}

/**
 * When the application defines the initial validator set (staking), it must be the genesis
 * document's set: consensus and staking must agree on who votes with what power.
 * @throws NodeError(invalidGenesis) naming the first difference.
 */
export function assertGenesisValidators(
  fromApp: readonly ValidatorUpdate[],
  fromDoc: readonly Validator[],
): void {
  if (fromApp.length === 0) return;
  const doc = new Map(fromDoc.map((v) => [Buffer.from(v.pubKey).toString("hex"), v.votingPower]));
  for (const u of fromApp) {
    const key = Buffer.from(u.pubKey).toString("hex");
    if (doc.get(key) !== u.power) {
      throw new NodeError(
        NodeErrorCode.invalidGenesis,
        `genesis validator ${key} has power ${doc.get(key) ?? "none"} in the document but ${u.power} in staking`,
      );
    }
  }
  if (fromApp.length !== fromDoc.length) {
    throw new NodeError(
      NodeErrorCode.invalidGenesis,
      `genesis lists ${fromDoc.length} validators but staking bonds ${fromApp.length}`,
    );
  }
}
