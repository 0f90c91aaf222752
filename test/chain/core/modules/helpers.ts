import { createHash } from "node:crypto";
import type { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { App, type ExecutedBlock } from "../../../../chain/core/app/app.js";
import {
  type BlockInfo,
  type CommitVoteInfo,
  type Misbehavior,
  moduleStorePrefix,
  type StoreSource,
} from "../../../../chain/core/app/context.js";
import {
  addressFromPubKey,
  ed25519FromSeed,
  secp256k1AddressBytes,
  secp256k1PublicKey,
  sha256,
  signSecp256k1,
  toAddress,
} from "../../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { encodePubKeyAny } from "../../../../chain/core/modules/auth/index.js";
import type { DistributionParamsJson } from "../../../../chain/core/modules/distribution/index.js";
import {
  type CosmosKeepers,
  type CosmosModulesOptions,
  createCosmosModules,
} from "../../../../chain/core/modules/index.js";
import type { SlashingParamsJson } from "../../../../chain/core/modules/slashing/index.js";
import { operatorOf, type StakingParamsJson } from "../../../../chain/core/modules/staking/index.js";
import { MemKVStore, PrefixStore } from "../../../../chain/core/store/index.js";
import { directSignBytes } from "../../../../chain/core/tx/index.js";
import type { TxResult } from "../../../../chain/core/types/index.js";

/** A secp256k1 account the tests sign with. */
export interface Account {
  priv: Uint8Array;
  pub: Uint8Array;
  address: string;
  /** Its operator address, should it run a validator. */
  operator: string;
  accountNumber: bigint;
}

/** An ed25519 consensus key. */
export interface ConsKey {
  pubKey: Uint8Array;
  address: Uint8Array;
}

/** A deterministic account from a label. */
export function account(label: string): Account {
  const priv = createHash("sha256").update(`acct:${label}`).digest();
  const pub = secp256k1PublicKey(priv);
  const address = toAddress(secp256k1AddressBytes(pub));
  return { priv, pub, address, operator: operatorOf(address), accountNumber: 0n };
}

/** A deterministic consensus key from a label. */
export function consKey(label: string): ConsKey {
  const key = ed25519FromSeed(createHash("sha256").update(`cons:${label}`).digest());
  return { pubKey: key.pubKey, address: addressFromPubKey(key.pubKey) };
}

/**
 * An app of the shared Cosmos module set (what the L1 app is), built here so module tests do not
 * depend on chain/l1; returns the keepers too, for reads in assertions.
 */
export function makeCosmosApp(
  chainId: string,
  opts: Partial<CosmosModulesOptions> = {},
): { app: App; keepers: CosmosKeepers } {
  const cosmos = createCosmosModules({ minGasPrices: [], ...opts });
  const app = new App({
    chainId,
    logger: nullLogger,
    modules: cosmos.modules,
    maxTxBytes: 1 << 20,
    ante: cosmos.ante,
  });
  return { app, keepers: cosmos.keepers };
}

/** Options of {@link TestChain.create}. */
export interface TestChainOptions {
  /** Funded accounts by label. */
  accounts: Record<string, bigint>;
  /** Genesis validators: operator label, consensus key label, self-delegation. */
  validators?: {
    operator: string;
    cons: string;
    selfDelegation: bigint;
    commission?: { rate?: string; maxRate?: string; maxChangeRate?: string };
    minSelfDelegation?: string;
  }[];
  staking?: StakingParamsJson;
  slashing?: SlashingParamsJson;
  distribution?: DistributionParamsJson;
  /** Bank denom metadata. */
  denomMetadata?: Metadata[];
  /** Module accounts the app declares besides the Cosmos set's (bank refuses sends to them). */
  blockedModuleAccounts?: string[];
}

/** Seconds in ns. */
export const SEC = 1_000_000_000n;

const GENESIS_TIME = 1_800_000_000n * SEC;

/**
 * An in-memory chain: the app over a {@link MemKVStore}, blocks executed with hand-built
 * {@link BlockInfo} (last-commit votes, misbehaviour), txs signed SIGN_MODE_DIRECT.
 */
export class TestChain {
  readonly store = new MemKVStore();
  readonly accounts = new Map<string, Account>();
  height = 0;
  timeNs = GENESIS_TIME;
  /** Validator updates returned by genesis. */
  initialSet: { pubKey: Uint8Array; power: bigint }[] = [];
  /** Validator updates of the last executed block. */
  lastUpdates: { pubKey: Uint8Array; power: bigint }[] = [];
  private readonly pending = new Map<string, bigint>();

  private constructor(
    readonly app: App,
    readonly keepers: CosmosKeepers,
    readonly chainId: string,
  ) {}

  /** A chain whose app has no state yet (for {@link initFrom}). */
  static empty(opts: Pick<TestChainOptions, "blockedModuleAccounts"> = {}): TestChain {
    const { app, keepers } = makeCosmosApp("test-chain", opts);
    return new TestChain(app, keepers, "test-chain");
  }

  static create(opts: TestChainOptions): TestChain {
    const chain = TestChain.empty(opts);
    const labels = Object.keys(opts.accounts);
    labels.forEach((label, i) => {
      const a = account(label);
      a.accountNumber = BigInt(i);
      chain.accounts.set(label, a);
    });
    const appState = {
      auth: { accounts: labels.map((l) => ({ address: chain.acct(l).address })) },
      bank: {
        balances: labels
          .filter((l) => opts.accounts[l]! > 0n)
          .map((l) => ({
            address: chain.acct(l).address,
            coins: [{ denom: "ustra", amount: opts.accounts[l]!.toString() }],
          })),
        denomMetadata: opts.denomMetadata,
      },
      distribution: { params: opts.distribution },
      staking: {
        params: opts.staking,
        validators: (opts.validators ?? []).map((v) => ({
          operator: chain.acct(v.operator).address,
          pubKey: Buffer.from(consKey(v.cons).pubKey).toString("base64"),
          selfDelegation: v.selfDelegation.toString(),
          moniker: v.operator,
          commission: v.commission,
          minSelfDelegation: v.minSelfDelegation,
        })),
      },
      slashing: { params: opts.slashing },
    };
    chain.initialSet = chain.app.initChain(chain.store, chain.info(0), appState);
    return chain;
  }

  /**
   * A new chain initialised from `appState` (an export of `source`), continuing at `source`'s
   * height and time with the same test accounts.
   */
  static fromExport(source: TestChain, appState: Record<string, unknown>): TestChain {
    const chain = TestChain.empty();
    for (const [label, a] of source.accounts) chain.accounts.set(label, a);
    chain.height = source.height;
    chain.timeNs = source.timeNs;
    chain.initialSet = chain.app.initChain(chain.store, chain.info(chain.height), appState);
    return chain;
  }

  /** Every module's genesis section exported from the current state. */
  exportGenesis(): Record<string, unknown> {
    return this.app.exportGenesis(this.store, this.info(this.height));
  }

  /** The account with `label`. */
  acct(label: string): Account {
    const a = this.accounts.get(label);
    if (!a) throw new Error(`no test account ${label}`);
    return a;
  }

  /** Block info at `height` with the current time. */
  info(height: number, extra: Partial<BlockInfo> = {}): BlockInfo {
    return { chainId: this.chainId, height, timeNs: this.timeNs, proposer: new Uint8Array(20), ...extra };
  }

  /** Signs `msgs` from account `label` (SIGN_MODE_DIRECT, fee in ustra). */
  sign(label: string, msgs: Any[], fee = 0n, gas = 2_000_000n): Uint8Array {
    const a = this.acct(label);
    // Several txs of one sender in one block take consecutive sequences.
    const sequence =
      this.pending.get(label) ?? this.keepers.auth.getAccount(this.source(), a.address)?.sequence ?? 0n;
    this.pending.set(label, sequence + 1n);
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
        fee: { amount: fee > 0n ? [{ denom: "ustra", amount: fee.toString() }] : [], gasLimit: gas },
      }),
    ).finish();
    const signature = signSecp256k1(
      sha256(directSignBytes(bodyBytes, authInfoBytes, this.chainId, a.accountNumber)),
      a.priv,
    );
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
  }

  /**
   * Executes the next block (time advances by `advanceNs`, default 5 s) with the given txs,
   * last-commit votes (default: an empty commit; `unreportedCommit` leaves it undefined, as the
   * node does today) and evidence.
   */
  block(
    txs: Uint8Array[] = [],
    opts: {
      lastCommit?: CommitVoteInfo[];
      unreportedCommit?: boolean;
      misbehavior?: Misbehavior[];
      advanceNs?: bigint;
    } = {},
  ): ExecutedBlock {
    this.height += 1;
    this.timeNs += opts.advanceNs ?? 5n * SEC;
    const lastCommit = opts.unreportedCommit ? undefined : (opts.lastCommit ?? []);
    const executed = this.app.execBlock(
      this.store,
      this.info(this.height, { lastCommit, misbehavior: opts.misbehavior }),
      txs,
    );
    this.lastUpdates = executed.validatorUpdates;
    this.pending.clear();
    return executed;
  }

  /** Runs one tx from `label` in its own block and returns its result (a failed tx still bumps the sequence). */
  tx(label: string, msgs: Any[], opts: { fee?: bigint; lastCommit?: CommitVoteInfo[] } = {}): TxResult {
    return this.block([this.sign(label, msgs, opts.fee)], { lastCommit: opts.lastCommit }).txResults[0]!;
  }

  /** Runs a query; throws with the log when it fails. */
  query<T>(path: string, request: Uint8Array, decode: (bytes: Uint8Array) => T): T {
    const r = this.app.query(this.store, this.info(this.height), path, request);
    if (r.code !== 0) throw new QueryError(r.code, r.codespace, r.log);
    return decode(r.value);
  }

  /** The raw query result (for error assertions). */
  rawQuery(path: string, request: Uint8Array) {
    return this.app.query(this.store, this.info(this.height), path, request);
  }

  /** ustra balance of an address. */
  balance(address: string): bigint {
    return this.keepers.bank.getBalance(this.source(), address, "ustra");
  }

  /** ustra supply. */
  supply(): bigint {
    return this.keepers.bank.getSupply(this.source(), "ustra");
  }

  /** Read access to module stores (for keeper reads in assertions). */
  source(): StoreSource {
    return { kv: (name) => new PrefixStore(this.store, moduleStorePrefix(name)) };
  }
}

/** A failed query. */
export class QueryError extends Error {
  constructor(
    readonly code: number,
    readonly codespace: string,
    log: string,
  ) {
    super(log);
  }
}

/** A signed vote for each key, in the last-commit shape slashing and distribution read. */
export function votes(entries: { key: ConsKey; power: bigint; signed?: boolean }[]): CommitVoteInfo[] {
  return entries.map((e) => ({ validatorAddress: e.key.address, power: e.power, signed: e.signed ?? true }));
}

/** An `Any` of an encoded message. */
export function any<T>(type: { typeUrl: string; encode(m: T): { finish(): Uint8Array } }, msg: T): Any {
  return { typeUrl: type.typeUrl, value: type.encode(msg).finish() };
}
