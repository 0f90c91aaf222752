import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import protobuf from "protobufjs";
import { App } from "../../../../chain/core/app/app.js";
import { concat, varint } from "../../../../chain/core/app/protoWire.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { parseGasPrices } from "../../../../chain/core/modules/auth/index.js";
import { messageSchema, rejectUnknownMsgFields } from "../../../../chain/core/tx/index.js";
import { makeL1App } from "../../../../chain/l1/index.js";
import { makeL2App } from "../../../../chain/l2-orchestration/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { any, TestChain } from "../modules/helpers.js";
import { cosmosMsgSamples } from "./msgSamples.js";

const tag = (field: number, wire: number): number[] => varint(field * 8 + wire);
const varintField = (field: number, value: number): Uint8Array =>
  Uint8Array.from([...tag(field, 0), ...varint(value)]);
const lenField = (field: number, bytes: Uint8Array): Uint8Array =>
  Uint8Array.from([...tag(field, 2), ...varint(bytes.length), ...bytes]);
const utf8 = (s: string) => new TextEncoder().encode(s);

function sendChain() {
  const chain = TestChain.create({ accounts: { alice: 1_000_000n, bob: 0n } });
  const send = (extra: Uint8Array[] = [], coinExtra: Uint8Array[] = []): Any => {
    const coin = concat([lenField(1, utf8("ustra")), lenField(2, utf8("7")), ...coinExtra]);
    return {
      typeUrl: MsgSend.typeUrl,
      value: concat([
        lenField(1, utf8(chain.acct("alice").address)),
        lenField(2, utf8(chain.acct("bob").address)),
        lenField(3, coin),
        ...extra,
      ]),
    };
  };
  return { chain, send };
}

// A fully populated value of every field of a reflected protobuf type (two elements for repeated
// fields, nested messages to a bounded depth).
function populate(type: protobuf.Type, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of type.fieldsArray) {
    const one = (): unknown => {
      const r = f.resolvedType;
      if (r instanceof protobuf.Type) return depth > 3 ? {} : populate(r, depth + 1);
      if (r instanceof protobuf.Enum) return Object.values(r.values).find((v) => v !== 0) ?? 0;
      if (f.type === "string") return "x";
      if (f.type === "bytes") return Uint8Array.of(1, 2);
      if (f.type === "bool") return true;
      return 3;
    };
    if (f instanceof protobuf.MapField) out[f.name] = { k: one() };
    else out[f.name] = f.repeated ? [one(), one()] : one();
  }
  return out;
}

describe("unknown fields inside a message's own Any payload", () => {
  it("every message of the L1 and L2 apps has a schema (the app refuses to start otherwise)", () => {
    const gas = { minGasPrices: parseGasPrices("0.0025ustra") };
    const types = [
      ...makeL1App("l1", nullLogger, gas).messageTypes(),
      ...makeL2App("l2", nullLogger, gas).messageTypes(),
    ];
    assert.ok(types.includes("/cosmos.bank.v1beta1.MsgSend"));
    assert.ok(types.some((t) => t.startsWith("/strata.")));
    for (const t of types) assert.ok(messageSchema(t), t);
  });

  it("the Cosmos table accepts every field cosmjs-types encodes for each registered message", () => {
    const l1 = makeL1App("l1", nullLogger, { minGasPrices: parseGasPrices("0.0025ustra") });
    const samples = cosmosMsgSamples();
    for (const t of l1.messageTypes().filter((u) => u.startsWith("/cosmos."))) {
      const sample = samples.get(t);
      assert.ok(sample, `no sample for ${t}`);
      assert.doesNotThrow(() => rejectUnknownMsgFields(sample, messageSchema(t)!), t);
    }
  });

  it("the proto-derived schemas accept every field the generated strata codecs encode", () => {
    const gas = { minGasPrices: parseGasPrices("0.0025ustra") };
    const types = new Set([
      ...makeL1App("l1", nullLogger, gas).messageTypes(),
      ...makeL2App("l2", nullLogger, gas).messageTypes(),
    ]);
    let checked = 0;
    for (const t of [...types].filter((u) => u.startsWith("/strata."))) {
      const path = t.slice(1).split(".");
      // biome-ignore lint/suspicious/noExplicitAny: walking the generated namespace by name
      let codec: any = { strata };
      for (const p of path) codec = codec?.[p];
      assert.ok(codec?.encode, `no generated codec for ${t}`);
      const reflected = reflectType(t);
      const value = codec
        .encode(codec.fromObject ? codec.fromObject(populate(reflected)) : populate(reflected))
        .finish();
      assert.ok(value.length > 0, t);
      assert.doesNotThrow(() => rejectUnknownMsgFields(value, messageSchema(t)!), t);
      checked++;
    }
    assert.ok(checked >= 10, `only ${checked} strata messages`);
  });

  it("names the field number and message type: MsgSend, its Coin, a non-critical field, a wrong wire type", () => {
    const { send } = sendChain();
    const cases: [Any, RegExp][] = [
      [
        send([varintField(4, 1)]),
        /unknown critical field 4 \(wire type varint\) in cosmos\.bank\.v1beta1\.MsgSend/,
      ],
      [
        send([lenField(1025, Uint8Array.of(1))]),
        /unknown field 1025 \(wire type bytes\) in cosmos\.bank\.v1beta1\.MsgSend/,
      ],
      [
        send([], [varintField(3, 9)]),
        /unknown critical field 3 \(wire type varint\) in cosmos\.base\.v1beta1\.Coin/,
      ],
      [
        send([varintField(2, 5)]),
        /field 2 of cosmos\.bank\.v1beta1\.MsgSend has wire type varint, expected bytes/,
      ],
      [
        send([lenField(2, Uint8Array.of(0xff))]),
        /field 2 of cosmos\.bank\.v1beta1\.MsgSend is not valid UTF-8/,
      ],
    ];
    for (const [msg, log] of cases)
      assert.throws(
        () => rejectUnknownMsgFields(msg.value, messageSchema(msg.typeUrl)!),
        (e: unknown) => (e as { code?: number }).code === 2 && log.test((e as Error).message),
      );
  });

  it("CheckTx and DeliverTx refuse a signed MsgSend with an unknown field (sdk 2), state unchanged", () => {
    const { chain, send } = sendChain();
    const bad = chain.sign("alice", [send([varintField(4, 1)])]);
    const next = chain.info(chain.height + 1);
    const checked = chain.app.checkTx(chain.store, next, bad);
    assert.equal(checked.code, 2);
    assert.equal(checked.codespace, "sdk");
    assert.match(
      checked.log,
      /unknown critical field 4 \(wire type varint\) in cosmos\.bank\.v1beta1\.MsgSend/,
    );
    // A proposer that includes it anyway: refused at execution, nothing moves, no sequence used.
    const seqBefore =
      chain.keepers.auth.getAccount(chain.source(), chain.acct("alice").address)?.sequence ?? 0n;
    const executed = chain.block([bad]);
    assert.equal(executed.txResults[0]!.code, 2);
    assert.equal(chain.balance(chain.acct("bob").address), 0n);
    assert.equal(
      chain.keepers.auth.getAccount(chain.source(), chain.acct("alice").address)?.sequence ?? 0n,
      seqBefore,
    );
  });

  it("the same message without the extra field, built by hand or by cosmjs-types, is admitted and commits", () => {
    const { chain, send } = sendChain();
    const viaCodec = any(MsgSend, {
      fromAddress: chain.acct("alice").address,
      toAddress: chain.acct("bob").address,
      amount: [{ denom: "ustra", amount: "7" }],
    });
    assert.deepEqual(Buffer.from(send().value), Buffer.from(viaCodec.value));
    const executed = chain.block([chain.sign("alice", [send()]), chain.sign("alice", [viaCodec])]);
    for (const r of executed.txResults) assert.equal(r.code, 0, r.log);
    assert.equal(chain.balance(chain.acct("bob").address), 14n);
  });

  it("a strata message with an appended field is refused naming its type", () => {
    const t = "/strata.sessions.v1.MsgTopUpSession";
    const value = strata.sessions.v1.MsgTopUpSession.encode({ sender: "x", id: 1, amount: "5" }).finish();
    assert.doesNotThrow(() => rejectUnknownMsgFields(value, messageSchema(t)!));
    assert.throws(
      () => rejectUnknownMsgFields(concat([value, varintField(99, 1)]), messageSchema(t)!),
      /unknown critical field 99 \(wire type varint\) in strata\.sessions\.v1\.MsgTopUpSession/,
    );
  });

  it("a message type with no schema is refused when the app is built", () => {
    assert.equal(messageSchema("/example.v1.MsgNothing"), undefined);
    assert.equal(messageSchema("/strata.nothing.v1.MsgNothing"), undefined);
    const handler = {
      typeUrl: "/example.v1.MsgNothing",
      decode: (b: Uint8Array) => b,
      validateBasic: () => undefined,
      signers: () => [],
      execute: () => ({ typeUrl: "", value: new Uint8Array() }),
    };
    const build = () =>
      new App({
        chainId: "x",
        logger: nullLogger,
        maxTxBytes: 1 << 20,
        ante: () => undefined,
        modules: [{ name: "example", msgs: [handler] }],
      });
    assert.throws(build, /no protobuf schema for message \/example\.v1\.MsgNothing \(module example\)/);
  });
});

let reflectedRoot: protobuf.Root | undefined;
function reflectType(typeUrl: string): protobuf.Type {
  if (!reflectedRoot) {
    const dir = new URL("../../../../proto/", import.meta.url).pathname;
    reflectedRoot = new protobuf.Root();
    reflectedRoot.resolvePath = (_o, target) => (target.startsWith("/") ? target : dir + target);
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(`${d}/${e.name}`);
        else if (e.name.endsWith(".proto")) files.push(`${d}/${e.name}`);
      }
    };
    walk(`${dir}strata`);
    // camelCase names, as the generated codecs use them
    reflectedRoot.loadSync(files).resolveAll();
  }
  return reflectedRoot.lookupType(typeUrl.slice(1));
}
