import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { type Ed25519KeyPair, ed25519FromSeed, ed25519Generate } from "../crypto/index.js";
import { NodeError, NodeErrorCode } from "./genesis.js";

/** On-disk form of an ed25519 key (validator key or node key), CometBFT-like. */
interface KeyFile {
  address: string;
  pubKey: { type: "tendermint/PubKeyEd25519"; value: string };
  privKey: { type: "tendermint/PrivKeyEd25519"; value: string };
}

/**
 * Writes a fresh ed25519 key to `path` (mode 0600, also when it replaces an existing file) and
 * returns it.
 */
export async function generateKeyFile(path: string): Promise<Ed25519KeyPair> {
  const { seed, key } = ed25519Generate();
  const file: KeyFile = {
    address: Buffer.from(key.address).toString("hex").toUpperCase(),
    pubKey: { type: "tendermint/PubKeyEd25519", value: Buffer.from(key.pubKey).toString("base64") },
    // CometBFT stores seed ‖ pubkey; we do the same so the file reads familiarly.
    privKey: {
      type: "tendermint/PrivKeyEd25519",
      value: Buffer.concat([seed, key.pubKey]).toString("base64"),
    },
  };
  // A new file then a rename: `writeFile`'s mode applies only to a file it creates, so writing
  // over an existing (say 0644) key file would keep its mode with the new secret inside.
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: "wx" });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return key;
}

/**
 * Loads an ed25519 key file.
 * @throws NodeError(invalidConfig) when the file is malformed or its public key does not match.
 */
export async function loadKeyFile(path: string): Promise<Ed25519KeyPair> {
  let file: KeyFile;
  try {
    file = JSON.parse(await readFile(path, "utf8")) as KeyFile;
  } catch (err) {
    throw new NodeError(
      NodeErrorCode.invalidConfig,
      `cannot read key file ${path}: ${(err as Error).message}`,
    );
  }
  const priv = Buffer.from(file.privKey?.value ?? "", "base64");
  if (priv.length !== 64)
    throw new NodeError(NodeErrorCode.invalidConfig, `key file ${path}: bad private key`);
  const key = ed25519FromSeed(priv.subarray(0, 32));
  if (Buffer.compare(key.pubKey, priv.subarray(32)) !== 0) {
    throw new NodeError(
      NodeErrorCode.invalidConfig,
      `key file ${path}: public key does not match private key`,
    );
  }
  return key;
}
