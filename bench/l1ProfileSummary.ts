/**
 * Where a chain node's time goes, from a V8 `.cpuprofile` (`BENCH_PROFILE=dir npm run bench -- l1`
 * or `node --cpu-prof`): every sample is put in the first category found walking its stack from
 * the leaf up (so signature checks inside CheckTx count as signature checks), then the top
 * functions by self time. `node --import tsx/esm bench/l1ProfileSummary.ts file.cpuprofile`.
 */
import { readFileSync } from "node:fs";

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Categories, most specific first: the first that matches a frame of the stack (leaf up) wins.
 * CheckTx reached from the commit (`afterCommit`) is the mempool recheck and counted apart.
 */
const CATEGORIES: [string, (f: CallFrame) => boolean][] = [
  ["secp256k1 signature verification", (f) => f.functionName === "ecdsaVerify"],
  ["WebSocket events to subscribers", (f) => /rpc\/(websocket|events)\.ts/.test(f.url)],
  ["block store writes + tx index entries", (f) => f.functionName === "saveOps"],
  ["state commit (trie hashing, LevelDB batch)", (f) => f.functionName === "commit" && /store\//.test(f.url)],
  ["DeliverTx (execute block)", (f) => f.functionName === "execBlock"],
  ["CheckTx (decode, ante)", (f) => f.functionName === "checkTx"],
  ["after commit: mempool bookkeeping, tx waiters", (f) => f.functionName === "afterCommit"],
  ["consensus, p2p, gossip", (f) => /chain\/core\/(consensus|p2p)\/|mempoolGossip|bftDriver/.test(f.url)],
  [
    "JSON-RPC: HTTP, JSON, base64",
    (f) => /chain\/core\/rpc\//.test(f.url) || /^node:(_http|http|net)/.test(f.url),
  ],
  ["garbage collection", (f) => f.functionName === "(garbage collector)"],
  ["idle (waiting for blocks, I/O)", (f) => f.functionName === "(idle)"],
];

const RECHECK = "mempool recheck after commit (CheckTx again)";

/** Milliseconds per category and the top self-time functions of a profile. */
export function summarizeProfile(
  profile: CpuProfile,
  top = 25,
): { totalMs: number; categories: [string, number][]; selfTop: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const timeOf = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const underCommit = (from: number): boolean => {
    for (let cur: number | undefined = from; cur !== undefined; cur = parent.get(cur))
      if (byId.get(cur)!.callFrame.functionName === "afterCommit") return true;
    return false;
  };
  const cat = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  for (const [id, us] of timeOf) {
    total += us;
    let label = "other";
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const hit = CATEGORIES.find(([, match]) => match(f));
      if (hit) {
        label = hit[0];
        if (label.startsWith("CheckTx") && underCommit(cur)) label = RECHECK;
        break;
      }
    }
    cat.set(label, (cat.get(label) ?? 0) + us);
    const f = byId.get(id)!.callFrame;
    const where = f.url.replace(/^.*\/(chain|node_modules|bench|proto)\//, "$1/").replace(/^file:\/\//, "");
    const key = `${f.functionName || "(anonymous)"} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + us);
  }
  const ms = (us: number) => Math.round(us / 1000);
  return {
    totalMs: ms(total),
    categories: [...cat].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)]),
    selfTop: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [k, ms(v)]),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error("usage: l1ProfileSummary.ts file.cpuprofile");
  const s = summarizeProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const pct = (v: number) => `${((100 * v) / s.totalMs).toFixed(1)}%`;
  console.log(`total ${s.totalMs} ms`);
  for (const [k, v] of s.categories) console.log(`${String(v).padStart(8)} ms ${pct(v).padStart(6)}  ${k}`);
  console.log("top self time:");
  for (const [k, v] of s.selfTop) console.log(`${String(v).padStart(8)} ms ${pct(v).padStart(6)}  ${k}`);
}
