/**
 * `strata l3 launch`, `status` and `stop`: an L3's processes (`localnet/l3`), and with `--l2` its
 * registration on L2 and its anchorer (`l3-anchor`). Split from `cli/commands/l3.ts` (membership,
 * key service, decryption) so each file keeps one concern.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { StrataError } from "../../chain/core/errors/index.js";
import { createL3Queries, type L3Queries } from "../../chain/l3-privacy/client/index.js";
import { StrataClient } from "../../client/index.js";
import { queryL3OnL2 } from "../../l3-anchor/index.js";
import { isAlive, terminate } from "../../localnet/index.js";
import {
  anchorLogPath,
  createL3,
  ensureL3RegisteredOnL2,
  type L3Manifest,
  type L3Registration,
  l3ManifestPath,
  localnetL2Defaults,
  readL3Manifest,
  recordL3InLocalnet,
  removeL3Home,
  startL3,
  startL3Anchorer,
  startValidator,
  stopL3,
  type ValidatorProcesses,
  waitForFirstAnchor,
  writeL3Manifest,
} from "../../localnet/l3/index.js";
import { expandHome } from "../keyring/index.js";
import { outputFormat, printResult } from "../output.js";
import { signerOf } from "./l3anchor.js";
import { connectL2, parseUint } from "./tx/common.js";

/** Error codes of the L3 commands (codespace `cli`, 60..69). */
export enum L3CliCode {
  badFlag = 60,
  noAccess = 61,
}

/** Queries and the chain id of the node at `url` (closed by `close`). */
export async function l3Node(url: string): Promise<{ q: L3Queries; chainId: string; close(): void }> {
  const client = await connectL2(url);
  const status = await client.comet.status();
  return {
    q: createL3Queries(client.comet),
    chainId: status.nodeInfo.network,
    close: () => client.disconnect(),
  };
}

async function heightOf(rpc: string): Promise<number | undefined> {
  try {
    const res = await fetch(rpc, {
      method: "POST",
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "status", params: {} }),
    });
    const body = (await res.json()) as { result?: { sync_info: { latest_block_height: string } } };
    return Number(body.result?.sync_info.latest_block_height ?? 0);
  } catch {
    return undefined;
  }
}

function endpoints(m: L3Manifest) {
  return {
    name: m.name,
    chainId: m.chainId,
    home: m.home,
    custodyThreshold: m.custodyThreshold,
    adminThreshold: m.adminThreshold,
    validators: m.validators.map((v) => ({ name: v.name, rpc: v.rpc, operator: v.operator })),
    members: m.members,
  };
}

/** The L2 link `strata l3 launch` was asked for (`--l2`, or a localnet's defaults), or undefined. */
async function l2LinkOptions(
  opts: {
    l2?: string;
    key?: string;
    keyringHome: string;
    keyringBackend: string;
    passphraseFile?: string;
  },
  cmd: Command,
  localnetHome: string | undefined,
): Promise<
  | { rpc: string; key: string; keyringHome: string; keyringBackend: string; passphraseFile?: string }
  | undefined
> {
  const source = (name: string) => cmd.getOptionValueSource(name);
  if (localnetHome) {
    const d = await localnetL2Defaults(localnetHome);
    const keyringGiven = source("keyringHome") === "cli";
    return {
      rpc: opts.l2 ?? d.rpc,
      key: opts.key ?? d.key,
      keyringHome: keyringGiven ? resolve(expandHome(opts.keyringHome)) : d.keyringHome,
      keyringBackend: source("keyringBackend") === "cli" ? opts.keyringBackend : d.keyringBackend,
      ...(opts.passphraseFile ? { passphraseFile: resolve(opts.passphraseFile) } : {}),
    };
  }
  if (!opts.l2) {
    if (opts.key) throw new StrataError("cli", L3CliCode.badFlag, "--key needs --l2 (or --localnet)");
    return undefined;
  }
  if (!opts.key)
    throw new StrataError(
      "cli",
      L3CliCode.badFlag,
      "--l2 needs --key NAME (the L2 account that registers and anchors)",
    );
  return {
    rpc: opts.l2,
    key: opts.key,
    keyringHome: resolve(expandHome(opts.keyringHome)),
    keyringBackend: opts.keyringBackend,
    ...(opts.passphraseFile ? { passphraseFile: resolve(opts.passphraseFile) } : {}),
  };
}

/** Adds `launch`, `status` and `stop` to the `strata l3` command group. */
export function registerL3LaunchCommands(l3: Command): void {
  l3.command("launch")
    .description(
      "create and start a private L3 chain (validators, custody keys, genesis with the members of members.json); with --l2 (or --localnet) register it on L2 and run its anchorer; on a home that holds a stopped L3, start it again",
    )
    .requiredOption("--name <name>", "the L3's name (chain id <name>-l3)")
    .option(
      "--members <file>",
      "members.json: {adminThreshold?, members: [{name, role, address, x25519PublicKey}]} (a new L3)",
    )
    .requiredOption("--home <dir>", "folder for the validators' homes and l3.json")
    .option("--validators <n>", "validators (custodians), at least 2", parseUint, 3)
    .option(
      "--custody-threshold <t>",
      "shares needed to rebuild an epoch key (default a majority)",
      parseUint,
    )
    .option("--chain-id <id>", "chain id (default <name>-l3)")
    .option("--block-interval <ms>", "target block interval", parseUint, 500)
    .option("--detach", "return once every validator is healthy (stop with strata l3 stop)")
    .option(
      "--localnet <home>",
      "also record the L3 (and its anchorer) in this localnet's localnet.json; defaults --l2 to its L2 and --key to its last dev key",
    )
    .option("--l2 <url>", "register the L3 on this L2 node (l3registry) and anchor its headers there")
    .option("--key <name>", "with --l2: keyring key of the L2 account that registers and signs anchors")
    .option("--keyring-home <dir>", "with --l2: client home holding the keyring", "~/.strata")
    .option("--keyring-backend <backend>", "with --l2: keyring backend (file | test)", "file")
    .option("--passphrase-file <file>", "with --l2 and a file keyring: the passphrase file")
    .action(async (opts, cmd: Command) => {
      const format = outputFormat(cmd);
      const progress = (line: string) => {
        if (format === "text") console.log(line);
      };
      const home = resolve(expandHome(opts.home));
      const localnetHome = opts.localnet ? resolve(expandHome(opts.localnet)) : undefined;
      const l2Link = await l2LinkOptions(opts, cmd, localnetHome);
      // A home holding a stopped L3 is started again (same genesis; L2 registration reused).
      const relaunch = existsSync(l3ManifestPath(home));
      let manifest: L3Manifest;
      if (relaunch) {
        manifest = await readL3Manifest(home);
        if (manifest.name !== opts.name)
          throw new StrataError(
            "cli",
            L3CliCode.badFlag,
            `${home} holds L3 "${manifest.name}", not "${opts.name}"`,
          );
        const running = [...(manifest.pids ?? []).flatMap((p) => [p.node, p.keyservice]), manifest.anchorPid]
          .filter((pid): pid is number => pid !== undefined)
          .filter(isAlive);
        if (running.length > 0)
          throw new StrataError(
            "cli",
            L3CliCode.badFlag,
            `L3 ${manifest.name} in ${home} is running (pids ${running.join(", ")}); stop it with strata l3 stop --home ${home}`,
          );
        progress(`starting L3 ${manifest.name} again from ${home}`);
      } else {
        if (!opts.members)
          throw new StrataError("cli", L3CliCode.badFlag, "--members is required to create a new L3");
        manifest = await createL3(
          {
            name: opts.name,
            membersFile: opts.members,
            home,
            validators: opts.validators,
            ...(opts.custodyThreshold !== undefined ? { custodyThreshold: opts.custodyThreshold } : {}),
            ...(opts.chainId ? { chainId: opts.chainId } : {}),
            blockIntervalMs: opts.blockInterval,
          },
          progress,
        );
      }
      const detached = Boolean(opts.detach);
      let procs: ValidatorProcesses[];
      try {
        procs = await startL3(manifest, detached);
      } catch (err) {
        if (!relaunch) await removeL3Home(home);
        throw err;
      }
      // The L2 link: registration (idempotent for this genesis) and the anchorer process.
      const link = l2Link ?? manifest.l2;
      let anchorer: ChildProcess | undefined;
      let registration: L3Registration | undefined;
      let anchored = 0;
      if (link) {
        try {
          const signer = await signerOf(link);
          const submitter = (await signer.getAccounts())[0]!.address;
          const client = await StrataClient.connect(link.rpc, { signer, broadcastPollIntervalMs: 100 });
          try {
            registration = await ensureL3RegisteredOnL2(client, manifest, submitter);
            progress(
              registration.already
                ? `L2 ${link.rpc} already holds ${manifest.chainId} with this genesis (registered at height ${registration.registeredHeight})`
                : `registered ${manifest.chainId} on L2 ${link.rpc} at height ${registration.registeredHeight}`,
            );
            manifest = {
              ...manifest,
              l2: {
                rpc: link.rpc,
                key: link.key,
                keyringHome: link.keyringHome,
                keyringBackend: link.keyringBackend,
                ...(link.passphraseFile ? { passphraseFile: link.passphraseFile } : {}),
                submitter,
                registeredHeight: registration.registeredHeight,
                anchorLog: anchorLogPath(home),
              },
            };
            anchorer = startL3Anchorer(manifest, detached);
            anchored = await waitForFirstAnchor(client, manifest, anchorer, 120_000);
          } finally {
            client.disconnect();
          }
        } catch (err) {
          for (const c of [anchorer, ...procs.flatMap((p) => [p.keyservice, p.node])])
            if (c?.pid) await terminate(c.pid, 5000);
          if (!relaunch) await removeL3Home(home);
          throw err;
        }
      }
      if (detached) {
        anchorer?.unref();
        manifest = {
          ...manifest,
          pids: procs.map((p) => ({ node: p.node.pid!, keyservice: p.keyservice.pid! })),
          ...(anchorer?.pid !== undefined ? { anchorPid: anchorer.pid } : {}),
        };
      }
      await writeL3Manifest(manifest);
      const localnet = localnetHome ? await recordL3InLocalnet(localnetHome, manifest) : undefined;
      const l2Out = manifest.l2
        ? {
            l2: {
              rpc: manifest.l2.rpc,
              submitter: manifest.l2.submitter,
              registeredHeight: manifest.l2.registeredHeight,
              alreadyRegistered: registration?.already ?? false,
              anchoredHeight: anchored,
              anchorLog: manifest.l2.anchorLog,
            },
          }
        : { l2: null };
      printResult(format, { ...endpoints(manifest), ...l2Out, ...(localnet ? { localnet } : {}) }, (e) =>
        [
          `L3 ${e.name} (${e.chainId}) is up: ${e.validators.length} validators, custody threshold ${e.custodyThreshold}`,
          ...e.validators.map((v) => `  ${v.name}: ${v.rpc}`),
          `members: ${e.members.map((m) => `${m.name} (${m.role})`).join(", ")}`,
          e.l2
            ? `registered on L2 ${e.l2.rpc} (height ${e.l2.registeredHeight}); anchorer running as ${e.l2.submitter}, header ${e.l2.anchoredHeight} anchored; log ${e.l2.anchorLog}`
            : "not anchored on L2 (pass --l2 URL --key NAME, or --localnet HOME, to register and anchor it)",
          ...(localnet ? [`recorded in ${localnet}`] : []),
          opts.detach ? `stop with: strata l3 stop --home ${home}` : "Ctrl-C stops it",
        ].join("\n"),
      );
      if (opts.detach) return;
      // Foreground: restart a process that dies (the WAL replays; the key service re-reads the
      // chain; the anchorer resumes from L2's last header).
      let stopping = false;
      const watch = (i: number, which: keyof ValidatorProcesses) => {
        procs[i]![which].once("exit", () => {
          if (stopping) return;
          const v = manifest.validators[i]!;
          const fresh = startValidator(manifest, v, false);
          if (which === "node") fresh.keyservice.kill("SIGTERM");
          else fresh.node.kill("SIGTERM");
          procs[i]![which] = fresh[which];
          watch(i, which);
        });
      };
      for (let i = 0; i < procs.length; i++) {
        watch(i, "node");
        watch(i, "keyservice");
      }
      const watchAnchorer = () => {
        anchorer?.once("exit", () => {
          if (stopping) return;
          // A second's pause: an anchorer that exits at start (L2 unreachable) is not respawned in a tight loop.
          setTimeout(() => {
            if (stopping) return;
            anchorer = startL3Anchorer(manifest, false);
            watchAnchorer();
          }, 1000);
        });
      };
      watchAnchorer();
      await new Promise<void>((done) => {
        const stop = () => {
          stopping = true;
          anchorer?.kill("SIGTERM");
          for (const p of procs) for (const c of [p.keyservice, p.node]) c.kill("SIGTERM");
          done();
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    });

  l3.command("status")
    .description("an L3's validators (alive, height), epoch, members and custody")
    .requiredOption("--home <dir>", "the L3's home (l3.json)")
    .action(async (opts, cmd: Command) => {
      const m = await readL3Manifest(expandHome(opts.home));
      const heights = await Promise.all(m.validators.map((v) => heightOf(v.rpc)));
      const live = m.validators.findIndex((_, i) => heights[i] !== undefined);
      let chain: { epoch: number; parties: number; pendingRewraps: number; auditLength: number } | undefined;
      if (live >= 0) {
        const node = await l3Node(m.validators[live]!.rpc);
        try {
          const [epoch, members, rewraps, audit] = await Promise.all([
            node.q.epoch(),
            node.q.members(),
            node.q.rewraps(true),
            node.q.audit(),
          ]);
          chain = {
            epoch: Number(epoch.number),
            parties: members.length,
            pendingRewraps: rewraps.length,
            auditLength: audit.length,
          };
        } finally {
          node.close();
        }
      }
      // The L2 link: registration and the last anchored header, as L2 answers them.
      let l2: Record<string, unknown> | null = null;
      if (m.l2) {
        const base = {
          rpc: m.l2.rpc,
          submitter: m.l2.submitter,
          anchorer: m.anchorPid !== undefined && isAlive(m.anchorPid) ? "running" : "stopped",
          anchorLog: m.l2.anchorLog,
        };
        try {
          const client = await StrataClient.connect(m.l2.rpc);
          try {
            const held = await queryL3OnL2(client, m.chainId);
            l2 = {
              ...base,
              registered: held !== null,
              registeredHeight: held ? Number(held.registeredHeight) : null,
              lastAnchoredHeight: held ? Number(held.lastNumber) : null,
            };
          } finally {
            client.disconnect();
          }
        } catch (err) {
          l2 = { ...base, error: `L2 does not answer: ${(err as Error).message}` };
        }
      }
      const out = {
        l2,
        ...endpoints(m),
        validators: m.validators.map((v, i) => ({
          name: v.name,
          rpc: v.rpc,
          height: heights[i] ?? null,
          up: heights[i] !== undefined,
        })),
        ...(chain ?? {}),
      };
      printResult(outputFormat(cmd), out, (o) =>
        [
          `L3 ${o.name} (${o.chainId})`,
          ...o.validators.map((v) => `  ${v.name}: ${v.rpc} ${v.up ? `height ${v.height}` : "DOWN"}`),
          chain
            ? `epoch ${chain.epoch}, ${chain.parties} parties, ${chain.pendingRewraps} pending re-wrap(s), ${chain.auditLength} audit records`
            : "no validator answers",
          !o.l2
            ? "not anchored on L2 (launch with --l2 or --localnet)"
            : "error" in o.l2
              ? `L2 ${o.l2.rpc}: ${o.l2.error}`
              : o.l2.registered
                ? `L2 ${o.l2.rpc}: registered at height ${o.l2.registeredHeight}, last anchored L3 height ${o.l2.lastAnchoredHeight}, anchorer ${o.l2.anchorer} (${o.l2.anchorLog})`
                : `L2 ${o.l2.rpc}: NOT registered`,
        ].join("\n"),
      );
    });

  l3.command("stop")
    .description("stop a detached L3's anchorer, validators and key services")
    .requiredOption("--home <dir>", "the L3's home (l3.json)")
    .action(async (opts, cmd: Command) => {
      const stopped = await stopL3(expandHome(opts.home));
      printResult(outputFormat(cmd), { stopped }, (o) => `stopped ${o.stopped} process(es)`);
    });
}
