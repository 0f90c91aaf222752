import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import { parseAmount, utf8Length } from "../../shared/index.js";
import { NodesCode, NodesError } from "./errors.js";
import type { ModelsKeeper } from "./expectedKeepers.js";

const { Role } = strata.nodes.v1;
const { ModelStatus } = strata.models.v1;

const MAX_MODELS = 64;
const MAX_ENDPOINT_BYTES = 256;
// Scheme, a host of printable non-space characters, then an optional path/query/fragment.
const ENDPOINT = /^https?:\/\/[\x21-\x2e\x30-\x7e]+(\/[\x21-\x7e]*)?$/;

function bad(message: string): NodesError {
  return new NodesError(NodesCode.invalidRequest, message);
}

/** Whether the roles include one that serves traffic (router or executor). */
export function servesTraffic(roles: readonly number[]): boolean {
  return roles.includes(Role.ROLE_ROUTER) || roles.includes(Role.ROLE_EXECUTOR);
}

/**
 * @throws NodesError(invalidRequest) unless `roles` is non-empty, each ROUTER / EXECUTOR / GUARD, no duplicates.
 */
export function validateRoles(roles: readonly number[]): void {
  // [REJECT] roles is non-empty, each ROUTER / EXECUTOR / GUARD, no duplicates
  if (roles.length === 0) throw bad("roles must not be empty");
  for (const r of roles) {
    if (r !== Role.ROLE_ROUTER && r !== Role.ROLE_EXECUTOR && r !== Role.ROLE_GUARD)
      throw bad(`role ${r} is not ROUTER, EXECUTOR or GUARD`);
  }
  if (new Set(roles).size !== roles.length) throw bad("roles must not repeat");
}

/** @throws NodesError(invalidRequest) unless `pubkey` is a 32-byte ed25519 key. */
export function validatePubkey(pubkey: Uint8Array): void {
  // [REJECT] pubkey is 32 bytes (ed25519)
  if (pubkey.length !== 32) throw bad(`pubkey must be 32 bytes (ed25519), got ${pubkey.length}`);
}

/**
 * @throws NodesError(invalidRequest) unless `endpoint` is an http(s) URL of ≤ 256 bytes; it may be
 * empty only for a node without router or executor roles (guards are never called).
 */
export function validateEndpoint(endpoint: string, roles: readonly number[]): void {
  // [REJECT] endpoint is an http:// or https:// URL of ≤ 256 bytes (guards may leave it empty)
  if (endpoint === "") {
    if (servesTraffic(roles)) throw bad("a router or executor needs an http:// or https:// endpoint");
    return;
  }
  if (utf8Length(endpoint) > MAX_ENDPOINT_BYTES)
    throw bad(`endpoint longer than ${MAX_ENDPOINT_BYTES} bytes`);
  if (!ENDPOINT.test(endpoint))
    throw bad(`endpoint ${JSON.stringify(endpoint)} is not an http:// or https:// URL`);
}

/** @throws NodesError(invalidRequest) unless `models` has ≤ 64 entries and no duplicates. */
export function validateModelList(models: readonly string[]): void {
  // [REJECT] models has ≤ 64 entries, no duplicates
  if (models.length > MAX_MODELS) throw bad(`at most ${MAX_MODELS} models`);
  if (new Set(models).size !== models.length) throw bad("models must not repeat");
}

/**
 * @throws NodesError(invalidModel) unless each served model exists and is not DEPRECATED.
 */
export function checkModelsServable(models: ModelsKeeper, ctx: StoreSource, ids: readonly string[]): void {
  for (const id of ids) {
    const model = models.getModel(ctx, id);
    // [REJECT] each served model is an existing version that is not DEPRECATED
    if (!model) throw new NodesError(NodesCode.invalidModel, `model ${JSON.stringify(id)} does not exist`);
    if (model.status === ModelStatus.MODEL_STATUS_DEPRECATED)
      throw new NodesError(NodesCode.invalidModel, `model ${id} is DEPRECATED`);
  }
}

/** @throws NodesError(invalidRequest) unless a router or executor has capacity ≥ 1. */
export function validateCapacity(capacity: number, roles: readonly number[]): void {
  // [REJECT] capacity ≥ 1 for a router or executor
  if (servesTraffic(roles) && capacity < 1) throw bad("a router or executor needs capacity of at least 1");
}

/**
 * The amount in `value`.
 * @throws NodesError(invalidRequest) when it is not a canonical amount (or is 0 with `positive`).
 */
export function amountField(value: string, name: string, positive = false): bigint {
  const amount = parseAmount(value);
  // [REJECT] amounts are canonical decimal strings
  if (amount === undefined) throw bad(`${name} ${JSON.stringify(value)} is not an amount`);
  if (positive && amount === 0n) throw bad(`${name} must be positive`);
  return amount;
}
