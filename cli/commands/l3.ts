/**
 * `strata l3 …` (keyservice, pubkey, decrypt; launch, status and stop in `l3launch.ts`, register and
 * anchor in `l3anchor.ts`), `strata tx l3 …` and `strata query l3 …`: private L3 chains
 * (chain/l3-privacy/RULES.md).
 */
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
import { strata } from "../../proto/gen/strata.js";
import { addKeyringOptions, expandHome, openKeyringFromCommand } from "../keyring/index.js";
import { outputFormat, printResult } from "../output.js";
import { registerL3AnchorCommands } from "./l3anchor.js";
import { L3CliCode, l3Node, registerL3LaunchCommands } from "./l3launch.js";
import { addNodeOption, addTxOptions, connectL2, parseUint, runTx } from "./tx/common.js";

const v1 = strata.l3.v1;
const { Role, AuditKind } = v1;

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

/** Registers `l3 …` (launch, status, stop, register, anchor, keyservice, pubkey, decrypt). */
export function register(program: Command): void {
  const l3 = program.command("l3").description("private L3 chains: launch, status, key service, decryption");
  // L2 registration and anchoring of a launched L3 (cli/commands/l3anchor.ts)
  registerL3AnchorCommands(l3);
  // launch, status, stop (cli/commands/l3launch.ts)
  registerL3LaunchCommands(l3);

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
