import type { Command } from "commander";
import { createLogger } from "../../chain/core/log/index.js";
import {
  type LocalnetManifest,
  localnetDown,
  localnetStatus,
  localnetUp,
  type ManifestChain,
  validateLocalnetOptions,
} from "../../localnet/index.js";
import { outputFormat, printResult } from "../output.js";
import { runUntilSignal } from "../shutdown.js";

const int = (v: string) => (/^-?\d+$/.test(v.trim()) ? Number.parseInt(v, 10) : Number.NaN);

/** Progress lines go to stderr, so `--output json` keeps stdout machine-readable. */
const progress = (line: string) => process.stderr.write(`${line}\n`);

/** A development session and ready-to-paste `curl` and `openai` (Node) snippets that use it. */
export function sessionSnippet(s: NonNullable<LocalnetManifest["sessions"]>[number]): string[] {
  return [
    `  session ${s.id} (owner ${s.owner}, model ${s.model}): API key ${s.apiKey}`,
    "",
    "  curl:",
    `    curl -s ${s.router}/chat/completions \\`,
    `      -H "Authorization: Bearer ${s.apiKey}" -H "Content-Type: application/json" \\`,
    `      -d '{"model":"${s.model}","messages":[{"role":"user","content":"Hello"}],"max_tokens":16}'`,
    "",
    "  openai (Node, `npm i openai`, in an .mjs file):",
    `    import OpenAI from "openai";`,
    `    const client = new OpenAI({ baseURL: "${s.router}", apiKey: "${s.apiKey}" });`,
    `    const r = await client.chat.completions.create({ model: "${s.model}", messages: [{ role: "user", content: "Hello" }], max_tokens: 16 });`,
    "    console.log(r.choices[0].message.content);",
    "",
  ];
}

/** The human summary `localnet up` prints once everything is healthy. */
export function upSummary(m: LocalnetManifest, home: string, detach: boolean): string {
  const chains = Object.entries(m.chains).filter((e): e is [string, ManifestChain] => e[1] !== undefined);
  const l2Model = m.routers.find((r) => r.modelVersion);
  return [
    `localnet is up (${home}/localnet.json)`,
    ...chains.map(([name, c]) => `  ${name}  chain-id ${c.chainId}  rpc ${c.rpc.join(" ")}`),
    ...m.routers.map(
      (r) =>
        `  ${r.name}  OpenAI base URL ${r.openaiBaseUrl || "(not started)"}  model ${r.model} (sha256 ${r.digest.slice(0, 16)}…)`,
    ),
    ...(m.guards ?? []).map((g) => `  ${g.name}  guard on L2, /health ${g.url}/health`),
    ...(m.explorer?.url
      ? [`  explorer  ${m.explorer.url}  (blocks, models, nodes, sessions, tasks; live)`]
      : []),
    ...(m.chains.l2?.l1Registration
      ? [
          `  ${m.chains.l2.chainId} is registered on L1 (challenge window ${m.chains.l2.l1Registration.challengeWindowBlocks} blocks); batcher /health ${m.chains.l2.batcher?.url ?? ""}/health; strata query rollup batches --node ${m.chains.l1.rpc[0]}`,
        ]
      : []),
    ...(m.chains.l2 && l2Model
      ? [
          `  the built-in model is listed on L2 as ${l2Model.modelVersion}: strata query models list --node ${m.chains.l2.rpc[0]}`,
        ]
      : []),
    `  denom ${m.denom}; funded accounts (on every chain${m.chains.l2?.l1Registration ? "; on L2 through bridge deposits" : ""}): ${m.accounts
      .filter((a) => /^dev\d+$/.test(a.name))
      .map((a) => `${a.name} ${a.address}`)
      .join(", ")}`,
    ...(m.sessions ?? []).flatMap(sessionSnippet),
    detach
      ? `stop it with: strata localnet down --home ${home}`
      : "press Ctrl-C to stop every process (the chain state is kept; `localnet up` resumes it)",
  ].join("\n");
}

/** Registers `localnet up|status|down`. */
export function register(program: Command): void {
  const localnet = program.command("localnet").description("run the whole stack on this machine");
  localnet
    .command("up")
    .description(
      "start the localnet: L1, L2, two routers and a guard on L2, a development session (Ctrl-C stops it; --detach returns once healthy)",
    )
    .option("--home <dir>", "localnet folder (created on first use, reused after)", ".localnet")
    .option("--detach", "return once every node is healthy")
    .option("--accounts <n>", "funded development accounts of a new localnet (default 5)", int)
    .option("--block-interval <ms>", "block interval of a new localnet's chains (default 500)", int)
    .option(
      "--validators <n>",
      "L1 validators of a new localnet, each its own process, BFT when > 1 (default 1)",
      int,
    )
    .option("--l2-validators <n>", "L2 validators of a new localnet, each its own process (default 1)", int)
    .option("--no-l2", "do not start the L2 chain")
    .option("--no-router", "do not start the routers and the guard")
    .option("--no-explorer", "do not start the network explorer")
    .option(
      "--faulty-executor",
      "a new localnet gets a third router whose executor ALTERS ITS OUTPUTS (the guard catches it)",
    )
    .option("--unsafe-rpc", "enable operator-only RPC methods (unsafe_block_peer, …) for fault testing")
    .action(async (opts, cmd: Command) => {
      const logger = createLogger({ level: "info" }).child({ module: "localnet" });
      // Ctrl-C during start-up stops what started so far; a second Ctrl-C exits at once.
      const abort = new AbortController();
      const onSignal = () => {
        if (abort.signal.aborted) process.exit(130);
        progress("Ctrl-C: stopping what was started so far (Ctrl-C again to exit at once)…");
        abort.abort();
      };
      const options = {
        home: opts.home,
        detach: Boolean(opts.detach),
        accounts: opts.accounts,
        blockIntervalMs: opts.blockInterval,
        router: opts.router,
        explorer: opts.explorer,
        faultyExecutor: Boolean(opts.faultyExecutor),
        validators: opts.validators,
        l2Validators: opts.l2Validators,
        l2: opts.l2,
        unsafeRpc: Boolean(opts.unsafeRpc),
        progress,
        signal: abort.signal,
        logger,
      };
      validateLocalnetOptions(options);
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      progress(
        "Ctrl-C during start-up stops every process started so far; the home is kept for the next `up`",
      );
      let net: Awaited<ReturnType<typeof localnetUp>>;
      try {
        net = await localnetUp(options);
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
      printResult(outputFormat(cmd), net.manifest, (m) => upSummary(m, opts.home, Boolean(opts.detach)));
      if (opts.detach) return;
      await runUntilSignal(() => {
        progress("Ctrl-C: stopping the localnet…");
        return net.stop();
      });
    });
  localnet
    .command("status")
    .description("show every service of the localnet (chain nodes with their height, routers)")
    .option("--home <dir>", "localnet folder", ".localnet")
    .action(async (opts, cmd: Command) => {
      const nodes = await localnetStatus(opts.home);
      printResult(outputFormat(cmd), nodes, (list) =>
        list
          .map(
            (n) =>
              `${n.kind} ${n.name} ${n.running ? `running${n.height !== undefined ? ` height ${n.height}` : ""}` : "stopped"} ${n.url}`,
          )
          .join("\n"),
      );
    });
  localnet
    .command("down")
    .description("stop every process of the localnet")
    .option("--home <dir>", "localnet folder", ".localnet")
    .action(async (opts, cmd: Command) => {
      const r = await localnetDown(opts.home, progress);
      printResult(outputFormat(cmd), r, (x) => `stopped ${x.stopped} process(es)`);
    });
}
