import type { Command } from "commander";
import { createLogger } from "../../chain/core/log/index.js";
import { localnetDown, localnetStatus, localnetUp } from "../../localnet/index.js";
import { outputFormat, printResult } from "../output.js";
import { runUntilSignal } from "../shutdown.js";

/** Registers `localnet up|status|down`. */
export function register(program: Command): void {
  const localnet = program.command("localnet").description("run the whole stack on this machine");
  localnet
    .command("up")
    .description("start the localnet (Ctrl-C stops it; --detach returns once healthy)")
    .option("--home <dir>", "localnet folder (created on first use, reused after)", ".localnet")
    .option("--detach", "return once every node is healthy")
    .option("--accounts <n>", "funded development accounts", (v) => Number.parseInt(v, 10), 5)
    .option("--block-interval <ms>", "L1 block interval", (v) => Number.parseInt(v, 10), 500)
    .option(
      "--validators <n>",
      "number of L1 validators, each its own process (BFT when > 1)",
      (v) => Number.parseInt(v, 10),
      1,
    )
    .option("--no-router", "do not start the router node")
    .option("--unsafe-rpc", "enable operator-only RPC methods (unsafe_block_peer, …) for fault testing")
    .action(async (opts, cmd: Command) => {
      const logger = createLogger({ level: "info" }).child({ module: "localnet" });
      const net = await localnetUp({
        home: opts.home,
        detach: Boolean(opts.detach),
        accounts: opts.accounts,
        blockIntervalMs: opts.blockInterval,
        router: opts.router,
        validators: opts.validators,
        unsafeRpc: Boolean(opts.unsafeRpc),
        logger,
      });
      const { manifest } = net;
      printResult(outputFormat(cmd), manifest, (m) =>
        [
          `localnet is up (${opts.home}/localnet.json)`,
          ...Object.entries(m.chains).map(
            ([name, c]) => `  ${name}  chain-id ${c.chainId}  rpc ${c.rpc.join(" ")}`,
          ),
          ...m.routers.map(
            (r) =>
              `  ${r.name}  OpenAI base URL ${r.openaiBaseUrl}  model ${r.model} (sha256 ${r.digest.slice(0, 16)}…)`,
          ),
          `  denom ${m.denom}; funded accounts: ${m.accounts.map((a) => `${a.name} ${a.address}`).join(", ")}`,
          opts.detach ? `stop it with: strata localnet down --home ${opts.home}` : "press Ctrl-C to stop",
        ].join("\n"),
      );
      if (opts.detach) return;
      await runUntilSignal(() => net.stop());
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
      const r = await localnetDown(opts.home);
      printResult(outputFormat(cmd), r, (x) => `stopped ${x.stopped} process(es)`);
    });
}
