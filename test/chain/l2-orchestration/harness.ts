import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { App, ExecutedBlock } from "../../../chain/core/app/app.js";
import {
  type BlockInfo,
  Context,
  moduleStorePrefix,
  type StoreSource,
} from "../../../chain/core/app/context.js";
import { EventManager } from "../../../chain/core/app/events.js";
import { GasMeter } from "../../../chain/core/app/gas.js";
import { ed25519FromSeed, sha256, signSecp256k1 } from "../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../chain/core/log/index.js";
import { encodePubKeyAny, moduleAddress } from "../../../chain/core/modules/auth/index.js";
import { CacheKVStore, computeStateRoot, MemKVStore, PrefixStore } from "../../../chain/core/store/index.js";
import { directSignBytes } from "../../../chain/core/tx/index.js";
import type { QueryResult, TxResult } from "../../../chain/core/types/index.js";
import { createL2App, type L2Keepers } from "../../../chain/l2-orchestration/app.js";
import {
  buildL2Genesis,
  type L2GenesisInput,
  type L2GenesisModel,
  type L2GenesisNode,
} from "../../../chain/l2-orchestration/genesis.js";
import { L2_DENOM } from "../../../chain/l2-orchestration/shared/index.js";
import { strata } from "../../../proto/gen/strata.js";
import { type Account, account, consKey, QueryError, SEC } from "../core/modules/helpers.js";

export { type Account, account, QueryError };

/** Chain id of the harness chain. */
export const L2_TEST_CHAIN_ID = "strata-l2-test";

const GENESIS_TIME = "2027-01-01T00:00:00Z";
const GENESIS_NS = BigInt(Date.parse(GENESIS_TIME)) * 1_000_000n;

/** Options of {@link L2Chain.create}. */
export interface L2ChainOptions {
  /** Funded accounts by label, in ustra (account numbers follow this order). */
  accounts: Record<string, bigint>;
  /** Staking validators by operator label (the operator must be in `accounts`), self-delegation in ustra. */
  validators?: { operator: string; selfDelegation: bigint }[];
  /**
   * Genesis overrides passed to `buildL2Genesis` (models, nodes, per-module sections), built from
   * a function that can turn account labels into addresses.
   */
  genesis?: (chain: { addr(label: string): string }) => Partial<L2GenesisInput>;
}

/** An ed25519 node key (receipt signing) from a label. */
export interface NodeKey {
  seed: Uint8Array;
  pubKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
}

/** A deterministic ed25519 node key: the receipt key an L2 node registers as `pubkey`. */
export function nodeKey(label: string): NodeKey {
  const seed = createHash("sha256").update(`node:${label}`).digest();
  const key = ed25519FromSeed(seed);
  return { seed: new Uint8Array(seed), pubKey: key.pubKey, sign: (m) => key.sign(m) };
}

/** The deterministic previous-block hash the harness gives block `height`: sha256 of `block:<height − 1>`. */
export function lastBlockHashOf(height: number): Uint8Array {
  return sha256(new TextEncoder().encode(`block:${height - 1}`));
}

/** A message as an `Any`, for generated strata types (`Type.getTypeUrl("")` is `/strata.…`). */
export function msg<T>(
  type: { getTypeUrl(prefix?: string): string; encode(m: T): { finish(): Uint8Array } },
  m: T,
): Any {
  return { typeUrl: type.getTypeUrl(""), value: type.encode(m).finish() };
}

/** The message responses of a successful tx (its `TxMsgData`). */
export function responses(result: TxResult): Any[] {
  return TxMsgData.decode(result.data).msgResponses;
}

/** The attributes of the events of `type` in a result, as plain records. */
export function eventsOf(events: TxResult["events"], type: string): Record<string, string>[] {
  return events
    .filter((e) => e.type === type)
    .map((e) =>
      Object.fromEntries(e.attributes.filter((a) => a.key !== "msg_index").map((a) => [a.key, a.value])),
    );
}

/**
 * An in-process L2 chain: `makeL2App`'s modules over a {@link MemKVStore}, started from
 * `buildL2Genesis`, with blocks executed from hand-built {@link BlockInfo} (deterministic time
 * and `lastBlockHash`) and txs signed SIGN_MODE_DIRECT by deterministic secp256k1 accounts.
 */
export class L2Chain {
  readonly store = new MemKVStore();
  readonly accounts = new Map<string, Account>();
  /** Height of the last executed block (0: genesis only). */
  height = 0;
  /** The genesis app state the chain was started from. */
  appState: Record<string, unknown> = {};
  private readonly pending = new Map<string, bigint>();

  private constructor(
    readonly app: App,
    readonly keepers: L2Keepers,
  ) {}

  /**
   * A chain with `opts.accounts` funded (labels → deterministic accounts), optional staking
   * validators and genesis overrides, initialised from `buildL2Genesis` at height 0.
   */
  static create(opts: L2ChainOptions): L2Chain {
    const chain = L2Chain.empty();
    for (const label of Object.keys(opts.accounts)) chain.accounts.set(label, account(label));
    const overrides = opts.genesis?.({ addr: (l) => chain.addr(l) }) ?? {};
    const doc = buildL2Genesis({
      chainId: L2_TEST_CHAIN_ID,
      genesisTime: GENESIS_TIME,
      validators: (opts.validators ?? []).map((v) => ({
        name: v.operator,
        pubKey: Buffer.from(consKey(v.operator).pubKey).toString("base64"),
        power: (v.selfDelegation / 1_000_000n).toString(),
        operator: chain.addr(v.operator),
        selfDelegation: v.selfDelegation,
      })),
      accounts: Object.entries(opts.accounts).map(([label, amount]) => ({
        address: chain.addr(label),
        amount,
      })),
      ...overrides,
    });
    chain.init(doc.appState);
    return chain;
  }

  /**
   * A chain started from a given app state (an exported genesis, for round trips). `accounts`
   * are the labels to sign with.
   */
  static fromAppState(appState: Record<string, unknown>, labels: Iterable<string> = []): L2Chain {
    const chain = L2Chain.empty();
    for (const label of labels) chain.accounts.set(label, account(label));
    chain.init(appState);
    return chain;
  }

  private static empty(): L2Chain {
    const { app, keepers } = createL2App(L2_TEST_CHAIN_ID, nullLogger, { minGasPrices: [] });
    return new L2Chain(app, keepers);
  }

  private init(appState: Record<string, unknown>): void {
    // A JSON round trip, as a genesis file would: no bigint or shared object slips through.
    this.appState = JSON.parse(JSON.stringify(appState));
    this.app.initChain(this.store, this.info(0), this.appState);
  }

  /** The account with `label`. */
  acct(label: string): Account {
    const a = this.accounts.get(label);
    if (!a) throw new Error(`no test account ${label}`);
    return a;
  }

  /** Address of the account with `label` (known to the harness or not: it is derived from the label). */
  addr(label: string): string {
    return this.accounts.get(label)?.address ?? account(label).address;
  }

  /** Address of module account `name` (`nodes`, `sessions`, `treasury`, …). */
  moduleAddress(name: string): string {
    return moduleAddress(name);
  }

  /** Block info at `height`: time 5 s per block after genesis, `lastBlockHash` from {@link lastBlockHashOf}. */
  info(height: number): BlockInfo {
    return {
      chainId: L2_TEST_CHAIN_ID,
      height,
      timeNs: GENESIS_NS + BigInt(height) * 5n * SEC,
      proposer: new Uint8Array(20),
      ...(height > 0 ? { lastBlockHash: lastBlockHashOf(height), lastCommit: [] } : {}),
    };
  }

  /** Signs `msgs` from account `label` (SIGN_MODE_DIRECT, no fee). Several txs of one sender in a block take consecutive sequences. */
  sign(label: string, msgs: Any[], gas = 50_000_000n): Uint8Array {
    const a = this.acct(label);
    const onChain = this.keepers.auth.getAccount(this.source(), a.address);
    const sequence = this.pending.get(label) ?? onChain?.sequence ?? 0n;
    this.pending.set(label, sequence + 1n);
    const accountNumber = onChain?.accountNumber ?? 0n;
    const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs })).finish();
    const authInfoBytes = AuthInfo.encode(
      AuthInfo.fromPartial({
        signerInfos: [
          {
            publicKey: encodePubKeyAny(a.pub),
            modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
            sequence,
          },
        ],
        fee: { amount: [], gasLimit: gas },
      }),
    ).finish();
    const signature = signSecp256k1(
      sha256(directSignBytes(bodyBytes, authInfoBytes, L2_TEST_CHAIN_ID, accountNumber)),
      a.priv,
    );
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
  }

  /** Executes the next block with `txs` (default none): begin-block, the txs, end-blockers. */
  nextBlock(txs: Uint8Array[] = []): ExecutedBlock {
    this.height += 1;
    const executed = this.app.execBlock(this.store, this.info(this.height), txs);
    this.pending.clear();
    return executed;
  }

  /** Executes blocks until the last executed height is `height`. */
  advanceTo(height: number): void {
    while (this.height < height) this.nextBlock();
  }

  /** Signs `msgs` from `label` and executes them as the only tx of the next block; returns its result. */
  deliver(label: string, msgs: Any[]): TxResult {
    return this.nextBlock([this.sign(label, msgs)]).txResults[0]!;
  }

  /** Like {@link deliver} but throws with the log when the tx fails (for setup steps). */
  deliverOk(label: string, msgs: Any[]): TxResult {
    const r = this.deliver(label, msgs);
    if (r.code !== 0) throw new Error(`tx from ${label} failed: ${r.codespace}:${r.code} ${r.log}`);
    return r;
  }

  /**
   * Delivers `msgs` from `label` and asserts the tx is refused with `codespace:code` (and a log
   * containing `logPart`, when given) and that no state but the signer's sequence changed.
   * @returns the refused result.
   */
  expectRefused(label: string, msgs: Any[], codespace: string, code: number, logPart?: string): TxResult {
    const before = this.snapshot();
    const r = this.deliver(label, msgs);
    assert.equal(`${r.codespace}:${r.code}`, `${codespace}:${code}`, `unexpected result: ${r.log}`);
    if (logPart !== undefined)
      assert.ok(r.log.includes(logPart), `log ${JSON.stringify(r.log)} lacks ${JSON.stringify(logPart)}`);
    assert.equal(this.snapshot(), before, "a refused tx changed state");
    return r;
  }

  /**
   * Runs `fn` (keeper calls: `slash`, `reserve`, `settle`, …) in a deliver context of the next
   * height on a branch of the state, written only when `fn` returns: a throw leaves the state as it
   * was, like a failed message. The height does not advance. Returns `fn`'s result and the events.
   */
  run<T>(fn: (ctx: Context) => T): { result: T; events: TxResult["events"] } {
    const branch = new CacheKVStore(this.store);
    const events = new EventManager();
    const ctx = new Context(
      this.info(this.height + 1),
      branch,
      new GasMeter(undefined),
      events,
      "deliver",
      nullLogger,
    );
    const result = fn(ctx);
    branch.write();
    return { result, events: events.events };
  }

  /** Runs a gRPC-path query against the latest state; the raw result (code, log, value). */
  query(path: string, request: Uint8Array): QueryResult {
    return this.app.query(this.store, this.info(this.height), path, request);
  }

  /** Runs a query and decodes its response; throws a {@link QueryError} when it fails. */
  queryOk<T>(path: string, request: Uint8Array, decode: (bytes: Uint8Array) => T): T {
    const r = this.query(path, request);
    if (r.code !== 0) throw new QueryError(r.code, r.codespace, r.log);
    return decode(r.value);
  }

  /** The app hash of the current state (hex). */
  appHash(): string {
    return Buffer.from(computeStateRoot(this.store.iterate(new Uint8Array()))).toString("hex");
  }

  /**
   * A hash of the state except the `auth/` namespace. A refused tx still bumps its signer's
   * sequence (Cosmos semantics), so "state unchanged" means every other module's state.
   */
  snapshot(): string {
    const auth = moduleStorePrefix("auth");
    const entries = [...this.store.iterate(new Uint8Array())].filter(
      ([k]) => !(k.length >= auth.length && Buffer.from(k.subarray(0, auth.length)).equals(auth)),
    );
    return Buffer.from(computeStateRoot(entries)).toString("hex");
  }

  /** The ustra balance of an address or of a harness account label. */
  balance(addressOrLabel: string): bigint {
    const address = this.accounts.has(addressOrLabel) ? this.addr(addressOrLabel) : addressOrLabel;
    return this.keepers.bank.getBalance(this.source(), address, L2_DENOM);
  }

  /** ustra supply. */
  supply(): bigint {
    return this.keepers.bank.getSupply(this.source(), L2_DENOM);
  }

  /** Every module's genesis section from the current state (`App.exportGenesis`), JSON-clean. */
  exportGenesis(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.app.exportGenesis(this.store, this.info(this.height))));
  }

  /** Read access to module stores (keeper reads in assertions). */
  source(): StoreSource {
    return { kv: (name) => new PrefixStore(this.store, moduleStorePrefix(name)) };
  }
}

/** A deterministic sha256 digest (hex) of a label: test weights, prompts, API keys. */
export function digestOf(label: string): string {
  return createHash("sha256").update(label).digest("hex");
}

/** Ids of the built-in test model the fixtures publish. */
export const TINY_MODEL = { name: "strata/tiny", version: "1.0", id: "strata/tiny@1.0" } as const;

/** A genesis model (default: the tiny test model, VERIFIED, 10/20 ustra per 1k tokens) owned by `owner`. */
export function genesisModel(owner: string, over: Partial<L2GenesisModel> = {}): L2GenesisModel {
  return {
    name: TINY_MODEL.name,
    version: TINY_MODEL.version,
    weightsSha256: digestOf(`weights:${over.name ?? TINY_MODEL.name}@${over.version ?? TINY_MODEL.version}`),
    weightsSize: 1024,
    format: "gguf",
    quantization: "F32",
    storageUris: ["file:///models/tiny.gguf"],
    priceInputPer1k: "10",
    priceOutputPer1k: "20",
    owner,
    license: "Apache-2.0",
    ...over,
  };
}

/** A genesis node (default stake 1 STRA, capacity 4, endpoint unless a pure guard) with a {@link nodeKey} of its label. */
export function genesisNode(
  label: string,
  operator: string,
  roles: L2GenesisNode["roles"],
  models: string[] = [],
  over: Partial<L2GenesisNode> = {},
): L2GenesisNode {
  const serves = roles.includes("ROUTER") || roles.includes("EXECUTOR");
  return {
    operator,
    roles,
    pubkey: nodeKey(label).pubKey,
    endpoint: serves ? `http://127.0.0.1/${label}` : "",
    models,
    capacity: serves ? 4 : 0,
    pricePer1k: "10",
    stake: 1_000_000n,
    ...over,
  };
}

/** Fields of a valid `MsgPublishModel` from `owner` (PUBLIC, free tokenizer, one URI), with overrides. */
export function publishFields(
  owner: string,
  over: Partial<strata.models.v1.IMsgPublishModel> = {},
): strata.models.v1.IMsgPublishModel {
  const name = over.name ?? "acme/chat";
  const version = over.version ?? "1.0";
  return {
    owner,
    name,
    version,
    weightsSha256: digestOf(`weights:${name}@${version}`),
    weightsSize: 4096,
    format: "gguf",
    quantization: "Q8_0",
    tokenizerSha256: "",
    storageUris: ["ipfs://bafyexample"],
    priceInputPer_1k: "5",
    priceOutputPer_1k: "7",
    license: "MIT",
    visibility: strata.models.v1.Visibility.VISIBILITY_PUBLIC,
    encryptedWeightsSha256: "",
    parent: "",
    ...over,
  };
}

/** Fields of a valid `MsgRegisterNode` (an executor of `models`, stake 1 STRA, key of `label`), with overrides. */
export function registerFields(
  label: string,
  operator: string,
  over: Partial<strata.nodes.v1.IMsgRegisterNode> = {},
): strata.nodes.v1.IMsgRegisterNode {
  return {
    operator,
    roles: [strata.nodes.v1.Role.ROLE_EXECUTOR],
    pubkey: nodeKey(label).pubKey,
    endpoint: `https://${label}.example:8443`,
    models: [TINY_MODEL.id],
    capacity: 2,
    pricePer_1k: "10",
    stake: "1000000",
    ...over,
  };
}

/** Fields of a valid `MsgOpenSession` on the tiny model (redundancy 1, deposit 1,000,000), with overrides. */
export function openFields(
  owner: string,
  over: Partial<strata.sessions.v1.IMsgOpenSession> = {},
): strata.sessions.v1.IMsgOpenSession {
  return {
    owner,
    model: TINY_MODEL.id,
    redundancy: 1,
    maxPricePer_1k: "100",
    deposit: "1000000",
    apiKeySha256: digestOf(`api-key:${owner}`),
    durationBlocks: 100,
    routers: [],
    l3ChainId: "",
    ...over,
  };
}

/** Options of {@link marketChain}. */
export interface MarketChainOptions {
  /** Executors `exec1…execN` serving the tiny model (default 3). */
  executors?: number;
  /** Guards `guard1…guardN` (default 3). */
  guards?: number;
  /** Further funded accounts by label. */
  accounts?: Record<string, bigint>;
  /** Per-module genesis sections (params). */
  modules?: L2GenesisInput["modules"];
}

/**
 * A ready marketplace at genesis: `owner` owns the VERIFIED tiny model; `router` is a router,
 * `exec1…` executors serving it, `guard1…` guards (all bonded 1 STRA, node keys of their labels);
 * `user` holds 100 STRA; every node operator keeps 9 STRA.
 */
export function marketChain(opts: MarketChainOptions = {}): L2Chain {
  const executors = Array.from({ length: opts.executors ?? 3 }, (_, i) => `exec${i + 1}`);
  const guards = Array.from({ length: opts.guards ?? 3 }, (_, i) => `guard${i + 1}`);
  const nodeLabels = ["router", ...executors, ...guards];
  const accounts: Record<string, bigint> = { owner: 10_000_000n, user: 100_000_000n };
  for (const l of nodeLabels) accounts[l] = 10_000_000n;
  return L2Chain.create({
    accounts: { ...accounts, ...opts.accounts },
    genesis: ({ addr }) => ({
      models: [genesisModel(addr("owner"))],
      nodes: [
        genesisNode("router", addr("router"), ["ROUTER"]),
        ...executors.map((l) => genesisNode(l, addr(l), ["EXECUTOR"], [TINY_MODEL.id])),
        ...guards.map((l) => genesisNode(l, addr(l), ["GUARD"])),
      ],
      ...(opts.modules ? { modules: opts.modules } : {}),
    }),
  });
}
