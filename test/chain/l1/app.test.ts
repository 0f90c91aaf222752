import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { App } from "../../../chain/core/app/app.js";
import type { BlockInfo } from "../../../chain/core/app/context.js";
import { VALOPER_PREFIX } from "../../../chain/core/crypto/address.js";
import {
  addressFromPubKey,
  ed25519FromSeed,
  secp256k1AddressBytes,
  secp256k1PublicKey,
  sha256,
  signSecp256k1,
  toAddress,
} from "../../../chain/core/crypto/index.js";
import { nullLogger } from "../../../chain/core/log/index.js";
import { computeStateRoot, MemKVStore } from "../../../chain/core/store/index.js";
import { directSignBytes } from "../../../chain/core/tx/index.js";
import { buildL1Genesis, makeL1App } from "../../../chain/l1/index.js";

const M = 1_000_000n;
const SEC = 1_000_000_000n;
const CHAIN_ID = "strata-golden";
const GENESIS_TIME = "2026-01-01T00:00:00Z";
const GENESIS_NS = BigInt(Date.parse(GENESIS_TIME)) * 1_000_000n;

interface Signer {
  priv: Uint8Array;
  pub: Uint8Array;
  address: string;
  accountNumber: bigint;
  sequence: bigint;
}

function signer(label: string, accountNumber: bigint): Signer {
  const priv = createHash("sha256").update(`golden:${label}`).digest();
  const pub = secp256k1PublicKey(priv);
  return { priv, pub, address: toAddress(secp256k1AddressBytes(pub)), accountNumber, sequence: 0n };
}

function sign(s: Signer, msgs: Any[], fee: bigint): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs })).finish();
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: {
            typeUrl: "/cosmos.crypto.secp256k1.PubKey",
            value: Uint8Array.from([0x0a, s.pub.length, ...s.pub]),
          },
          modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
          sequence: s.sequence,
        },
      ],
      fee: { amount: [{ denom: "ustra", amount: fee.toString() }], gasLimit: 400_000n },
    }),
  ).finish();
  const signature = signSecp256k1(
    sha256(directSignBytes(bodyBytes, authInfoBytes, CHAIN_ID, s.accountNumber)),
    s.priv,
  );
  s.sequence += 1n;
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

function root(store: MemKVStore): string {
  return hex(computeStateRoot(store.iterate(new Uint8Array())));
}

function info(height: number, lastCommit?: BlockInfo["lastCommit"]): BlockInfo {
  return {
    chainId: CHAIN_ID,
    height,
    timeNs: GENESIS_NS + BigInt(height) * 5n * SEC,
    proposer: new Uint8Array(20),
    lastCommit,
  };
}

// Golden app hashes of the L1 application: a change to the module wiring, genesis handling or
// state layout that alters them is a consensus change and must be deliberate.
describe("L1 app golden state roots", () => {
  const validatorKey = ed25519FromSeed(new Uint8Array(32).fill(3)).pubKey;
  const operator = signer("operator", 0n);
  const alice = signer("alice", 1n);
  const bob = signer("bob", 2n);

  function app(): App {
    return makeL1App(CHAIN_ID, nullLogger, { minGasPrices: [] });
  }

  it("consensus-only genesis", () => {
    const doc = buildL1Genesis({
      chainId: CHAIN_ID,
      genesisTime: GENESIS_TIME,
      validators: [{ name: "v", pubKey: Buffer.from(validatorKey).toString("base64"), power: "10" }],
      accounts: [
        { address: alice.address, amount: 1_000n * M },
        { address: bob.address, amount: 5n },
      ],
    });
    const store = new MemKVStore();
    app().initChain(store, info(0), doc.appState);
    assert.equal(root(store), "e3227067437e1b360cfdca7c2670f65afba34fa331080c0dbda667ffc39f9be9");
  });

  it("staking genesis and blocks with fees, transfers, delegations and rewards", () => {
    const doc = buildL1Genesis({
      chainId: CHAIN_ID,
      genesisTime: GENESIS_TIME,
      validators: [
        {
          name: "v",
          pubKey: Buffer.from(validatorKey).toString("base64"),
          power: "1",
          operator: operator.address,
          selfDelegation: 10n * M,
        },
      ],
      accounts: [
        { address: operator.address, amount: 100n * M },
        { address: alice.address, amount: 1_000n * M },
        { address: bob.address, amount: 5n },
      ],
      distribution: { blockReward: "1000" },
    });
    const a = app();
    const store = new MemKVStore();
    a.initChain(store, info(0), doc.appState);
    const roots = [root(store)];
    const cons = addressFromPubKey(validatorKey);
    const valoper = toAddress(secp256k1AddressBytes(operator.pub), VALOPER_PREFIX);
    const send: Any = {
      typeUrl: MsgSend.typeUrl,
      value: MsgSend.encode({
        fromAddress: alice.address,
        toAddress: bob.address,
        amount: [{ denom: "ustra", amount: "7" }],
      }).finish(),
    };
    const delegate: Any = {
      typeUrl: MsgDelegate.typeUrl,
      value: MsgDelegate.encode({
        delegatorAddress: alice.address,
        validatorAddress: valoper,
        amount: { denom: "ustra", amount: (3n * M).toString() },
      }).finish(),
    };
    const blocks = [[sign(alice, [send], 1_000n)], [sign(alice, [delegate], 2_500n)], [], []];
    blocks.forEach((txs, i) => {
      const height = i + 1;
      const votes = height === 1 ? [] : [{ validatorAddress: cons, power: 10n, signed: true }];
      const executed = a.execBlock(store, info(height, votes), txs);
      for (const r of executed.txResults) assert.equal(r.code, 0, r.log);
      roots.push(root(store));
    });
    assert.deepEqual(roots, [
      "7bfac4da19c579e8376af91d6932eaab52d75c7c4cdc8c44ee307328860f7a1c",
      "1aebf66996a7a7165b7590d0b0490a48529e837ae29d511db6d93f9dec98f7bc",
      "72003b0a1d5cb6738451d720d0cb65c07613b336f7cda70e2c248c6b3cd5f7fc",
      "a1ab3d32b582f587009c7d8cb3107277af7965407f643666eb6bbd6cccf9c47e",
      "e0516305e93086837288c1e17006b388b95d39511dcf120e601ff3e8f7349863",
    ]);
  });
});
