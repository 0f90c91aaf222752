/**
 * Private tasks at an allow-listed router (L2 RULES.md, "Private sessions on L2"; L3 RULES.md,
 * privatetasks): the router serves a member's request in plaintext (it is trusted with what it
 * serves, as in Cortensor: the request arrives over localhost HTTP), then records the prompt and
 * the completion on the L3 as `EncryptedRecord`s under the **current** epoch key, which it opens
 * from its own wrap (ROLE_ROUTER). The task digest ([task-4]) is what L2 may see of the task.
 */
import type { Logger } from "../../../chain/core/log/index.js";
import {
  bytesEqual,
  L3CryptoCode,
  L3CryptoError,
  openRecordText,
  type SealedRecord,
  sealRecord,
  taskDigest,
  unwrapEpochKey,
  type X25519KeyPair,
} from "../../../chain/l3-privacy/crypto/index.js";
import { strata } from "../../../proto/gen/strata.js";
import { RouterError, RouterErrorCode } from "../../errors.js";
import type { L3Port } from "./l3Port.js";

const { Role } = strata.l3.v1;
/** Most entries of one L3 `MsgRecordTasks` (privatetasks [task-2]). */
export const MAX_TASKS_PER_RECORD = 100;

/** Options of {@link createPrivateTasks}. */
export interface PrivateTasksOptions {
  /** The router operator's account (its L3 party address). */
  router: string;
  /** The router's X25519 key pair (`deriveMemberX25519` of its account key). */
  x25519: X25519KeyPair;
}

/** A private task as the router serves it (plaintext in memory only). */
export interface PrivateTaskInput {
  taskId: string;
  /** The member that asked (its L3 party address). */
  requester: string;
  model: string;
  prompt: string;
  completion: string;
}

/** What was recorded on the L3. */
export interface RecordedPrivateTask {
  taskId: string;
  epoch: number;
  prompt: SealedRecord;
  completion: SealedRecord;
  /** taskDigest of the recorded task (32 bytes): what L2 may see of it. */
  digest: Uint8Array;
  /** L3 height of the record. */
  height: number;
}

/** A served task sealed for the L3, not yet recorded. */
export interface SealedPrivateTask {
  entry: strata.l3.v1.ITaskEntry;
  epoch: number;
  prompt: SealedRecord;
  completion: SealedRecord;
  /** taskDigest of the task as it will be recorded (32 bytes). */
  digest: Uint8Array;
}

/** The private-task side of a router on an L3. */
export interface PrivateTasks {
  /**
   * [REJECT] this router is an allow-listed router (ROLE_ROUTER party) of the L3.
   * @throws RouterError(PermissionDenied, 403) when it is not.
   */
  ensureAllowed(): Promise<void>;
  /**
   * [REJECT] `requester` is an admin or member of the L3 (task-2).
   * @throws RouterError(PermissionDenied, 403) when it is not.
   */
  ensureMember(requester: string): Promise<void>;
  /** Whether `address` is an allow-listed router (ROLE_ROUTER party) of the L3: only those execute private tasks. */
  isAllowedRouter(address: string): Promise<boolean>;
  /** Seals a served task under the current epoch and records it on the L3; returns the records and digest. */
  record(task: PrivateTaskInput): Promise<RecordedPrivateTask>;
  /**
   * Seals a served task under the current epoch (no transaction): the L3 entry to record and its
   * digest. The gateway answers the client once sealed and records in the background.
   */
  seal(task: PrivateTaskInput): Promise<SealedPrivateTask>;
  /** Records sealed tasks on the L3 in one `MsgRecordTasks`; returns the L3 height. */
  submit(tasks: Pick<SealedPrivateTask, "entry">[]): Promise<number>;
  /** The task as the L3 stores it, or null (reconciling a record that may have landed). */
  stored(taskId: string): Promise<strata.l3.v1.IPrivateTask | null>;
  /** The L3 chain id. */
  readonly chainId: string;
  /**
   * Opens a recorded task's prompt and completion with the router's own wrap (the router reads
   * what it served).
   * @throws L3CryptoError(authenticationFailed) for a record it cannot open.
   */
  open(task: strata.l3.v1.IPrivateTask): Promise<{ prompt: string; completion: string | null }>;
}

/** Creates the router's private-task side over its L3 port. */
export function createPrivateTasks(
  opts: PrivateTasksOptions,
  deps: { port: L3Port; logger: Logger },
): PrivateTasks {
  const { port } = deps;
  const log = deps.logger.child({ component: "l3", chainId: port.chainId });
  const keys = new Map<number, Uint8Array>();
  const queue: {
    tasks: Pick<SealedPrivateTask, "entry">[];
    resolve(height: number): void;
    reject(err: unknown): void;
  }[] = [];
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch: typeof queue = [];
      let count = 0;
      while (
        queue.length > 0 &&
        (batch.length === 0 || count + queue[0]!.tasks.length <= MAX_TASKS_PER_RECORD)
      ) {
        const next = queue.shift()!;
        batch.push(next);
        count += next.tasks.length;
      }
      try {
        const { height } = await port.recordTasks(batch.flatMap((b) => b.tasks.map((t) => t.entry)));
        log.info("private tasks recorded", { count, height });
        for (const b of batch) b.resolve(height);
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
    draining = null;
  }

  async function epochKey(number?: number): Promise<{ epoch: number; key: Uint8Array }> {
    const epoch = await port.currentEpoch();
    const current = Number(epoch.number);
    const want = number ?? current;
    const cached = keys.get(want);
    if (cached) return { epoch: want, key: cached };
    if (want !== current)
      throw new RouterError(
        RouterErrorCode.PermissionDenied,
        `epoch ${want} is not current (${current}); the router keeps only keys it has opened`,
      );
    // [key-2] the wrap is checked against the epoch's key id by unwrapEpochKey
    const key = unwrapEpochKey(opts.x25519.secretKey, opts.router, port.chainId, {
      number: epoch.number ?? 0,
      keyId: epoch.keyId ?? new Uint8Array(),
      threshold: epoch.threshold ?? 0,
      wraps: epoch.wraps ?? [],
    });
    keys.set(current, key);
    return { epoch: current, key };
  }

  async function role(address: string): Promise<number | null> {
    const m = await port.member(address);
    return m ? (m.role ?? Role.ROLE_UNSPECIFIED) : null;
  }

  return {
    async ensureAllowed() {
      if ((await role(opts.router)) !== Role.ROLE_ROUTER)
        throw new RouterError(
          RouterErrorCode.PermissionDenied,
          `router ${opts.router} is not on the allow-list of L3 chain ${port.chainId}`,
        );
    },

    async isAllowedRouter(address) {
      return (await role(address)) === Role.ROLE_ROUTER;
    },

    async ensureMember(requester) {
      const r = await role(requester);
      if (r !== Role.ROLE_ADMIN && r !== Role.ROLE_MEMBER)
        throw new RouterError(
          RouterErrorCode.PermissionDenied,
          `${requester} is not a member of L3 chain ${port.chainId}`,
        );
    },

    chainId: port.chainId,

    stored(taskId) {
      return port.task(taskId);
    },

    async seal(task) {
      const { epoch, key } = await epochKey();
      const ctx = { chainId: port.chainId, taskId: task.taskId };
      // [task-3] sealed under the current epoch
      const prompt = sealRecord(key, epoch, { ...ctx, field: "prompt" }, task.prompt);
      const completion = sealRecord(key, epoch, { ...ctx, field: "completion" }, task.completion);
      // [task-4] the digest the L3 will store, computed from what is sent
      const digest = taskDigest({
        chainId: port.chainId,
        taskId: task.taskId,
        requester: task.requester,
        router: opts.router,
        model: task.model,
        prompt,
        completion,
      });
      const entry = { taskId: task.taskId, requester: task.requester, model: task.model, prompt, completion };
      return { entry, epoch, prompt, completion, digest };
    },

    submit(tasks) {
      // One MsgRecordTasks at a time from the router's account (its sequence), with every task
      // that arrived meanwhile in it (at most MAX_TASKS_PER_RECORD), so concurrent completions
      // neither race on the sequence nor pay one L3 block each.
      return new Promise<number>((resolve, reject) => {
        queue.push({ tasks, resolve, reject });
        if (!draining) draining = drain();
      });
    },

    async record(task) {
      const sealed = await this.seal(task);
      const height = await this.submit([sealed]);
      return {
        taskId: task.taskId,
        epoch: sealed.epoch,
        prompt: sealed.prompt,
        completion: sealed.completion,
        digest: sealed.digest,
        height,
      };
    },

    async open(task) {
      const epochOf = (r: strata.l3.v1.IEncryptedRecord) => Number(r.epoch ?? 0);
      if (!task.prompt) throw new L3CryptoError(L3CryptoCode.invalidInput, "the task has no prompt record");
      const { key } = await epochKey(epochOf(task.prompt));
      const ctx = { chainId: port.chainId, taskId: task.taskId ?? "" };
      const rec = (r: strata.l3.v1.IEncryptedRecord) => ({
        epoch: epochOf(r),
        nonce: r.nonce ?? new Uint8Array(),
        ciphertext: r.ciphertext ?? new Uint8Array(),
      });
      const prompt = openRecordText(key, rec(task.prompt), { ...ctx, field: "prompt" });
      const completion = task.completion
        ? openRecordText(key, rec(task.completion), { ...ctx, field: "completion" })
        : null;
      return { prompt, completion };
    },
  };
}

/** Whether two digests are equal (the L3's stored digest and the router's). */
export function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  return bytesEqual(a, b);
}
