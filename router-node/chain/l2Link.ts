/**
 * The router's view of the L2 chain: the few queries and transactions it needs, as an interface
 * this package owns (HOUSE-RULES 7). `createL2Link` implements it over the strata client; the
 * session cache, the executor registry and the recorder only see {@link L2Port}.
 */
import {
  type ModelVersion,
  msgRecordTasks,
  msgRevealResults,
  type Node,
  NodeStatus,
  Role,
  type Session,
  type StrataL2Client,
  type Task,
  type TaskReport,
} from "../../client/index.js";
import type { TaskAttestation } from "../inference/types.js";

/** A task as the router records it: its id, session and the receipts, the served one first. */
export interface TaskToRecord {
  taskId: string;
  sessionId: number;
  receipts: TaskAttestation["receipt"][];
}

/** One executor's reveal of a task. */
export interface RevealToSend {
  taskId: string;
  executor: string;
  output: string;
  salt: string;
  /** The canonical request text (`prompt_sha256`'s preimage), revealed with the outputs. */
  prompt?: string;
}

/** Limits of the tasks module the router respects (RULES.md, tasks, params). */
export interface TaskLimits {
  maxTasksPerMsg: number;
  maxOutputBytes: number;
  maxPromptBytes: number;
}

/** What the router asks of L2. Every method may throw on a network failure. */
export interface L2Port {
  /** The chain id receipts are signed for. */
  readonly chainId: string;
  /** The router's operator account (signs its transactions). */
  readonly operator: string;
  /** The OPEN session whose API key hashes to `sha256`, or null. */
  sessionByKeyHash(sha256: string): Promise<Session | null>;
  /** A session by id, or null. */
  session(id: number): Promise<Session | null>;
  /** The latest block height. */
  height(): Promise<number>;
  /** A model version, or null. */
  model(id: string): Promise<ModelVersion | null>;
  /** Every model version (the router matches its file's digest against them). */
  models(): Promise<ModelVersion[]>;
  /** ACTIVE executors serving `model`. */
  executors(model: string): Promise<Node[]>;
  /** The node of an operator, or null. */
  node(operator: string): Promise<Node | null>;
  /** The tasks module's limits: tasks per message, revealed output and request sizes (bytes). */
  taskLimits(): Promise<TaskLimits>;
  /** A recorded task, or null. */
  task(id: string): Promise<Task | null>;
  /** The chain's report of a task, or null. */
  taskReport(id: string): Promise<TaskReport | null>;
  /** Sends `MsgRecordTasks` and waits for its block. @throws TxRefusedError when refused. */
  recordTasks(tasks: readonly TaskToRecord[]): Promise<{ height: number }>;
  /** Simulates `MsgRecordTasks` (isolates a refused task of a batch). @throws TxRefusedError. */
  simulateRecord(tasks: readonly TaskToRecord[]): Promise<void>;
  /** Sends `MsgRevealResults` and waits for its block. @throws TxRefusedError when refused. */
  revealResults(reveals: readonly RevealToSend[]): Promise<{ height: number }>;
}

function recordMsg(router: string, tasks: readonly TaskToRecord[]) {
  return msgRecordTasks({
    router,
    tasks: tasks.map((t) => ({ taskId: t.taskId, sessionId: t.sessionId, receipts: t.receipts })),
  });
}

/**
 * Implements {@link L2Port} over a strata client connected with the operator's signer.
 * Lists are read whole (paged by the chain's default page size until the last page).
 */
export function createL2Link(client: StrataL2Client, chainId: string, operator: string): L2Port {
  const q = client.query;
  // One transaction of the operator at a time: each takes the account's next sequence.
  let txTail: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = txTail.then(fn, fn);
    txTail = next.catch(() => {});
    return next;
  };
  return {
    chainId,
    operator,
    sessionByKeyHash: (sha256) => q.sessions.byApiKey(sha256),
    session: (id) => q.sessions.session(id),
    async height() {
      return client.stargate.getHeight();
    },
    model: (id) => q.models.model(id),
    async models() {
      const out: ModelVersion[] = [];
      let key: Uint8Array | undefined;
      do {
        const page = await q.models.list(key ? { page: { key } } : {});
        out.push(...page.models);
        key = page.page.nextKey ?? undefined;
      } while (key);
      return out;
    },
    async executors(model) {
      const out: Node[] = [];
      let key: Uint8Array | undefined;
      do {
        const page = await q.nodes.list({
          role: Role.ROLE_EXECUTOR,
          model,
          status: NodeStatus.NODE_STATUS_ACTIVE,
          ...(key ? { page: { key } } : {}),
        });
        out.push(...page.nodes);
        key = page.page.nextKey ?? undefined;
      } while (key);
      return out;
    },
    node: (op) => q.nodes.node(op),
    async taskLimits() {
      const p = await q.tasks.params();
      return {
        maxTasksPerMsg: p.maxTasksPerMsg,
        maxOutputBytes: p.maxOutputBytes,
        maxPromptBytes: p.maxPromptBytes,
      };
    },
    task: (id) => q.tasks.task(id),
    taskReport: (id) => client.taskReport(id),
    async recordTasks(tasks) {
      const r = await serial(() => client.submit(operator, [recordMsg(operator, tasks)]));
      return { height: r.height };
    },
    async simulateRecord(tasks) {
      await client.simulate(operator, [recordMsg(operator, tasks)]);
    },
    async revealResults(reveals) {
      const r = await serial(() =>
        client.submit(operator, [
          msgRevealResults({
            sender: operator,
            reveals: reveals.map((v) => ({
              taskId: v.taskId,
              executor: v.executor,
              output: v.output,
              salt: v.salt,
              ...(v.prompt !== undefined ? { prompt: v.prompt } : {}),
            })),
          }),
        ]),
      );
      return { height: r.height };
    },
  };
}
