import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { L3CryptoCode, L3CryptoError, type X25519KeyPair, x25519KeyPairFromSecret } from "../crypto/index.js";

/** Where a validator keeps its custody key: `<home>/config/l3_custody_key.json` (mode 0600). */
export function custodyKeyPath(home: string): string {
  return join(home, "config", "l3_custody_key.json");
}

/** Where a validator keeps its operator account (signs re-wrap answers): `<home>/config/l3_operator.json` (0600). */
export function operatorPath(home: string): string {
  return join(home, "config", "l3_operator.json");
}

async function writeSecret(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
}

/** Writes a custody key file (0600). */
export async function writeCustodyKey(home: string, key: X25519KeyPair): Promise<void> {
  await writeSecret(custodyKeyPath(home), {
    type: "x25519",
    secretKey: Buffer.from(key.secretKey).toString("base64"),
    publicKey: Buffer.from(key.publicKey).toString("base64"),
  });
}

/**
 * Reads a custody key file.
 * @throws L3CryptoError(invalidInput) when it is missing, malformed or readable by others.
 */
export async function readCustodyKey(home: string): Promise<X25519KeyPair> {
  const path = custodyKeyPath(home);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new L3CryptoError(
      L3CryptoCode.invalidInput,
      `cannot read the custody key ${path}: ${(err as Error).message}`,
    );
  }
  // [key custody] the secret key file is the operator's alone
  if (((await stat(path)).mode & 0o077) !== 0)
    throw new L3CryptoError(L3CryptoCode.invalidInput, `${path} is readable by others; chmod 600 it`);
  const { secretKey } = JSON.parse(text) as { secretKey?: string };
  const pair = x25519KeyPairFromSecret(new Uint8Array(Buffer.from(secretKey ?? "", "base64")));
  return pair;
}

/** A validator operator's account as `strata l3 launch` writes it. */
export interface OperatorFile {
  name: string;
  address: string;
  mnemonic: string;
}

/** Writes the operator account file (0600). */
export async function writeOperator(home: string, op: OperatorFile): Promise<void> {
  await writeSecret(operatorPath(home), op);
}

/** Reads the operator account file. */
export async function readOperator(home: string): Promise<OperatorFile> {
  return JSON.parse(await readFile(operatorPath(home), "utf8")) as OperatorFile;
}
