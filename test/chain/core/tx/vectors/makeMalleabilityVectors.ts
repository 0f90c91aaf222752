/**
 * Writes `malleability.json`, the golden vectors of the tx decoder's canonical-encoding and
 * unknown-field rules. Run by hand after a deliberate change of those rules:
 *   node --import tsx/esm test/chain/core/tx/vectors/makeMalleabilityVectors.ts
 * Signatures are deterministic (RFC 6979), so the output is stable.
 */
import { writeFileSync } from "node:fs";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { concat, varint } from "../../../../../chain/core/app/protoWire.js";
import {
  secp256k1AddressBytes,
  secp256k1PublicKey,
  sha256,
  signSecp256k1,
  toAddress,
} from "../../../../../chain/core/crypto/index.js";
import { directSignBytes } from "../../../../../chain/core/tx/index.js";

export const CHAIN_ID = "golden-chain";
const priv = sha256(new TextEncoder().encode("strata golden vector key"));
const pub = secp256k1PublicKey(priv);
const from = toAddress(secp256k1AddressBytes(pub));
const to = toAddress(new Uint8Array(20).fill(7));

const tag = (field: number, wire: number): number[] => varint(field * 8 + wire);
const lenField = (field: number, bytes: Uint8Array): Uint8Array =>
  Uint8Array.from([...tag(field, 2), ...varint(bytes.length), ...bytes]);
const varintField = (field: number, value: number): Uint8Array =>
  Uint8Array.from([...tag(field, 0), ...varint(value)]);
const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

const msg = {
  typeUrl: MsgSend.typeUrl,
  value: MsgSend.encode({
    fromAddress: from,
    toAddress: to,
    amount: [{ denom: "ustra", amount: "5" }],
  }).finish(),
};
const pubKeyAny = (value: Uint8Array) => ({ typeUrl: "/cosmos.crypto.secp256k1.PubKey", value });
const PUBKEY = concat([Uint8Array.from([0x0a, pub.length]), pub]);

function body(extra: Uint8Array[] = [], memo = ""): Uint8Array {
  return concat([TxBody.encode(TxBody.fromPartial({ messages: [msg], memo })).finish(), ...extra]);
}

function authInfo(
  o: { extra?: Uint8Array[]; signerExtra?: Uint8Array[]; feeExtra?: Uint8Array[]; pubKey?: Uint8Array } = {},
): Uint8Array {
  const signer = concat([
    lenField(
      1,
      concat([
        lenField(1, new TextEncoder().encode(pubKeyAny(PUBKEY).typeUrl)),
        lenField(2, o.pubKey ?? PUBKEY),
      ]),
    ),
    lenField(2, lenField(1, Uint8Array.from(varintField(1, SignMode.SIGN_MODE_DIRECT)))),
    ...(o.signerExtra ?? []),
  ]);
  const fee = concat([
    lenField(
      1,
      concat([lenField(1, new TextEncoder().encode("ustra")), lenField(2, new TextEncoder().encode("500"))]),
    ),
    varintField(2, 200_000),
    ...(o.feeExtra ?? []),
  ]);
  return concat([lenField(1, signer), lenField(2, fee), ...(o.extra ?? [])]);
}

function sign(bodyBytes: Uint8Array, authInfoBytes: Uint8Array): Uint8Array {
  return signSecp256k1(sha256(directSignBytes(bodyBytes, authInfoBytes, CHAIN_ID, 0n)), priv);
}

function txRaw(bodyBytes: Uint8Array, authInfoBytes: Uint8Array): Uint8Array {
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [sign(bodyBytes, authInfoBytes)] }).finish();
}

const B = body();
const A = authInfo();
const S = sign(B, A);
const valid = txRaw(B, A);
// Sanity: the hand-built auth info is what cosmjs-types encodes.
const viaCodec = AuthInfo.encode(
  AuthInfo.fromPartial({
    signerInfos: [
      {
        publicKey: pubKeyAny(PUBKEY),
        modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
        sequence: 0n,
      },
    ],
    fee: { amount: [{ denom: "ustra", amount: "500" }], gasLimit: 200_000n },
  }),
).finish();
if (hex(viaCodec) !== hex(A)) throw new Error("hand-built AuthInfo differs from the codec's");

interface Vector {
  name: string;
  tx: string;
  /** `null`: decodes; otherwise the sdk code and a fragment of the log. */
  reject: { code: number; log: string } | null;
}

const reject = (log: string) => ({ code: 2, log });
const vectors: Vector[] = [
  { name: "canonical tx", tx: hex(valid), reject: null },
  {
    name: "TxRaw + unknown bytes field 4 (the malleated copy)",
    tx: hex(concat([valid, lenField(4, Uint8Array.of(1, 2, 3))])),
    reject: reject("unknown field 4 (wire type bytes) in cosmos.tx.v1beta1.TxRaw"),
  },
  {
    name: "TxRaw + unknown varint field 5",
    tx: hex(concat([valid, varintField(5, 1)])),
    reject: reject("unknown field 5 (wire type varint) in cosmos.tx.v1beta1.TxRaw"),
  },
  {
    name: "TxRaw + non-critical field 1025 (TxRaw is strict)",
    tx: hex(concat([valid, lenField(1025, Uint8Array.of(1))])),
    reject: reject("unknown field 1025 (wire type bytes) in cosmos.tx.v1beta1.TxRaw"),
  },
  {
    name: "TxRaw with a non-minimal length prefix",
    tx: hex(
      concat([
        Uint8Array.from([0x0a, ...varint(B.length).map((b) => b | 0x80), 0x00]),
        B,
        lenField(2, A),
        lenField(3, S),
      ]),
    ),
    reject: reject("length prefix of field 1 of cosmos.tx.v1beta1.TxRaw is not as short as possible"),
  },
  {
    name: "TxRaw with a non-minimal tag",
    tx: hex(concat([Uint8Array.of(0x8a, 0x00, ...varint(B.length)), B, lenField(2, A), lenField(3, S)])),
    reject: reject("tag of field 1 of cosmos.tx.v1beta1.TxRaw is not a minimal varint"),
  },
  {
    name: "TxRaw fields out of order",
    tx: hex(concat([lenField(2, A), lenField(1, B), lenField(3, S)])),
    reject: reject("must follow ADR-027: field 1 after field 2"),
  },
  {
    name: "TxRaw with body_bytes twice",
    tx: hex(concat([lenField(1, B), lenField(1, B), lenField(2, A), lenField(3, S)])),
    reject: reject("must follow ADR-027: field 1 after field 1"),
  },
  {
    name: "TxRaw with a varint where bytes belong",
    tx: hex(concat([lenField(1, B), lenField(2, A), varintField(3, 1)])),
    reject: reject("field 3 of cosmos.tx.v1beta1.TxRaw has wire type varint, expected bytes"),
  },
  {
    name: "TxBody + unknown critical field 6 (signed)",
    tx: hex(txRaw(body([varintField(6, 1)]), A)),
    reject: reject("unknown critical field 6 (wire type varint) in cosmos.tx.v1beta1.TxBody"),
  },
  {
    name: "TxBody + non-critical field 1025 (signed, allowed)",
    tx: hex(txRaw(body([lenField(1025, Uint8Array.of(9))]), A)),
    reject: null,
  },
  {
    name: "TxBody memo sent as a varint",
    tx: hex(txRaw(body([varintField(2, 7)]), A)),
    reject: reject("field 2 of cosmos.tx.v1beta1.TxBody has wire type varint, expected bytes"),
  },
  {
    name: "TxBody memo that is not UTF-8",
    tx: hex(txRaw(body([lenField(2, Uint8Array.of(0xff, 0xfe))]), A)),
    reject: reject("field 2 of cosmos.tx.v1beta1.TxBody is not valid UTF-8"),
  },
  {
    name: "AuthInfo + unknown field 4",
    tx: hex(txRaw(B, authInfo({ extra: [varintField(4, 1)] }))),
    reject: reject("unknown critical field 4 (wire type varint) in cosmos.tx.v1beta1.AuthInfo"),
  },
  {
    name: "AuthInfo + non-critical field 1025 (AuthInfo is strict)",
    tx: hex(txRaw(B, authInfo({ extra: [varintField(1025, 1)] }))),
    reject: reject("unknown field 1025 (wire type varint) in cosmos.tx.v1beta1.AuthInfo"),
  },
  {
    name: "SignerInfo + unknown field 4",
    tx: hex(txRaw(B, authInfo({ signerExtra: [varintField(4, 1)] }))),
    reject: reject("unknown critical field 4 (wire type varint) in cosmos.tx.v1beta1.SignerInfo"),
  },
  {
    name: "Fee + unknown field 5",
    tx: hex(txRaw(B, authInfo({ feeExtra: [lenField(5, Uint8Array.of(1))] }))),
    reject: reject("unknown critical field 5 (wire type bytes) in cosmos.tx.v1beta1.Fee"),
  },
  {
    name: "PubKey + unknown field 2 inside the Any",
    tx: hex(txRaw(B, authInfo({ pubKey: concat([PUBKEY, varintField(2, 1)]) }))),
    reject: reject("unknown critical field 2 (wire type varint) in cosmos.crypto.secp256k1.PubKey"),
  },
];

const out = {
  description:
    "Tx decoder golden vectors: canonical TxRaw (ADR-027) and unknown-field rejection. Generated by makeMalleabilityVectors.ts.",
  chainId: CHAIN_ID,
  signer: from,
  validTxHash: hex(sha256(valid)).toUpperCase(),
  vectors,
};
writeFileSync(new URL("./malleability.json", import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
