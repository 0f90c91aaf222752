import { strata } from "../../../../proto/gen/strata.js";
import {
  isCanonicalAddress,
  isDigest,
  isPrintableAscii,
  parseAmount,
  utf8Length,
} from "../../shared/index.js";
import { ModelsCode, ModelsError } from "./errors.js";

const { Visibility } = strata.models.v1;

const NAME = /^[a-z0-9][a-z0-9._/-]{0,63}$/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}$/;
const URI_SCHEMES = ["ipfs://", "https://", "http://", "s3://", "ar://", "file://"];
const MAX_URIS = 8;
const MAX_URI_BYTES = 512;

/** The content fields of a version, as published (`MsgPublishModel` without its signer). */
export type VersionFields = Pick<
  strata.models.v1.IModelVersion,
  | "name"
  | "version"
  | "weightsSha256"
  | "weightsSize"
  | "format"
  | "quantization"
  | "tokenizerSha256"
  | "storageUris"
  | "priceInputPer_1k"
  | "priceOutputPer_1k"
  | "visibility"
  | "encryptedWeightsSha256"
  | "owner"
>;

/** The id of a version: `name@version`. */
export function modelId(name: string, version: string): string {
  return `${name}@${version}`;
}

function bad(message: string): ModelsError {
  return new ModelsError(ModelsCode.invalidRequest, message);
}

/**
 * Checks the stateless publication rules of RULES.md, models, "Publish" (used by the message and
 * by genesis, so a genesis version obeys the same rules as a published one).
 * @throws ModelsError(invalidRequest) naming the first broken rule.
 */
export function validateVersionFields(m: VersionFields): void {
  const name = m.name ?? "";
  const version = m.version ?? "";
  // [REJECT] the owner is a canonical account address
  if (!isCanonicalAddress(m.owner ?? ""))
    throw bad(`owner ${JSON.stringify(m.owner)} is not an account address`);
  // [REJECT] name matches ^[a-z0-9][a-z0-9._/-]{0,63}$
  if (!NAME.test(name)) throw bad(`name ${JSON.stringify(name)} must match ${NAME.source}`);
  // [REJECT] version matches ^[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}$
  if (!VERSION.test(version)) throw bad(`version ${JSON.stringify(version)} must match ${VERSION.source}`);
  // [REJECT] weights_sha256 is a digest
  if (!isDigest(m.weightsSha256 ?? ""))
    throw bad(`weights_sha256 ${JSON.stringify(m.weightsSha256)} is not 64 lowercase hex characters`);
  // [REJECT] weights_size > 0
  const size = Number(m.weightsSize ?? 0);
  if (!Number.isSafeInteger(size) || size <= 0)
    throw bad("weights_size must be a positive integer below 2^53");
  // [REJECT] format and quantization are 1–32 printable ASCII characters
  if (!isPrintableAscii(m.format ?? "", 32)) throw bad("format must be 1-32 printable ASCII characters");
  if (!isPrintableAscii(m.quantization ?? "", 32))
    throw bad("quantization must be 1-32 printable ASCII characters");
  // [REJECT] tokenizer_sha256 is empty or a digest
  const tokenizer = m.tokenizerSha256 ?? "";
  if (tokenizer !== "" && !isDigest(tokenizer))
    throw bad(`tokenizer_sha256 ${JSON.stringify(tokenizer)} must be empty or 64 lowercase hex characters`);
  // [REJECT] 1–8 storage_uris, each ≤ 512 bytes with an allowed scheme
  const uris = m.storageUris ?? [];
  if (uris.length < 1 || uris.length > MAX_URIS) throw bad(`storage_uris must hold 1-${MAX_URIS} URIs`);
  for (const uri of uris) {
    if (utf8Length(uri) > MAX_URI_BYTES) throw bad(`storage URI longer than ${MAX_URI_BYTES} bytes`);
    if (!URI_SCHEMES.some((s) => uri.startsWith(s) && uri.length > s.length))
      throw bad(`storage URI ${JSON.stringify(uri)} must start with one of ${URI_SCHEMES.join(" ")}`);
  }
  // [REJECT] both prices are amounts ("0" allowed: free models)
  if (parseAmount(m.priceInputPer_1k ?? "") === undefined)
    throw bad(`price_input_per_1k ${JSON.stringify(m.priceInputPer_1k)} is not an amount`);
  if (parseAmount(m.priceOutputPer_1k ?? "") === undefined)
    throw bad(`price_output_per_1k ${JSON.stringify(m.priceOutputPer_1k)} is not an amount`);
  // [REJECT] visibility is PUBLIC or PRIVATE; PRIVATE needs encrypted_weights_sha256, PUBLIC needs it empty
  const encrypted = m.encryptedWeightsSha256 ?? "";
  if (m.visibility === Visibility.VISIBILITY_PUBLIC) {
    if (encrypted !== "") throw bad("a PUBLIC version must leave encrypted_weights_sha256 empty");
  } else if (m.visibility === Visibility.VISIBILITY_PRIVATE) {
    if (!isDigest(encrypted))
      throw bad("a PRIVATE version needs encrypted_weights_sha256 (64 lowercase hex characters)");
  } else {
    throw bad(`visibility ${m.visibility} must be PUBLIC or PRIVATE`);
  }
}
