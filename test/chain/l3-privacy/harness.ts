import assert from "node:assert/strict";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { type BlockInfo, moduleStorePrefix, type StoreSource } from "../../../chain/core/app/context.js";
import { sha256, signSecp256k1 } from "../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../chain/core/log/index.js";
import { encodePubKeyAny } from "../../../chain/core/modules/auth/index.js";
import { computeStateRoot, MemKVStore, PrefixStore } from "../../../chain/core/store/index.js";
import { directSignBytes } from "../../../chain/core/tx/index.js";
import type { QueryResult, TxResult } from "../../../chain/core/types/index.js";
import {
  buildEpochRotation,
  deriveMemberX25519,
  generateX25519KeyPair,
  openEpochKey,
  type X25519KeyPair,
} from "../../../chain/l3-privacy/crypto/index.js";
import { createL3App, type L3Keepers, prepareL3Genesis } from "../../../chain/l3-privacy/index.js";
import { strata } from "../../../proto/gen/strata.js";
import { type Account, account, QueryError, SEC } from "../core/modules/helpers.js";

export { type Account, account, QueryError };

/** Chain id of the harness L3. */
export const L3_TEST_CHAIN_ID = "acme-l3-test";
const GENESIS_TIME = "2027-01-01T00:00:00Z";
const GENESIS_NS = BigInt(Date.parse(GENESIS_TIME)) * 1_000_000n;
const v1 = strata.l3.v1;

/** A message as an `Any`. */
export function msg<T>(
  type: { getTypeUrl(prefix?: string): string; encode(m: T): { finish(): Uint8Array } },
  m: T,
): Any {
  return { typeUrl: type.getTypeUrl(""), value: type.encode(m).finish() };
}

/** Options of {@link L3Chain.create}. */
export interface L3ChainOptions {
  /** Parties by label and role. */
  parties: Record<string, "ADMIN" | "MEMBER" | "ROUTER">;
  /** Custodian labels (validator operators). */
  custodians: string[];
  adminThreshold?: number;
  custodyThreshold?: number;
  /** Extra funded accounts (outsiders). */
  others?: string[];
}

/**
 * An in-process L3 chain: `createL3App`'s modules over a {@link MemKVStore}, started from
 * `prepareL3Genesis`, txs signed SIGN_MODE_DIRECT by deterministic accounts. Parties' X25519 keys
 * are derived from their account keys (as the CLI does); custodians' are random, held here.
 */
export class L3Chain {
  readonly store = new MemKVStore();
  readonly custodyKeys = new Map<string, X25519KeyPair>();
  height = 0;
  private readonly pending = new Map<string, bigint>();

  private constructor(
    readonly app: ReturnType<typeof createL3App>["app"],
    readonly keepers: L3Keepers,
  ) {}

  /** A chain with the given parties and custodians, every label funded. */
  static async create(opts: L3ChainOptions): Promise<L3Chain> {
    const { app, keepers } = createL3App(L3_TEST_CHAIN_ID, nullLogger, { minGasPrices: [] });
    const chain = new L3Chain(app, keepers);
    for (const c of opts.custodians) chain.custodyKeys.set(c, generateX25519KeyPair());
    const labels = [...Object.keys(opts.parties), ...opts.custodians, ...(opts.others ?? [])];
    const doc = await prepareL3Genesis({
      chainId: L3_TEST_CHAIN_ID,
      genesisTime: GENESIS_TIME,
      validators: [],
      accounts: labels.map((l) => ({ address: account(l).address, amount: 1_000_000_000n })),
      parties: Object.entries(opts.parties).map(([l, role]) => ({
        address: account(l).address,
        role,
        x25519PublicKey: chain.x25519(l).publicKey,
        name: l,
      })),
      custodians: opts.custodians.map((c) => ({
        address: account(c).address,
        x25519PublicKey: chain.custodyKeys.get(c)!.publicKey,
        name: c,
      })),
      ...(opts.adminThreshold ? { adminThreshold: opts.adminThreshold } : {}),
      ...(opts.custodyThreshold ? { custodyThreshold: opts.custodyThreshold } : {}),
    });
    app.initChain(store(chain), chain.info(0), JSON.parse(JSON.stringify(doc.appState)));
    return chain;
  }

  /** A party's X25519 key pair (derived from its account key). */
  x25519(label: string): X25519KeyPair {
    return deriveMemberX25519(account(label).priv);
  }

  addr(label: string): string {
    return account(label).address;
  }

  info(height: number): BlockInfo {
    return {
      chainId: L3_TEST_CHAIN_ID,
      height,
      timeNs: GENESIS_NS + BigInt(height) * 5n * SEC,
      proposer: new Uint8Array(20),
      ...(height > 0 ? { lastBlockHash: sha256(Uint8Array.of(height)), lastCommit: [] } : {}),
    };
  }

  sign(label: string, msgs: Any[], gas = 50_000_000n): Uint8Array {
    const a: Account = account(label);
    const onChain = this.keepers.auth.getAccount(this.source(), a.address);
    const sequence = this.pending.get(label) ?? onChain?.sequence ?? 0n;
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
        fee: { amount: [], gasLimit: gas },
      }),
    ).finish();
    const signature = signSecp256k1(
      sha256(directSignBytes(bodyBytes, authInfoBytes, L3_TEST_CHAIN_ID, onChain?.accountNumber ?? 0n)),
      a.priv,
    );
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
  }

  nextBlock(txs: Uint8Array[] = []) {
    this.height += 1;
    const executed = this.app.execBlock(this.store, this.info(this.height), txs);
    this.pending.clear();
    return executed;
  }

  deliver(label: string, msgs: Any[]): TxResult {
    return this.nextBlock([this.sign(label, msgs)]).txResults[0]!;
  }

  deliverOk(label: string, msgs: Any[]): TxResult {
    const r = this.deliver(label, msgs);
    if (r.code !== 0) throw new Error(`tx from ${label} failed: ${r.codespace}:${r.code} ${r.log}`);
    return r;
  }

  /** Delivers and asserts the refusal (codespace, code, log part) and that only auth state changed. */
  expectRefused(label: string, msgs: Any[], codespace: string, code: number, logPart?: string): TxResult {
    const before = this.snapshot();
    const r = this.deliver(label, msgs);
    assert.equal(`${r.codespace}:${r.code}`, `${codespace}:${code}`, `unexpected result: ${r.log}`);
    if (logPart !== undefined)
      assert.ok(r.log.includes(logPart), `log ${JSON.stringify(r.log)} lacks ${logPart}`);
    assert.equal(this.snapshot(), before, "a refused tx changed state");
    return r;
  }

  query(path: string, request: Uint8Array): QueryResult {
    return this.app.query(this.store, this.info(this.height), path, request);
  }

  queryOk<T>(path: string, request: Uint8Array, decode: (bytes: Uint8Array) => T): T {
    const r = this.query(path, request);
    if (r.code !== 0) throw new QueryError(r.code, r.codespace, r.log);
    return decode(r.value);
  }

  snapshot(): string {
    const auth = moduleStorePrefix("auth");
    const entries = [...this.store.iterate(new Uint8Array())].filter(
      ([k]) => !(k.length >= auth.length && Buffer.from(k.subarray(0, auth.length)).equals(auth)),
    );
    return Buffer.from(computeStateRoot(entries)).toString("hex");
  }

  source(): StoreSource {
    return { kv: (name) => new PrefixStore(this.store, moduleStorePrefix(name)) };
  }

  exportGenesis(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.app.exportGenesis(this.store, this.info(this.height))));
  }

  /** The current epoch number and record. */
  epoch(n = 0): strata.l3.v1.Epoch {
    return this.queryOk(
      "/strata.l3.v1.Query/Epoch",
      v1.QueryEpochRequest.encode({ number: n }).finish(),
      (b) => v1.QueryEpochResponse.decode(b),
    ).epoch as strata.l3.v1.Epoch;
  }

  /** Every re-wrap request. */
  rewraps(): strata.l3.v1.RewrapRequest[] {
    return this.queryOk(
      "/strata.l3.v1.Query/RewrapRequests",
      v1.QueryRewrapRequestsRequest.encode({}).finish(),
      (b) => v1.QueryRewrapRequestsResponse.decode(b),
    ).requests as strata.l3.v1.RewrapRequest[];
  }

  /** The audit log. */
  audit(): strata.l3.v1.AuditRecord[] {
    return this.queryOk(
      "/strata.l3.v1.Query/Audit",
      v1.QueryAuditRequest.encode({ limit: 1000 }).finish(),
      (b) => v1.QueryAuditResponse.decode(b),
    ).records as strata.l3.v1.AuditRecord[];
  }

  /** Parties (address order) with their X25519 public keys, as an admin's client reads them. */
  partyKeys(): { address: string; x25519PublicKey: Uint8Array }[] {
    return this.keepers.membership
      .parties(this.source())
      .map((p) => ({ address: p.address, x25519PublicKey: p.x25519PublicKey }));
  }

  custodianKeys(): { address: string; x25519PublicKey: Uint8Array }[] {
    return this.queryOk("/strata.l3.v1.Query/Custodians", new Uint8Array(), (b) =>
      v1.QueryCustodiansResponse.decode(b),
    ).custodians.map((c) => ({ address: c.address!, x25519PublicKey: c.x25519PublicKey! }));
  }

  /** An admin's client builds the next epoch's rotation for `parties` (default: the current ones). */
  async rotation(
    parties = this.partyKeys(),
  ): Promise<{ key: Uint8Array; rotation: strata.l3.v1.IEpochRotation }> {
    const threshold = this.queryOk("/strata.l3.v1.Query/Custodians", new Uint8Array(), (b) =>
      v1.QueryCustodiansResponse.decode(b),
    ).params!.threshold!;
    return buildEpochRotation({
      chainId: L3_TEST_CHAIN_ID,
      epoch: Number(this.epoch().number) + 1,
      parties,
      custodians: this.custodianKeys(),
      threshold,
    });
  }

  /** The epoch key `label` can open for epoch `n` (wrap or fulfilled re-wrap). */
  keyOf(label: string, n: number): Promise<Uint8Array> {
    return openEpochKey(
      this.x25519(label).secretKey,
      this.addr(label),
      L3_TEST_CHAIN_ID,
      this.epoch(n),
      this.rewraps(),
    );
  }
}

function store(chain: L3Chain): MemKVStore {
  return chain.store;
}
