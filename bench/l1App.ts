/**
 * The L1 state machine in process, without RPC or networking: CheckTx of every tx (signature
 * verification included), then blocks of up to `perBlock` txs executed and committed to a real
 * LevelDB store with the block store writes. It isolates the cost of the state transition and
 * the commit from transport costs measured by `bench/l1.ts`.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import {
  secp256k1AddressBytes,
  secp256k1PublicKey,
  sha256,
  signSecp256k1,
  toAddress,
} from "../chain/core/crypto/index.js";
import { nullLogger } from "../chain/core/log/index.js";
import { encodePubKeyAny, parseGasPrices } from "../chain/core/modules/auth/index.js";
import { ChainNode, generateKeyFile, produceSoloBlock } from "../chain/core/node/index.js";
import { directSignBytes } from "../chain/core/tx/index.js";
import { buildL1Genesis, makeL1App } from "../chain/l1/index.js";
import { processCpuMs } from "./l1Profile.js";
import { BENCH_NOW } from "./util.js";

/** Builds and signs one MsgSend (SIGN_MODE_DIRECT). */
export function signTransfer(
  chainId: string,
  s: { priv: Uint8Array; pub: Uint8Array; address: string; accountNumber: bigint },
  to: string,
  sequence: bigint,
): Uint8Array {
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({
      messages: [
        {
          typeUrl: MsgSend.typeUrl,
          value: MsgSend.encode({
            fromAddress: s.address,
            toAddress: to,
            amount: [{ denom: "ustra", amount: "1" }],
          }).finish(),
        },
      ],
    }),
  ).finish();
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: encodePubKeyAny(s.pub),
          modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
          sequence,
        },
      ],
      fee: { amount: [{ denom: "ustra", amount: "500" }], gasLimit: 200_000n },
    }),
  ).finish();
  const signature = signSecp256k1(
    sha256(directSignBytes(bodyBytes, authInfoBytes, chainId, s.accountNumber)),
    s.priv,
  );
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

/** Runs the in-process state-machine benchmark. */
export async function benchL1App(
  opts: { senders?: number; perSender?: number; perBlock?: number } = {},
): Promise<Record<string, unknown>> {
  const S = opts.senders ?? 1000;
  const K = opts.perSender ?? 20;
  const perBlock = opts.perBlock ?? 5000;
  const chainId = "strata-bench";
  const senders = Array.from({ length: S }, (_, i) => {
    const priv = randomBytes(32);
    const pub = secp256k1PublicKey(priv);
    return { priv, pub, address: toAddress(secp256k1AddressBytes(pub)), accountNumber: BigInt(i) };
  });
  const home = await mkdtemp(join(tmpdir(), "strata-bench-app-"));
  try {
    const key = await generateKeyFile(join(home, "validator.json"));
    const genesis = buildL1Genesis({
      chainId,
      genesisTime: "2026-01-01T00:00:00Z",
      validators: [{ name: "v", pubKey: Buffer.from(key.pubKey).toString("base64"), power: "1" }],
      accounts: senders.map((s) => ({ address: s.address, amount: 10n ** 12n })),
      maxBlockTxs: perBlock,
    });
    const node = await ChainNode.open(
      {
        home,
        genesis,
        genesisText: JSON.stringify(genesis),
        makeApp: (id, log) => makeL1App(id, log, { minGasPrices: parseGasPrices("0.0025ustra") }),
        mempool: { maxTxs: S * K + 1, maxBytes: 1 << 30 },
      },
      { logger: nullLogger, clock: () => BENCH_NOW },
    );
    try {
      const txs: Uint8Array[] = [];
      for (let k = 0; k < K; k++)
        for (let i = 0; i < S; i++)
          txs.push(signTransfer(chainId, senders[i]!, senders[(i + 1) % S]!.address, BigInt(k)));
      // Steady state: each block's worth of txs passes CheckTx, then the block is executed and
      // committed, so the mempool never holds more than one block (no recheck backlog).
      let checkMs = 0;
      let blockMs = 0;
      // CPU time of the main thread (the one that runs the node) per phase: what outside load
      // on a shared machine distorts least.
      let checkCpuMs = 0;
      let blockCpuMs = 0;
      const load0 = loadavg()[0]!;
      let blocks = 0;
      for (let from = 0; from < txs.length; from += perBlock) {
        const cpu0 = processCpuMs(process.pid, process.pid);
        const c0 = performance.now();
        for (const tx of txs.slice(from, from + perBlock)) {
          const r = await node.broadcastTx(tx);
          if (r.code !== 0) throw new Error(`CheckTx failed: ${r.log}`);
        }
        const c1 = performance.now();
        const cpu1 = processCpuMs(process.pid, process.pid);
        await produceSoloBlock(node, key, BENCH_NOW);
        blocks++;
        checkMs += c1 - c0;
        blockMs += performance.now() - c1;
        checkCpuMs += cpu1 - cpu0;
        blockCpuMs += processCpuMs(process.pid, process.pid) - cpu1;
      }
      const t0 = 0;
      const t1 = checkMs;
      const t2 = checkMs + blockMs;
      const n = txs.length;
      return {
        l1StateMachine: {
          method:
            "in process: CheckTx of every tx (signatures verified), then blocks executed and committed to LevelDB (fsync) with tx indexing",
          txs: n,
          blocks,
          txsPerBlock: perBlock,
          checkTxPerSec: Math.round(n / ((t1 - t0) / 1000)),
          deliverAndCommitPerSec: Math.round(n / ((t2 - t1) / 1000)),
          endToEndPerSec: Math.round(n / ((t2 - t0) / 1000)),
          checkTxMicros: Math.round(((t1 - t0) * 1000) / n),
          deliverAndCommitMicros: Math.round(((t2 - t1) * 1000) / n),
          mainThreadCpuMicros: {
            checkTx: Math.round((checkCpuMs * 1000) / n),
            deliverAndCommit: Math.round((blockCpuMs * 1000) / n),
          },
          loadAverage1m: { start: Math.round(load0 * 100) / 100, end: Math.round(loadavg()[0]! * 100) / 100 },
        },
      };
    } finally {
      await node.stop();
    }
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchL1App(), null, 2));
}
