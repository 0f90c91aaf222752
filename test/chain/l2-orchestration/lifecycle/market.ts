import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { TxResult } from "../../../../chain/core/types/index.js";
import { outputCommitment, signReceipt } from "../../../../chain/l2-orchestration/modules/tasks/index.js";
import {
  SESSIONS_ACCOUNT,
  TREASURY_ACCOUNT,
  withNumbers,
} from "../../../../chain/l2-orchestration/shared/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { L2Chain, msg, nodeKey, responses } from "../harness.js";

/**
 * A marketplace fixture over the L2 harness for the tasks, scores and settlement tests: one
 * VERIFIED model, routers, executors and guards registered at genesis, an open session, and
 * builders for signed receipts, reveals and scores.
 */

const v1 = { tasks: strata.tasks.v1, scores: strata.scores.v1, sessions: strata.sessions.v1 };

/** sha256 hex of a text. */
export function hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The fixture model. */
export const MODEL = {
  name: "llama",
  version: "1",
  id: "llama@1",
  weights: hex("llama weights"),
  /** ustra per 1,000 tokens. */
  priceIn: 1000n,
  priceOut: 2000n,
};

/** Stake of every fixture node. */
export const STAKE = 2_000_000n;
/** Funds of every fixture account. */
export const FUNDS = 100_000_000n;

/** Options of {@link Market.create}. */
export interface MarketOptions {
  /** Executors exec1…execN (default 3). */
  executors?: number;
  /** Guards guard1…guardN (default 3). */
  guards?: number;
  /** Session redundancy (default 3). */
  redundancy?: number;
  /** Session deposit (default 10,000,000). */
  deposit?: bigint;
  /** Routers the session lists (labels; default none: any router). */
  sessionRouters?: string[];
  /** Session duration in blocks (default 1000). */
  durationBlocks?: number;
  /** Module genesis sections (params). */
  modules?: Record<string, Record<string, unknown>>;
  /** Open a session in block 1 (default true). */
  openSession?: boolean;
}

/** Token counts and output of one executor's run. */
export interface Run {
  output?: string;
  inputTokens?: number;
  outputTokens?: number;
  /** Sign with another node's key (a forged receipt). */
  signer?: string;
  modelSha256?: string;
  prompt?: string;
}

/** The fixture. */
export class Market {
  sessionId = 0;
  private apiKeys = 0;
  readonly executors: string[];
  readonly guards: string[];
  readonly initialSupply: bigint;

  private constructor(
    readonly chain: L2Chain,
    executors: number,
    guards: number,
  ) {
    this.executors = Array.from({ length: executors }, (_, i) => `exec${i + 1}`);
    this.guards = Array.from({ length: guards }, (_, i) => `guard${i + 1}`);
    this.initialSupply = chain.supply();
  }

  /**
   * The fixture over a chain built elsewhere (whose model, nodes and session the caller creates
   * through transactions): labels exec1…execN and guard1…guardN.
   */
  static over(chain: L2Chain, executors: number, guards: number): Market {
    return new Market(chain, executors, guards);
  }

  /** A chain with the model, `router`, `router2` (routers), executors and guards at genesis; a session opened by `user`. */
  static create(opts: MarketOptions = {}): Market {
    const executors = Array.from({ length: opts.executors ?? 3 }, (_, i) => `exec${i + 1}`);
    const guards = Array.from({ length: opts.guards ?? 3 }, (_, i) => `guard${i + 1}`);
    const labels = ["owner", "user", "router", "router2", "stranger", ...executors, ...guards];
    const chain = L2Chain.create({
      accounts: Object.fromEntries(labels.map((l) => [l, FUNDS])),
      genesis: ({ addr }) => ({
        models: [
          {
            name: MODEL.name,
            version: MODEL.version,
            weightsSha256: MODEL.weights,
            weightsSize: 1000,
            format: "gguf",
            quantization: "Q8_0",
            storageUris: ["ipfs://llama"],
            priceInputPer1k: MODEL.priceIn.toString(),
            priceOutputPer1k: MODEL.priceOut.toString(),
            owner: addr("owner"),
          },
        ],
        nodes: [
          ...["router", "router2"].map((l) => node(addr(l), l, "ROUTER")),
          ...executors.map((l) => node(addr(l), l, "EXECUTOR")),
          ...guards.map((l) => node(addr(l), l, "GUARD")),
        ],
        ...(opts.modules ? { modules: opts.modules } : {}),
      }),
    });
    const market = new Market(chain, executors.length, guards.length);
    if (opts.openSession !== false) {
      market.sessionId = market.openSession({
        redundancy: opts.redundancy ?? 3,
        deposit: opts.deposit ?? 10_000_000n,
        routers: opts.sessionRouters ?? [],
        durationBlocks: opts.durationBlocks ?? 1000,
      });
    }
    return market;
  }

  /** Opens a session from `user`; returns its id. */
  openSession(o: {
    redundancy: number;
    deposit: bigint;
    routers?: string[];
    durationBlocks?: number;
  }): number {
    const r = this.chain.deliverOk("user", [
      msg(v1.sessions.MsgOpenSession, {
        owner: this.addr("user"),
        model: MODEL.id,
        redundancy: o.redundancy,
        maxPricePer_1k: "5000",
        deposit: o.deposit.toString(),
        // Each open session needs its own API key.
        apiKeySha256: hex(`api key ${++this.apiKeys}`),
        durationBlocks: o.durationBlocks ?? 1000,
        routers: (o.routers ?? []).map((l) => this.addr(l)),
      }),
    ]);
    return withNumbers(v1.sessions.MsgOpenSessionResponse.decode(responses(r)[0]!.value)).id;
  }

  addr(label: string): string {
    return this.chain.addr(label);
  }

  /** A task id (64 hex) from a label. */
  taskId(label: string | number): string {
    return hex(`task:${label}`);
  }

  /** The salt an executor uses for a task (64 hex). */
  salt(taskId: string, executor: string): string {
    return hex(`salt:${taskId}:${executor}`);
  }

  /** The honest output of a task. */
  honestOutput(taskId: string): string {
    return `answer to ${taskId.slice(0, 8)}`;
  }

  /** A receipt of `executor` for a task, signed with its node key (or `run.signer`'s). */
  receipt(
    taskId: string,
    executor: string,
    run: Run = {},
    sessionId = this.sessionId,
  ): strata.tasks.v1.IReceipt {
    const output = run.output ?? this.honestOutput(taskId);
    return signReceipt(
      this.chain.info(0).chainId,
      {
        taskId,
        sessionId,
        executor: this.addr(executor),
        modelSha256: run.modelSha256 ?? MODEL.weights,
        promptSha256: hex(run.prompt ?? `prompt of ${taskId}`),
        commitment: outputCommitment(output, this.salt(taskId, executor)),
        inputTokens: run.inputTokens ?? 100,
        outputTokens: run.outputTokens ?? 50,
      },
      nodeKey(run.signer ?? executor),
    );
  }

  /** A task record with one receipt per executor (the first one served). */
  task(
    taskId: string,
    executors: string[] = this.executors,
    runs: Record<string, Run> = {},
    sessionId = this.sessionId,
  ): strata.tasks.v1.ITaskRecord {
    return {
      taskId,
      sessionId,
      receipts: executors.map((e) => this.receipt(taskId, e, runs[e] ?? {}, sessionId)),
    };
  }

  /** `MsgRecordTasks` from `router`. */
  record(tasks: strata.tasks.v1.ITaskRecord[], router = "router"): Any {
    return msg(v1.tasks.MsgRecordTasks, { router: this.addr(router), tasks });
  }

  /** A reveal of `executor`'s output for a task (its honest output unless given). */
  revealOf(taskId: string, executor: string, output?: string): strata.tasks.v1.IReveal {
    return {
      taskId,
      executor: this.addr(executor),
      output: output ?? this.honestOutput(taskId),
      salt: this.salt(taskId, executor),
    };
  }

  /** `MsgRevealResults` from `sender`. */
  reveal(sender: string, reveals: strata.tasks.v1.IReveal[]): Any {
    return msg(v1.tasks.MsgRevealResults, { sender: this.addr(sender), reveals });
  }

  /** A guard's score of a task: `scores` by executor label (default SCALE for each). */
  scoreOf(
    taskId: string,
    scores: Record<string, number>,
    executors: string[] = this.executors,
  ): strata.scores.v1.ITaskScore {
    return {
      taskId,
      method: v1.scores.Method.METHOD_EXACT_MATCH,
      scores: executors.map((e) => ({ executor: this.addr(e), score: scores[e] ?? 1_000_000 })),
      note: "outputs compared",
    };
  }

  /** `MsgSubmitScores` from `guard`. */
  score(guard: string, scores: strata.scores.v1.ITaskScore[]): Any {
    return msg(v1.scores.MsgSubmitScores, { guard: this.addr(guard), scores });
  }

  /** The stored task. */
  getTask(id: string) {
    return this.chain.keepers.tasks.getTask(this.chain.source(), id);
  }

  /** The stored scoring. */
  getScoring(id: string) {
    return this.chain.keepers.scores.getScoring(this.chain.source(), id);
  }

  /** The stored settlement. */
  getSettlement(id: string) {
    return this.chain.keepers.settlement.getSettlement(this.chain.source(), id);
  }

  /** The session. */
  session(id = this.sessionId) {
    return this.chain.keepers.sessions.getSession(this.chain.source(), id)!;
  }

  /** The node of a label. */
  node(label: string) {
    return this.chain.keepers.nodes.getNode(this.chain.source(), this.addr(label))!;
  }

  /** Labels of the guards drawn for a task, in draw order. */
  assignedGuards(taskId: string): string[] {
    const byAddr = new Map(this.guards.map((g) => [this.addr(g), g]));
    return this.getScoring(taskId)!.assigned.map((a) => byAddr.get(a) ?? a);
  }

  /**
   * Delivers `msgs` from `label` expecting a refusal with `codespace`/`code` and a log matching
   * `log`; asserts every module's state but auth (the sequence bump) is unchanged and returns the result.
   */
  expectRefused(label: string, msgs: Any[], codespace: string, code: number, log: RegExp): TxResult {
    const before = this.chain.snapshot();
    const r = this.chain.deliver(label, msgs);
    assert.equal(r.codespace, codespace, r.log);
    assert.equal(r.code, code, r.log);
    assert.match(r.log, log);
    // The refused tx's block ran end-blockers too; nothing of ours was due in these tests' blocks.
    assert.equal(this.chain.snapshot(), before, "state changed by a refused tx");
    return r;
  }

  /**
   * The marketplace invariants (RULES.md, settlement): supply conserved, the sessions account
   * holds exactly the OPEN sessions' balances, no negative balance, every settlement's payments
   * sum to its charge.
   */
  checkInvariants(): void {
    const src = this.chain.source();
    const { bank, sessions } = this.chain.keepers;
    assert.equal(this.chain.supply(), this.initialSupply, "supply changed");
    let open = 0n;
    for (let id = 1; ; id++) {
      const s = sessions.getSession(src, id);
      if (!s) break;
      assert.ok(BigInt(s.balance) >= 0n && BigInt(s.reserved || "0") >= 0n, `session ${id} negative`);
      assert.ok(
        BigInt(s.reserved || "0") <= BigInt(s.balance),
        `session ${id} reserves more than its balance`,
      );
      if (s.status === v1.sessions.SessionStatus.SESSION_STATUS_OPEN) open += BigInt(s.balance);
    }
    assert.equal(this.chain.balance(this.chain.moduleAddress(SESSIONS_ACCOUNT)), open, "sessions escrow");
    for (const { coins } of bank.allBalances(src)) {
      for (const c of coins) assert.ok(c.amount >= 0n, "negative balance");
    }
    for (const [, raw] of src.kv("settlement").iterate(Uint8Array.of(0x01))) {
      const s = withNumbers(strata.settlement.v1.Settlement.decode(raw));
      const sum = s.payments.reduce((acc, p) => acc + BigInt(p.amount!), 0n);
      assert.equal(sum, BigInt(s.charge), `settlement ${s.taskId}: payments ${sum} != charge ${s.charge}`);
    }
  }

  /** Treasury balance. */
  treasury(): bigint {
    return this.chain.balance(this.chain.moduleAddress(TREASURY_ACCOUNT));
  }
}

function node(operator: string, label: string, role: "ROUTER" | "EXECUTOR" | "GUARD") {
  return {
    operator,
    roles: [role],
    pubkey: nodeKey(label).pubKey,
    endpoint: role === "GUARD" ? "" : `http://${label}.test:8080`,
    models: role === "EXECUTOR" ? [MODEL.id] : [],
    capacity: role === "GUARD" ? 0 : 4,
    stake: STAKE,
  };
}
