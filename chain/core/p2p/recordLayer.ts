import { createCipheriv, createDecipheriv } from "node:crypto";
import { P2PError, P2PErrorCode } from "./errors.js";

/**
 * The AEAD record layer of `strata-p2p/1` (protocol §3 in `handshake.ts`): ChaCha20-Poly1305 with
 * a per-direction key, a counter nonce, and the 4-byte length prefix as associated data.
 */

/** Bytes of the length prefix in front of every record. */
export const RECORD_HEADER_LENGTH = 4;
/** Bytes of the Poly1305 tag at the end of every record. */
export const TAG_LENGTH = 16;
/** Default record-counter limit per direction: the largest exact JS integer. */
export const MAX_RECORD_COUNTER = Number.MAX_SAFE_INTEGER;

const ALGORITHM = "chacha20-poly1305";

/** The 12-byte nonce of record `counter`: four zero bytes ‖ u64be(counter). */
export function recordNonce(counter: number): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(counter), 4);
  return nonce;
}

function checkKey(key: Uint8Array): void {
  if (key.length !== 32) throw new RangeError("a ChaCha20-Poly1305 key is 32 bytes");
}

/**
 * Seals outgoing records of one direction. Each call uses the next counter; the counter is never
 * rewound, so a (key, nonce) pair is never used twice.
 */
export class RecordSealer {
  private counter = 0;

  /**
   * @param key - this direction's 32-byte key
   * @param limit - number of records the key may seal (tests lower it to reach exhaustion)
   */
  constructor(
    private readonly key: Uint8Array,
    private readonly limit: number = MAX_RECORD_COUNTER,
  ) {
    checkKey(key);
  }

  /** Records sealed so far. */
  get sealed(): number {
    return this.counter;
  }

  /**
   * The wire bytes of one record: `u32be(len) ‖ ciphertext ‖ tag`.
   * @throws P2PError `counterExhausted` once `limit` records were sealed.
   */
  seal(plaintext: Uint8Array): Buffer {
    // [REJECT] never reuse a nonce: past the limit the link must be re-keyed by reconnecting.
    if (this.counter >= this.limit) {
      throw new P2PError(P2PErrorCode.counterExhausted, "send counter exhausted; the link must be re-keyed");
    }
    const header = Buffer.alloc(RECORD_HEADER_LENGTH);
    header.writeUInt32BE(plaintext.length + TAG_LENGTH);
    const cipher = createCipheriv(ALGORITHM, this.key, recordNonce(this.counter), {
      authTagLength: TAG_LENGTH,
    });
    this.counter += 1;
    cipher.setAAD(header, { plaintextLength: plaintext.length });
    const body = cipher.update(plaintext);
    cipher.final();
    return Buffer.concat([header, body, cipher.getAuthTag()]);
  }
}

/** Opens incoming records of one direction, in order. */
export class RecordOpener {
  private counter = 0;

  /**
   * @param key - the peer's direction key
   * @param limit - number of records the key may open
   */
  constructor(
    private readonly key: Uint8Array,
    private readonly limit: number = MAX_RECORD_COUNTER,
  ) {
    checkKey(key);
  }

  /** Records opened so far. */
  get opened(): number {
    return this.counter;
  }

  /**
   * Authenticates and decrypts one record.
   * @param header - the 4-byte length prefix as received (the associated data)
   * @param sealed - ciphertext ‖ tag (`len` bytes)
   * @throws P2PError `authFailed` when the tag does not verify, `counterExhausted` past the limit.
   */
  open(header: Uint8Array, sealed: Uint8Array): Buffer {
    if (this.counter >= this.limit) {
      throw new P2PError(
        P2PErrorCode.counterExhausted,
        "receive counter exhausted; the link must be re-keyed",
      );
    }
    if (sealed.length < TAG_LENGTH)
      throw new P2PError(P2PErrorCode.authFailed, "record shorter than its tag");
    const decipher = createDecipheriv(ALGORITHM, this.key, recordNonce(this.counter), {
      authTagLength: TAG_LENGTH,
    });
    // The counter advances even on failure: the link is closed on any failure anyway.
    this.counter += 1;
    const bodyLength = sealed.length - TAG_LENGTH;
    decipher.setAuthTag(sealed.subarray(bodyLength));
    decipher.setAAD(header, { plaintextLength: bodyLength });
    const plaintext = decipher.update(sealed.subarray(0, bodyLength));
    try {
      decipher.final();
    } catch {
      // [REJECT] a tag that does not verify: tampered, truncated, reordered or forged record.
      throw new P2PError(P2PErrorCode.authFailed, "record failed authentication (AEAD tag mismatch)");
    }
    return plaintext;
  }
}

/**
 * The sealed length announced by a record header, checked against the frame bound.
 * @throws P2PError `frameTooLarge` when `len` < 16 or `len` > `maxFrameBytes` + 16.
 */
export function readRecordLength(header: Uint8Array, maxFrameBytes: number): number {
  const len = Buffer.from(header.buffer, header.byteOffset, RECORD_HEADER_LENGTH).readUInt32BE(0);
  // [REJECT] a length outside [16, max + 16]: refuse before buffering a single byte of the body.
  if (len < TAG_LENGTH || len > maxFrameBytes + TAG_LENGTH) {
    throw new P2PError(P2PErrorCode.frameTooLarge, `record length ${len} is out of bounds`, {
      length: len,
      max: maxFrameBytes + TAG_LENGTH,
    });
  }
  return len;
}
