import { createHash, randomBytes } from "node:crypto";

/** Prefix of strata API keys (makes a leaked key recognisable to secret scanners). */
export const API_KEY_PREFIX = "sk-strata-";

/** A new session API key and the digest the chain stores. */
export interface NewApiKey {
  /** The secret: `sk-strata-` and 32 random bytes in base64url. Show it once; never send it on chain. */
  key: string;
  /** sha256 of the key's UTF-8 bytes, 64 lowercase hex characters (`api_key_sha256` of a session). */
  sha256: string;
}

/** The sha256 (lowercase hex) of an API key, as `MsgOpenSession.api_key_sha256` holds it. */
export function apiKeySha256(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** Generates a session API key from the OS's CSPRNG, with its sha256. */
export function newApiKey(): NewApiKey {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, sha256: apiKeySha256(key) };
}
