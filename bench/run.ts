/**
 * `npm run bench`: every benchmark of the project, one after another, printed as one JSON object.
 * Speed is measured here, never asserted in tests. Method and recorded figures: BENCHMARKS.md.
 * `npm run bench -- l1 store` runs a subset.
 */
import { cpus } from "node:os";
import { benchL1, benchVerify } from "./l1.js";
import { benchL1App } from "./l1App.js";
import { benchL2 } from "./l2.js";
import { benchL3 } from "./l3.js";
import { benchRollup } from "./rollup.js";
import { benchRouter } from "./router.js";
import { benchStore } from "./store.js";
import { benchVerification } from "./verify.js";

const SUITES: Record<string, () => Promise<Record<string, unknown>>> = {
  // The secp256k1 ceiling, then how fast guards catch a cheating executor and at what cost.
  verify: async () => ({
    secp256k1VerifyPerSecOneCore: Math.round(benchVerify()),
    verification: benchVerification(),
  }),
  store: benchStore,
  l1App: () => benchL1App(),
  l1: () => benchL1({ offeredRate: 1000, offeredSeconds: 10 }),
  // The 4-validator localnet, load sustained for about a minute (issue: ≥ 60 s).
  l1bft: () =>
    benchL1({
      validators: 4,
      senders: 500,
      perSender: 80,
      blockIntervalMs: 250,
      offeredRate: 200,
      offeredSeconds: 20,
    }),
  router: benchRouter,
  // Task receipts recorded per second on one L2 node: in process (k = 2, k = 1), then over JSON-RPC.
  l2: benchL2,
  // L2 blocks the batcher posts to L1 per second (catching up a backlog), L1 bytes and gas per L2 tx.
  rollup: () => benchRollup(),
  // What a private completion adds at the router, record and model-weight encryption throughput.
  l3: benchL3,
};

const wanted = process.argv.slice(2).filter((a) => a in SUITES);
const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", node: process.version },
  startedAt: new Date().toISOString(),
};
for (const name of wanted.length > 0 ? wanted : Object.keys(SUITES)) {
  const t0 = performance.now();
  results[name] = await SUITES[name]!();
  process.stderr.write(`bench ${name} done in ${Math.round((performance.now() - t0) / 1000)} s\n`);
}
console.log(JSON.stringify(results, null, 2));
