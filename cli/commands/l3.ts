/**
 * `strata l3 …` (launch, status, stop, keyservice, pubkey, decrypt), `strata tx l3 …` and
 * `strata query l3 …`: private L3 chains (chain/l3-privacy/RULES.md).
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Bip39, EnglishMnemonic, Slip10, Slip10Curve, stringToPath } from "@cosmjs/crypto";
import { DirectSecp256k1HdWallet, type EncodeObject } from "@cosmjs/proto-signing";
import { type Command, InvalidArgumentError } from "commander";
import { StrataError } from "../../chain/core/errors/index.js";
import { createLogger } from "../../chain/core/log/index.js";
import {
  createL3Queries,
  type L3Queries,
  L3TypeUrl,
  registerL3Types,
} from "../../chain/l3-privacy/client/index.js";
import {
  buildEpochRotation,
  deriveMemberX25519,
  L3CryptoError,
  openEpochKey,
  openRecordText,
  sealRecord,
  type X25519KeyPair,
} from "../../chain/l3-privacy/crypto/index.js";
import { createKeyService, readCustodyKey, readOperator } from "../../chain/l3-privacy/keyservice/index.js";
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
import { strata } from "../../proto/gen/strata.js";
import { addKeyringOptions, expandHome, openKeyringFromCommand } from "../keyring/index.js";
import { outputFormat, printResult } from "../output.js";
import { registerL3AnchorCommands, signerOf } from "./l3anchor.js";
import { addNodeOption, addTxOptions, connectL2, parseUint, runTx } from "./tx/common.js";

const v1 = strata.l3.v1;
const { Role, AuditKind } = v1;

/** Error codes of the L3 commands (codespace `cli`, 60..69). */
export enum L3CliCode {
  badFlag = 60,
  noAccess = 61,
}

function parseRole(value: string): number {
  if (value === "admin") return Role.ROLE_ADMIN;
  if (value === "member") return Role.ROLE_MEMBER;
  throw new InvalidArgumentError("expected admin or member (routers: tx l3 allow-router)");
}

function parseX25519(value: string): Uint8Array {
  const b = Buffer.from(value, "base64");
  if (b.length !== 32)
    throw new InvalidArgumentError(
      "expected a 32-byte X25519 public key in base64 (strata l3 pubkey prints it)",
    );
  return new Uint8Array(b);
}

/**
 * The X25519 key pair of keyring key `name`: HKDF of its account private key (RULES.md, "Member
 * encryption keys"), from the mnemonic at the default path.
 */
async function memberKey(cmd: Command, name: string): Promise<{ address: string; pair: X25519KeyPair }> {
  const keyring = await openKeyringFromCommand(cmd);
  const info = await keyring.get(name);
  const mnemonic = await keyring.exportMnemonic(name);
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath("m/44'/118'/0'/0/0"));
  try {
    return { address: info.address, pair: deriveMemberX25519(privkey) };
  } finally {
    privkey.fill(0);
    seed.fill(0);
  }
}

/** Queries and the chain id of the node at `url` (closed by `close`). */
async function l3Node(url: string): Promise<{ q: L3Queries; chainId: string; close(): void }> {
  const client = await connectL2(url);
  const status = await client.comet.status();
  return {
    q: createL3Queries(client.comet),
    chainId: status.nodeInfo.network,
    close: () => client.disconnect(),
  };
}

/** The rotation an admin's client builds for the next epoch, for `parties` (default: every current party). */
async function buildRotation(
  q: L3Queries,
  chainId: string,
  exclude?: string,
): Promise<strata.l3.v1.IEpochRotation> {
  const [members, custody, epoch] = await Promise.all([q.members(), q.custodians(), q.epoch()]);
  const { key, rotation } = await buildEpochRotation({
    chainId,
    epoch: Number(epoch.number) + 1,
    parties: members
      .filter((m) => m.address !== exclude)
      .map((m) => ({ address: m.address, x25519PublicKey: m.x25519PublicKey })),
    custodians: custody.custodians.map((c) => ({ address: c.address, x25519PublicKey: c.x25519PublicKey })),
    threshold: custody.threshold,
  });
  // The admin's client drops the key at once (RULES.md, step 2); it reads it back through its own wrap.
  key.fill(0);
  return rotation;
}

function change(admin: string, c: strata.l3.v1.IChange): EncodeObject {
  return { typeUrl: L3TypeUrl.submitChange, value: v1.MsgSubmitChange.create({ admin, change: c }) };
}

function auditLine(r: strata.l3.v1.AuditRecord): string {
  const kind = String(AuditKind[r.kind]).replace("AUDIT_KIND_", "");
  return `#${r.seq} h${r.height} epoch ${r.epoch} ${kind}${r.subject ? ` ${r.subject}` : ""}${r.actor ? ` by ${r.actor}` : ""}${r.detail ? ` (${r.detail})` : ""}`;
}

function auditJson(r: strata.l3.v1.AuditRecord) {
  return {
    seq: Number(r.seq),
    height: Number(r.height),
    kind: String(AuditKind[r.kind]).replace("AUDIT_KIND_", ""),
    actor: r.actor,
    subject: r.subject,
    role: Role[r.role],
    epoch: Number(r.epoch),
    refId: Number(r.refId),
    detail: r.detail,
  };
}

function memberJson(m: strata.l3.v1.Member) {
  return {
    address: m.address,
    role: Role[m.role]?.replace("ROLE_", "").toLowerCase(),
    name: m.name,
    x25519PublicKey: Buffer.from(m.x25519PublicKey).toString("base64"),
    addedHeight: Number(m.addedHeight),
    addedEpoch: Number(m.addedEpoch),
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

/** Registers `l3 …` (launch, status, stop, keyservice, pubkey, decrypt). */
export function register(program: Command): void {
  const l3 = program.command("l3").description("private L3 chains: launch, status, key service, decryption");
  // L2 registration and anchoring of a launched L3 (cli/commands/l3anchor.ts)
  registerL3AnchorCommands(l3);

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
          anchorer = startL3Anchorer(manifest, false);
          watchAnchorer();
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

  addNodeOption(
    l3
      .command("keyservice")
      .description(
        "a validator's key service: answers re-wrap requests with its share re-sealed to the recipient (the share never touches disk)",
      )
      .requiredOption(
        "--home <dir>",
        "the validator's home (config/l3_custody_key.json, config/l3_operator.json)",
      )
      .option("--chain-id <id>", "the L3's chain id (default: the node's)")
      .option("--interval <ms>", "poll interval", parseUint, 1000),
  ).action(async (opts) => {
    const logger = createLogger({});
    const home = expandHome(opts.home);
    const custody = await readCustodyKey(home);
    const operator = await readOperator(home);
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(operator.mnemonic, { prefix: "strata" });
    let stopping = false;
    const stop = () => {
      stopping = true;
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    logger.info("key service starting", { custodian: operator.address, node: opts.node });
    while (!stopping) {
      try {
        const client = await connectL2(opts.node, { signer: wallet, broadcastPollIntervalMs: 300 });
        registerL3Types(client.registry);
        const chainId = opts.chainId ?? (await client.comet.status()).nodeInfo.network;
        const q = createL3Queries(client.comet);
        const service = createKeyService(
          { chainId, custodian: operator.address, custodySecretKey: custody.secretKey },
          {
            logger,
            port: {
              rewraps: () => q.rewraps(),
              epoch: (n) => q.epoch(n),
              submitShare: async (requestId, sealed) => {
                await client.submit(operator.address, [
                  {
                    typeUrl: L3TypeUrl.submitRewrapShare,
                    value: v1.MsgSubmitRewrapShare.create({ custodian: operator.address, requestId, sealed }),
                  },
                ]);
              },
            },
          },
        );
        try {
          while (!stopping) {
            await service.tick();
            await new Promise((r) => setTimeout(r, opts.interval));
          }
        } finally {
          client.disconnect();
        }
      } catch (err) {
        // The node is down or restarting: wait and reconnect; the chain remembers what was answered.
        logger.warn("key service cannot reach the node; retrying", { error: (err as Error).message });
        await new Promise((r) => setTimeout(r, opts.interval));
      }
    }
    logger.info("key service stopped", {});
  });

  addKeyringOptions(
    l3
      .command("pubkey")
      .description(
        "a keyring key's address and L3 X25519 public key (derived from the account key), for members.json and add-member",
      )
      .requiredOption("--key <name>", "keyring key"),
  ).action(async (opts, cmd: Command) => {
    const { address, pair } = await memberKey(cmd, opts.key);
    const out = { name: opts.key, address, x25519PublicKey: Buffer.from(pair.publicKey).toString("base64") };
    pair.secretKey.fill(0);
    printResult(outputFormat(cmd), out, (o) => `${o.name} ${o.address}\nx25519: ${o.x25519PublicKey}`);
  });

  addKeyringOptions(
    addNodeOption(
      l3
        .command("decrypt")
        .description("decrypt a private task's prompt and completion with a member's (or router's) key")
        .argument("<task>", "task id")
        .requiredOption("--key <name>", "keyring key of a member or router"),
    ),
  ).action(async (taskId: string, opts, cmd: Command) => {
    const { address, pair } = await memberKey(cmd, opts.key);
    const node = await l3Node(opts.node);
    try {
      const task = await node.q.task(taskId);
      const fields: { prompt: string | null; completion: string | null } = { prompt: null, completion: null };
      let key: Uint8Array | undefined;
      try {
        key = await openEpochKey(
          pair.secretKey,
          address,
          node.chainId,
          await node.q.epoch(Number(task.prompt!.epoch)),
          await node.q.rewraps(),
        );
      } catch (err) {
        if (err instanceof L3CryptoError)
          throw new StrataError(
            "cli",
            L3CliCode.noAccess,
            `${opts.key} (${address}) cannot read task ${taskId}: ${err.message} [l3crypto:${err.code}]`,
          );
        throw err;
      }
      for (const field of ["prompt", "completion"] as const) {
        const rec = task[field];
        if (!rec) {
          fields[field] = null;
          continue;
        }
        const k =
          Number(rec.epoch) === Number(task.prompt!.epoch)
            ? key
            : await openEpochKey(
                pair.secretKey,
                address,
                node.chainId,
                await node.q.epoch(Number(rec.epoch)),
                await node.q.rewraps(),
              );
        fields[field] = openRecordText(k, rec, { chainId: node.chainId, taskId, field });
      }
      const out = {
        taskId,
        epoch: Number(task.prompt!.epoch),
        requester: task.requester,
        router: task.router,
        model: task.model,
        ...fields,
      };
      printResult(outputFormat(cmd), out, (o) =>
        [
          `task ${o.taskId} (epoch ${o.epoch}, ${o.model})`,
          `prompt: ${o.prompt}`,
          `completion: ${o.completion ?? "(none yet)"}`,
        ].join("\n"),
      );
    } finally {
      pair.secretKey.fill(0);
      node.close();
    }
  });
}

/** Registers `tx l3 …` on the `tx` command. */
export function registerL3Tx(tx: Command): void {
  const t = tx.command("l3").description("private L3 chain transactions (membership, epochs, prompts)");
  const submit = async (
    cmd: Command,
    from: string,
    build: (sender: string, q: L3Queries, chainId: string) => Promise<EncodeObject[]>,
  ) =>
    runTx(cmd, from, async (sender, client) => {
      registerL3Types(client.registry);
      const chainId = (await client.comet.status()).nodeInfo.network;
      return build(sender, createL3Queries(client.comet), chainId);
    });

  addTxOptions(
    t
      .command("add-member")
      .description(
        "propose adding a member or admin (applied at once with admin threshold 1); the custodians re-wrap the epoch key for it",
      )
      .argument("<from>", "keyring key of an admin")
      .argument("<address>", "the new member's account address")
      .requiredOption("--x25519 <base64>", "the member's X25519 public key (strata l3 pubkey)", parseX25519)
      .option("--role <role>", "member or admin", parseRole, Role.ROLE_MEMBER)
      .option("--name <label>", "label", ""),
  ).action(async (from: string, address: string, opts, cmd: Command) =>
    submit(cmd, from, async (admin) => [
      change(admin, {
        addMember: { address, role: opts.role, x25519PublicKey: opts.x25519, name: opts.name },
      }),
    ]),
  );

  addTxOptions(
    t
      .command("allow-router")
      .description("propose allow-listing a router (it then reads the chain's records)")
      .argument("<from>", "keyring key of an admin")
      .argument("<address>", "the router's operator address")
      .requiredOption("--x25519 <base64>", "the router's X25519 public key (strata l3 pubkey)", parseX25519)
      .option("--name <label>", "label", ""),
  ).action(async (from: string, address: string, opts, cmd: Command) =>
    submit(cmd, from, async (admin) => [
      change(admin, { allowRouter: { address, x25519PublicKey: opts.x25519, name: opts.name } }),
    ]),
  );

  addTxOptions(
    t
      .command("remove-member")
      .description(
        "propose removing a member, admin or router: builds a new epoch key here, wrapped for the rest",
      )
      .argument("<from>", "keyring key of an admin")
      .argument("<address>", "the party to remove"),
  ).action(async (from: string, address: string, _opts, cmd: Command) =>
    submit(cmd, from, async (admin, q, chainId) => [
      change(admin, { remove: { address, rotation: await buildRotation(q, chainId, address) } }),
    ]),
  );

  addTxOptions(
    t
      .command("rotate")
      .description("propose a new epoch for the same parties")
      .argument("<from>", "keyring key of an admin"),
  ).action(async (from: string, _opts, cmd: Command) =>
    submit(cmd, from, async (admin, q, chainId) => [
      change(admin, { rotateEpoch: { rotation: await buildRotation(q, chainId) } }),
    ]),
  );

  addTxOptions(
    t
      .command("approve")
      .description("approve a pending proposal (the approval reaching the admin threshold applies it)")
      .argument("<from>", "keyring key of an admin")
      .argument("<proposal-id>", "proposal id", parseUint),
  ).action(async (from: string, id: number, _opts, cmd: Command) =>
    submit(cmd, from, async (admin) => [
      { typeUrl: L3TypeUrl.approveChange, value: v1.MsgApproveChange.create({ admin, proposalId: id }) },
    ]),
  );

  addTxOptions(
    t
      .command("request-rewrap")
      .description("propose that the custodians re-wrap an earlier epoch for a party (back-fill)")
      .argument("<from>", "keyring key of an admin")
      .argument("<address>", "the party")
      .argument("<epoch>", "epoch number", parseUint),
  ).action(async (from: string, address: string, epoch: number, _opts, cmd: Command) =>
    submit(cmd, from, async (admin) => [change(admin, { requestRewrap: { address, epoch } })]),
  );

  addTxOptions(
    t
      .command("submit-prompt")
      .description("encrypt a prompt under the current epoch with your member key and record it")
      .argument("<from>", "keyring key of a member")
      .argument("<task-id>", "task id (1..128 of [A-Za-z0-9._:-])")
      .argument("<text>", "the prompt")
      .option("--model <id>", "model id", "private@1")
      .option("--router <address>", "allow-listed router asked to serve it", ""),
  ).action(async (from: string, taskId: string, text: string, opts, cmd: Command) => {
    const { address, pair } = await memberKey(cmd, from);
    await submit(cmd, from, async (sender, q, chainId) => {
      const epoch = await q.epoch();
      const key = await openEpochKey(pair.secretKey, address, chainId, epoch, await q.rewraps());
      const prompt = sealRecord(key, Number(epoch.number), { chainId, taskId, field: "prompt" }, text);
      key.fill(0);
      return [
        {
          typeUrl: L3TypeUrl.submitPrompt,
          value: v1.MsgSubmitPrompt.create({
            sender,
            taskId,
            model: opts.model,
            router: opts.router,
            prompt,
          }),
        },
      ];
    });
    pair.secretKey.fill(0);
  });
}

/** Registers `query l3 …` on the `query` command. */
export function registerL3Query(query: Command): void {
  const q = query.command("l3").description("private L3 chain queries");
  const withNode = async <T>(url: string, fn: (q: L3Queries) => Promise<T>): Promise<T> => {
    const node = await l3Node(url);
    try {
      return await fn(node.q);
    } finally {
      node.close();
    }
  };
  addNodeOption(
    q
      .command("audit")
      .description("the audit log, in order")
      .option("--after <seq>", "entries after this seq", parseUint, 0),
  ).action(async (opts, cmd: Command) => {
    const records = await withNode(opts.node, (l3) => l3.audit(opts.after));
    printResult(outputFormat(cmd), { records: records.map(auditJson) }, () =>
      records.map(auditLine).join("\n"),
    );
  });
  addNodeOption(q.command("members").description("admins, members and routers")).action(
    async (opts, cmd: Command) => {
      const members = await withNode(opts.node, (l3) => l3.members());
      printResult(outputFormat(cmd), { members: members.map(memberJson) }, (o) =>
        o.members.map((m) => `${m.address} ${m.role} ${m.name}`).join("\n"),
      );
    },
  );
  addNodeOption(
    q
      .command("epoch")
      .description("an epoch (default the current one)")
      .argument("[number]", "epoch", parseUint, 0),
  ).action(async (n: number, opts, cmd: Command) => {
    const e = await withNode(opts.node, (l3) => l3.epoch(n));
    const out = {
      number: Number(e.number),
      keyId: Buffer.from(e.keyId).toString("hex"),
      startHeight: Number(e.startHeight),
      threshold: e.threshold,
      reason: e.reason,
      wraps: e.wraps.map((w) => w.recipient),
      shares: e.shares.map((s) => s.custodian),
    };
    printResult(
      outputFormat(cmd),
      out,
      (o) =>
        `epoch ${o.number} from height ${o.startHeight} (${o.reason}); key id ${o.keyId}\nwrapped for: ${o.wraps.join(", ")}\nshares: ${o.shares.length}, threshold ${o.threshold}`,
    );
  });
  addNodeOption(
    q
      .command("task")
      .description("a private task as stored (ciphertext, digest)")
      .argument("<task-id>", "task id"),
  ).action(async (id: string, opts, cmd: Command) => {
    const t = await withNode(opts.node, (l3) => l3.task(id));
    const rec = (r: strata.l3.v1.IEncryptedRecord | null | undefined) =>
      r
        ? {
            epoch: Number(r.epoch),
            nonce: Buffer.from(r.nonce!).toString("base64"),
            ciphertext: Buffer.from(r.ciphertext!).toString("base64"),
          }
        : null;
    const out = {
      taskId: t.taskId,
      requester: t.requester,
      router: t.router,
      model: t.model,
      digest: Buffer.from(t.digest).toString("hex"),
      seq: Number(t.seq),
      prompt: rec(t.prompt),
      completion: rec(t.completion),
    };
    printResult(
      outputFormat(cmd),
      out,
      (o) =>
        `task ${o.taskId} #${o.seq} by ${o.requester} (${o.model}); digest ${o.digest}\nprompt: ${o.prompt ? `${o.prompt.ciphertext.length} base64 chars, epoch ${o.prompt.epoch}` : "-"}\ncompletion: ${o.completion ? `epoch ${o.completion.epoch}` : "-"}`,
    );
  });
}
