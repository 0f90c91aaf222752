import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { isCanonicalAddress } from "../../../l2-orchestration/shared/index.js";
import { taskDigest } from "../../crypto/index.js";
import { isModelId, isTaskId, MAX_RECORD_CIPHERTEXT } from "../../shared/index.js";
import { PrivateTasksCode, PrivateTasksError } from "./errors.js";
import type { KeysKeeper, MembershipKeeper } from "./expectedKeepers.js";
import { privateTasksStore } from "./store.js";

const { Role } = strata.l3.v1;

/** Keepers privatetasks is built on. */
export interface PrivateTasksDeps {
  membership: MembershipKeeper;
  keys: KeysKeeper;
}

function bad(m: string): PrivateTasksError {
  return new PrivateTasksError(PrivateTasksCode.invalidRequest, m);
}

/** [task-1] stateless checks of a task id, model and requester. */
export function checkTaskFields(
  taskId: string,
  model: string | undefined,
  requester: string | undefined,
): void {
  if (!isTaskId(taskId))
    throw bad(`task_id ${JSON.stringify(taskId)} must be 1..128 characters of [A-Za-z0-9._:-]`);
  if (model !== undefined && !isModelId(model)) throw bad("model must be 1..128 printable ASCII characters");
  if (requester !== undefined && !isCanonicalAddress(requester))
    throw bad(`requester ${JSON.stringify(requester)} is not an account address`);
}

/** [task-3] stateless shape of an encrypted record. */
export function checkRecordShape(
  record: strata.l3.v1.IEncryptedRecord | null | undefined,
  field: string,
): void {
  if (!record) throw bad(`${field} record is missing`);
  if (!Number.isSafeInteger(Number(record.epoch)) || Number(record.epoch) < 1)
    throw bad(`${field}: epoch must be positive`);
  if (record.nonce?.length !== 24) throw bad(`${field}: nonce must be 24 bytes`);
  const n = record.ciphertext?.length ?? 0;
  if (n < 16 || n > MAX_RECORD_CIPHERTEXT)
    throw bad(`${field}: ciphertext must be 16..${MAX_RECORD_CIPHERTEXT} bytes, got ${n}`);
}

/** [task-3] the record is sealed under the current epoch. */
export function requireCurrentEpoch(
  deps: PrivateTasksDeps,
  ctx: Context,
  record: strata.l3.v1.IEncryptedRecord,
  field: string,
): void {
  const current = deps.keys.currentEpoch(ctx);
  if (Number(record.epoch) !== current)
    throw new PrivateTasksError(
      PrivateTasksCode.staleEpoch,
      `${field}: epoch ${record.epoch} is not the current epoch ${current}; re-encrypt under epoch ${current}`,
    );
}

/** [task-2] @throws PrivateTasksError(unauthorized) unless `address` is an admin or member. */
export function requireMember(deps: PrivateTasksDeps, ctx: Context, address: string, what: string): void {
  const role = deps.membership.getParty(ctx, address)?.role;
  if (role !== Role.ROLE_ADMIN && role !== Role.ROLE_MEMBER)
    throw new PrivateTasksError(
      PrivateTasksCode.unauthorized,
      `${what} ${address} is not a member of this chain`,
    );
}

/** [task-2] @throws PrivateTasksError(unauthorized) unless `address` is an allow-listed router. */
export function requireRouter(deps: PrivateTasksDeps, ctx: Context, address: string): void {
  if (deps.membership.getParty(ctx, address)?.role !== Role.ROLE_ROUTER)
    throw new PrivateTasksError(
      PrivateTasksCode.unauthorized,
      `${address} is not an allow-listed router of this chain`,
    );
}

/** Recomputes the task's digest ([task-4]) and stores it; emits `l3_task`. */
export function storeTask(ctx: Context, task: strata.l3.v1.IPrivateTask): Uint8Array {
  const digest = taskDigest({
    chainId: ctx.block.chainId,
    taskId: task.taskId!,
    requester: task.requester ?? "",
    router: task.router ?? "",
    model: task.model ?? "",
    prompt: task.prompt as { epoch: number; nonce: Uint8Array; ciphertext: Uint8Array } | null,
    completion: task.completion as { epoch: number; nonce: Uint8Array; ciphertext: Uint8Array } | null,
  });
  privateTasksStore.set(ctx, { ...task, digest });
  ctx.events.emit("l3_task", {
    task_id: task.taskId!,
    requester: task.requester ?? "",
    router: task.router ?? "",
    digest: Buffer.from(digest).toString("hex"),
  });
  return digest;
}

/** A new task's seq. @throws PrivateTasksError(duplicateTask) when the id is taken. */
export function newTaskSeq(ctx: Context, taskId: string): number {
  if (privateTasksStore.get(ctx, taskId))
    throw new PrivateTasksError(PrivateTasksCode.duplicateTask, `task ${taskId} is already recorded`);
  return privateTasksStore.lastSeq(ctx) + 1;
}
