import assert from "node:assert/strict";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { App } from "../../../../chain/core/app/app.js";
import { type BlockInfo, moduleStorePrefix, type StoreSource } from "../../../../chain/core/app/context.js";
import { ed25519FromSeed, sha256, signSecp256k1 } from "../../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { encodePubKeyAny, moduleAddress } from "../../../../chain/core/modules/auth/index.js";
import { computeStateRoot, MemKVStore, PrefixStore } from "../../../../chain/core/store/index.js";
import { directSignBytes } from "../../../../chain/core/tx/index.js";
import type { QueryResult, TxResult } from "../../../../chain/core/types/index.js";
import { buildL1Genesis, type L1GenesisRollup, makeL1App } from "../../../../chain/l1/index.js";
import { type Account, account } from "../../core/modules/helpers.js";

/** Chain id of the L1 in the bridge tests. */
export const L1_CHAIN_ID = "strata-l1-bridge";
const GENESIS_TIME = "2027-01-01T00:00:00Z";
const GENESIS_NS = BigInt(Date.parse(GENESIS_TIME)) * 1_000_000n;

/** A message as an `Any`, for generated strata types. */
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
 * The real L1 app (`makeL1App`: Cosmos set, rollup, bridge) over a `MemKVStore`, started from
 * `buildL1Genesis` (child chains registered at genesis), with blocks executed from hand-built
 * block info (5 s apart) and txs signed SIGN_MODE_DIRECT by deterministic accounts.
 */
export class L1Chain {
  readonly store = new MemKVStore();
  readonly app: App = makeL1App(L1_CHAIN_ID, nullLogger, { minGasPrices: [] });
  height = 0;
  private readonly accounts = new Map<string, Account>();
  private readonly pending = new Map<string, bigint>();

  /**
   * An L1 with `accounts` funded (label → ustra) and `rollups` registered at genesis; `edit` may
   * change the app state before InitChain (accepted batches in the rollup section).
   */
  static create(
    accounts: Record<string, bigint>,
    rollups: L1GenesisRollup[] = [],
    edit: (appState: Record<string, unknown>, chain: L1Chain) => void = () => {},
  ): L1Chain {
    const chain = new L1Chain();
    for (const l of Object.keys(accounts)) chain.accounts.set(l, account(l));
    const doc = buildL1Genesis({
      chainId: L1_CHAIN_ID,
      genesisTime: GENESIS_TIME,
      validators: [
        {
          name: "v",
          pubKey: Buffer.from(ed25519FromSeed(new Uint8Array(32).fill(9)).pubKey).toString("base64"),
          power: "1",
        },
      ],
      accounts: Object.entries(accounts).map(([l, amount]) => ({ address: chain.addr(l), amount })),
      rollups,
    });
    const appState = JSON.parse(JSON.stringify(doc.appState));
    edit(appState, chain);
    chain.app.initChain(chain.store, chain.info(0), appState);
    return chain;
  }

  /** An L1 started from an exported app state, at `from`'s height, with `from`'s accounts. */
  static fromExport(from: L1Chain, appState: Record<string, unknown>): L1Chain {
    const chain = new L1Chain();
    for (const [l, a] of from.accounts) chain.accounts.set(l, a);
    chain.height = from.height;
    chain.app.initChain(chain.store, chain.info(chain.height), JSON.parse(JSON.stringify(appState)));
    return chain;
  }

  /** Address of account `label`. */
  addr(label: string): string {
    return (this.accounts.get(label) ?? account(label)).address;
  }

  /** Address of module account `name`. */
  moduleAddress(name: string): string {
    return moduleAddress(name);
  }

  /** Block info at `height`. */
  info(height: number): BlockInfo {
    return {
      chainId: L1_CHAIN_ID,
      height,
      timeNs: GENESIS_NS + BigInt(height) * 5_000_000_000n,
      proposer: new Uint8Array(20),
      ...(height > 0 ? { lastCommit: [] } : {}),
    };
  }

  /** Signs `msgs` from `label` (no fee). */
  sign(label: string, msgs: Any[], gas = 50_000_000n): Uint8Array {
    const a = this.accounts.get(label);
    if (!a) throw new Error(`no test account ${label}`);
    const acc = this.authAccount(a.address);
    const sequence = this.pending.get(label) ?? acc.sequence;
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
      sha256(directSignBytes(bodyBytes, authInfoBytes, L1_CHAIN_ID, acc.accountNumber)),
      a.priv,
    );
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
  }

  private authAccount(address: string): { sequence: bigint; accountNumber: bigint } {
    // The auth query the SDK serves (the app's keepers are not exposed by makeL1App).
    const r = this.query(
      "/cosmos.auth.v1beta1.Query/Account",
      QueryAccountRequest.encode({ address }).finish(),
    );
    if (r.code !== 0) return { sequence: 0n, accountNumber: 0n };
    const any = QueryAccountResponse.decode(r.value).account!;
    const base = BaseAccount.decode(any.value);
    return { sequence: base.sequence, accountNumber: base.accountNumber };
  }

  /** Executes the next block with `txs` (default none). */
  nextBlock(txs: Uint8Array[] = []): TxResult[] {
    this.height += 1;
    const executed = this.app.execBlock(this.store, this.info(this.height), txs);
    this.pending.clear();
    return executed.txResults;
  }

  /** Executes empty blocks until the last executed height is `height`. */
  advanceTo(height: number): void {
    while (this.height < height) this.nextBlock();
  }

  /** Runs `msgs` from `label` as the only tx of the next block. */
  deliver(label: string, msgs: Any[]): TxResult {
    return this.nextBlock([this.sign(label, msgs)])[0]!;
  }

  /** Like {@link deliver}, failing the test with the log when the tx is refused. */
  deliverOk(label: string, msgs: Any[]): TxResult {
    const r = this.deliver(label, msgs);
    assert.equal(r.code, 0, `${r.codespace}:${r.code} ${r.log}`);
    return r;
  }

  /**
   * Delivers `msgs` and asserts the refusal (`codespace:code`, a log containing `logPart`) and that
   * nothing but the signer's sequence changed.
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

  /** Root of the state except `auth/` (a refused tx still bumps its signer's sequence). */
  snapshot(): string {
    const auth = moduleStorePrefix("auth");
    const entries = [...this.store.iterate(new Uint8Array())].filter(
      ([k]) => !(k.length >= auth.length && Buffer.from(k.subarray(0, auth.length)).equals(auth)),
    );
    return Buffer.from(computeStateRoot(entries)).toString("hex");
  }

  /** App hash of the whole state (hex). */
  appHash(): string {
    return Buffer.from(computeStateRoot(this.store.iterate(new Uint8Array()))).toString("hex");
  }

  /** The raw query result at the latest state. */
  query(path: string, request: Uint8Array): QueryResult {
    return this.app.query(this.store, this.info(this.height), path, request);
  }

  /** Runs a query and decodes it; throws with the log when it fails. */
  queryOk<T>(path: string, request: Uint8Array, decode: (bytes: Uint8Array) => T): T {
    const r = this.query(path, request);
    if (r.code !== 0) throw new Error(`query ${path}: ${r.codespace}:${r.code} ${r.log}`);
    return decode(r.value);
  }

  /** ustra balance of an address or account label. */
  balance(addressOrLabel: string): bigint {
    const address = this.accounts.has(addressOrLabel) ? this.addr(addressOrLabel) : addressOrLabel;
    const r = this.queryOk(
      "/cosmos.bank.v1beta1.Query/Balance",
      QueryBalanceRequest.encode({ address, denom: "ustra" }).finish(),
      (b) => QueryBalanceResponse.decode(b),
    );
    return BigInt(r.balance?.amount ?? "0");
  }

  /** Read access to module stores. */
  source(): StoreSource {
    return { kv: (name) => new PrefixStore(this.store, moduleStorePrefix(name)) };
  }

  /** Every module's genesis section exported from the current state, JSON-clean. */
  exportGenesis(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.app.exportGenesis(this.store, this.info(this.height))));
  }
}
