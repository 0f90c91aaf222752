import assert from "node:assert/strict";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { App } from "../../../../chain/core/app/app.js";
import { type BlockInfo, moduleStorePrefix } from "../../../../chain/core/app/context.js";
import { ed25519FromSeed, sha256, signSecp256k1 } from "../../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { encodePubKeyAny, moduleAddress } from "../../../../chain/core/modules/auth/index.js";
import { computeStateRoot, MemKVStore } from "../../../../chain/core/store/index.js";
import { directSignBytes } from "../../../../chain/core/tx/index.js";
import type { TxResult } from "../../../../chain/core/types/index.js";
import { buildL1Genesis, type L1GenesisRollup, makeL1App } from "../../../../chain/l1/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { type Account, account } from "../../core/modules/helpers.js";

/** Chain id of the parent (L1) in these tests. */
export const PARENT_CHAIN_ID = "strata-l1-test";
const GENESIS_NS = 1_800_000_000n * 1_000_000_000n;

/** A message as an `Any`. */
export function any<T>(
  type: { getTypeUrl(prefix?: string): string; encode(m: T): { finish(): Uint8Array } },
  m: T,
): Any {
  return { typeUrl: type.getTypeUrl(""), value: type.encode(m).finish() };
}

/**
 * The L1 app (`makeL1App`, rollup module included) over a `MemKVStore`, from `buildL1Genesis`,
 * with blocks executed from hand-built block info and txs signed by deterministic accounts.
 */
export class Parent {
  readonly store = new MemKVStore();
  readonly app: App = makeL1App(PARENT_CHAIN_ID, nullLogger, { minGasPrices: [] });
  height = 0;
  private readonly accounts = new Map<string, Account>();

  /** A parent with `labels` funded (10^12 ustra each) and `rollups` registered at genesis. */
  static create(labels: string[], rollups: L1GenesisRollup[] = []): Parent {
    const p = new Parent();
    for (const l of labels) p.accounts.set(l, account(l));
    const doc = buildL1Genesis({
      chainId: PARENT_CHAIN_ID,
      genesisTime: "2027-01-01T00:00:00Z",
      validators: [
        {
          name: "v",
          pubKey: Buffer.from(ed25519FromSeed(new Uint8Array(32).fill(7)).pubKey).toString("base64"),
          power: "1",
        },
      ],
      accounts: labels.map((l) => ({ address: p.addr(l), amount: 10n ** 12n })),
      rollups,
    });
    p.app.initChain(p.store, p.info(0), JSON.parse(JSON.stringify(doc.appState)));
    return p;
  }

  /** A parent started from an exported app state (same accounts), at `from`'s height. */
  static fromExport(from: Parent, appState: Record<string, unknown>): Parent {
    const p = new Parent();
    for (const [l, a] of from.accounts) p.accounts.set(l, a);
    p.height = from.height;
    p.app.initChain(p.store, p.info(p.height), JSON.parse(JSON.stringify(appState)));
    return p;
  }

  /** Address of account `label`. */
  addr(label: string): string {
    return (this.accounts.get(label) ?? account(label)).address;
  }

  /** Block info at `height` (5 s per block). */
  info(height: number): BlockInfo {
    return {
      chainId: PARENT_CHAIN_ID,
      height,
      timeNs: GENESIS_NS + BigInt(height) * 5_000_000_000n,
      proposer: new Uint8Array(20),
      ...(height > 0 ? { lastCommit: [] } : {}),
    };
  }

  /** Signs `msgs` from `label` (no fee) and runs them as the only tx of the next block. */
  deliver(label: string, msgs: Any[], gas = 50_000_000n): TxResult {
    const a = this.accounts.get(label)!;
    const q = this.query(
      "/cosmos.auth.v1beta1.Query/Account",
      QueryAccountRequest.encode({ address: a.address }).finish(),
    );
    const acc = BaseAccount.decode(QueryAccountResponse.decode(q).account!.value);
    const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs })).finish();
    const authInfoBytes = AuthInfo.encode(
      AuthInfo.fromPartial({
        signerInfos: [
          {
            publicKey: encodePubKeyAny(a.pub),
            modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
            sequence: acc.sequence,
          },
        ],
        fee: { amount: [], gasLimit: gas },
      }),
    ).finish();
    const signature = signSecp256k1(
      sha256(directSignBytes(bodyBytes, authInfoBytes, PARENT_CHAIN_ID, acc.accountNumber)),
      a.priv,
    );
    const tx = TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
    this.height += 1;
    return this.app.execBlock(this.store, this.info(this.height), [tx]).txResults[0]!;
  }

  /** Like {@link deliver}, failing the test with the log when the tx is refused. */
  deliverOk(label: string, msgs: Any[]): TxResult {
    const r = this.deliver(label, msgs);
    assert.equal(r.code, 0, `${r.codespace}:${r.code} ${r.log}`);
    return r;
  }

  /**
   * Delivers `msgs` and asserts the refusal (`codespace:code`, a log containing `logPart`) and
   * that nothing but the signer's account (its sequence) changed.
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

  /** Root of the whole state but the auth store (sequences move on every tx). */
  snapshot(): string {
    const auth = moduleStorePrefix("auth");
    const entries = [...this.store.iterate(new Uint8Array())].filter(
      ([k]) => !(k.length >= auth.length && Buffer.from(k.subarray(0, auth.length)).equals(auth)),
    );
    return Buffer.from(computeStateRoot(entries)).toString("hex");
  }

  /** App hash of the whole state. */
  appHash(): string {
    return Buffer.from(computeStateRoot(this.store.iterate(new Uint8Array()))).toString("hex");
  }

  /** Runs a query; throws with the log when it fails. */
  query(path: string, request: Uint8Array): Uint8Array {
    const r = this.app.query(this.store, this.info(this.height), path, request);
    if (r.code !== 0) throw new Error(`query ${path}: ${r.codespace}:${r.code} ${r.log}`);
    return r.value;
  }

  /** The raw query result. */
  rawQuery(path: string, request: Uint8Array) {
    return this.app.query(this.store, this.info(this.height), path, request);
  }

  /** The registered rollup `chainId` (Rollup query). */
  rollup(chainId: string): strata.rollup.v1.Rollup {
    const v1 = strata.rollup.v1;
    return v1.QueryRollupResponse.decode(
      this.query("/strata.rollup.v1.Query/Rollup", v1.QueryRollupRequest.encode({ chainId }).finish()),
    ).rollup as strata.rollup.v1.Rollup;
  }

  /** ustra balance of an address or account label. */
  balance(addressOrLabel: string): bigint {
    const address = this.accounts.has(addressOrLabel) ? this.addr(addressOrLabel) : addressOrLabel;
    const r = QueryBalanceResponse.decode(
      this.query(
        "/cosmos.bank.v1beta1.Query/Balance",
        QueryBalanceRequest.encode({ address, denom: "ustra" }).finish(),
      ),
    );
    return BigInt(r.balance?.amount ?? "0");
  }

  /** Address of module account `name`. */
  moduleAddress(name: string): string {
    return moduleAddress(name);
  }

  /** Every module's genesis, exported. */
  exportGenesis(): Record<string, unknown> {
    return this.app.exportGenesis(this.store, this.info(this.height));
  }
}
