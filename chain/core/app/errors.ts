import { StrataError } from "../errors/index.js";

/**
 * Root error codes in codespace `sdk`, numbered exactly as the Cosmos SDK's `types/errors` so Cosmos
 * clients (cosmjs's `BroadcastTxError`, wallets) see familiar codes. Never renumber.
 */
export enum SdkCode {
  txDecode = 2,
  invalidSequence = 3,
  unauthorized = 4,
  insufficientFunds = 5,
  unknownRequest = 6,
  invalidAddress = 7,
  invalidPubKey = 8,
  unknownAddress = 9,
  invalidCoins = 10,
  outOfGas = 11,
  memoTooLarge = 12,
  insufficientFee = 13,
  tooManySignatures = 14,
  noSignatures = 15,
  invalidRequest = 18,
  txInMempoolCache = 19,
  mempoolIsFull = 20,
  txTooLarge = 21,
  keyNotFound = 22,
  invalidSigner = 24,
  invalidHeight = 26,
  invalidChainId = 28,
  invalidType = 29,
  txTimeoutHeight = 30,
  unknownExtensionOptions = 31,
  wrongSequence = 32,
  unpackAny = 34,
  logic = 35,
  notSupported = 37,
  notFound = 38,
  invalidGasLimit = 41,
}

// The SDK appends the root error's description to every wrapped message; clients and people
// grep for it, so we keep it.
const DESCRIPTIONS: Record<SdkCode, string> = {
  [SdkCode.txDecode]: "tx parse error",
  [SdkCode.invalidSequence]: "invalid sequence",
  [SdkCode.unauthorized]: "unauthorized",
  [SdkCode.insufficientFunds]: "insufficient funds",
  [SdkCode.unknownRequest]: "unknown request",
  [SdkCode.invalidAddress]: "invalid address",
  [SdkCode.invalidPubKey]: "invalid pubkey",
  [SdkCode.unknownAddress]: "unknown address",
  [SdkCode.invalidCoins]: "invalid coins",
  [SdkCode.outOfGas]: "out of gas",
  [SdkCode.memoTooLarge]: "memo too large",
  [SdkCode.insufficientFee]: "insufficient fee",
  [SdkCode.tooManySignatures]: "maximum number of signatures exceeded",
  [SdkCode.noSignatures]: "no signatures supplied",
  [SdkCode.invalidRequest]: "invalid request",
  [SdkCode.txInMempoolCache]: "tx already in mempool",
  [SdkCode.mempoolIsFull]: "mempool is full",
  [SdkCode.txTooLarge]: "tx too large",
  [SdkCode.keyNotFound]: "key not found",
  [SdkCode.invalidSigner]: "tx intended signer does not match the given signer",
  [SdkCode.invalidHeight]: "invalid height",
  [SdkCode.invalidChainId]: "invalid chain-id",
  [SdkCode.invalidType]: "invalid type",
  [SdkCode.txTimeoutHeight]: "tx timeout height",
  [SdkCode.unknownExtensionOptions]: "unknown extension options",
  [SdkCode.wrongSequence]: "incorrect account sequence",
  [SdkCode.unpackAny]: "failed unpacking protobuf message from Any",
  [SdkCode.logic]: "internal logic error",
  [SdkCode.notSupported]: "feature not supported",
  [SdkCode.notFound]: "not found",
  [SdkCode.invalidGasLimit]: "invalid gas limit",
};

/** An error in codespace `sdk`; the message ends with the code's standard description. */
export class SdkError extends StrataError {
  constructor(code: SdkCode, message: string, detail?: Record<string, unknown>) {
    super("sdk", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
