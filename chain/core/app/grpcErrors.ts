import { addressBytes } from "../crypto/index.js";
import { SdkCode, SdkError } from "./errors.js";

/**
 * A gRPC NotFound as the SDK reports it through ABCI: codespace `sdk`, code 22, and the exact
 * `rpc error: code = NotFound` text that cosmjs's `getAccount` maps to `null`.
 */
export function grpcNotFound(desc: string): SdkError {
  return new SdkError(SdkCode.keyNotFound, `rpc error: code = NotFound desc = ${desc}`);
}

/** A gRPC InvalidArgument error (bad address, bad request bytes). */
export function grpcInvalidArgument(desc: string): SdkError {
  return new SdkError(SdkCode.invalidRequest, `rpc error: code = InvalidArgument desc = ${desc}`);
}

/**
 * Decodes `address`, mapping failures to InvalidArgument as the SDK's query server does.
 * @throws SdkError(invalidRequest) for an address that is not a valid account address.
 */
export function queryAddress(address: string): Uint8Array {
  try {
    return addressBytes(address);
  } catch (err) {
    throw grpcInvalidArgument((err as Error).message);
  }
}
