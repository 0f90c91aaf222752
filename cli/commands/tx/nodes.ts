/** `strata tx nodes register|update|unbond|unjail`. */
import { availableParallelism, cpus, totalmem } from "node:os";
import { type Command, InvalidArgumentError } from "commander";
import { loadKeyFile } from "../../../chain/core/node/index.js";
import {
  enumName,
  enumValue,
  type Hardware,
  msgRegisterNode,
  msgUnbondNode,
  msgUnjailNode,
  msgUpdateNode,
  Role,
} from "../../../client/index.js";
import { addTxOptions, parseList, parseUint, parseUstra, runTx } from "./common.js";

/** The hardware of this machine as `node:os` reports it (no GPU detection: pass --gpu). */
export function detectHardware(): Required<Hardware> {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() || "unknown",
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    gpu: "",
  };
}

/** `router,executor,guard` → roles (each once). */
export function parseRoles(value: string): number[] {
  const roles: number[] = [];
  for (const name of parseList(value)) {
    const role = enumValue(Role, name);
    if (!role)
      throw new InvalidArgumentError(
        `unknown role ${JSON.stringify(name)}: expected router, executor or guard`,
      );
    if (!roles.includes(role)) roles.push(role);
  }
  if (roles.length === 0) throw new InvalidArgumentError("expected at least one role");
  return roles;
}

/** A 32-byte ed25519 public key in base64 or hex. */
function parsePubkey(value: string): Uint8Array {
  const bytes = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  if (bytes.length !== 32)
    throw new InvalidArgumentError("expected a 32-byte ed25519 public key (base64 or hex)");
  return new Uint8Array(bytes);
}

function addHardwareOptions(cmd: Command): Command {
  return cmd
    .option("--cpu <model>", "CPU model (default: detected)")
    .option("--cores <n>", "CPU cores (default: detected)", parseUint)
    .option("--memory <bytes>", "memory in bytes (default: detected)", parseUint)
    .option("--gpu <model>", "GPU model (default: none)");
}

function hardwareFrom(opts: {
  cpu?: string;
  cores?: number;
  memory?: number;
  gpu?: string;
}): Required<Hardware> {
  const detected = detectHardware();
  return {
    cpu: opts.cpu ?? detected.cpu,
    cores: opts.cores ?? detected.cores,
    memoryBytes: opts.memory ?? detected.memoryBytes,
    gpu: opts.gpu ?? detected.gpu,
  };
}

/** Registers `tx nodes …` on the `tx` command. */
export function registerNodesTx(tx: Command): void {
  const nodes = tx
    .command("nodes")
    .description("node registry transactions (L2): routers, executors, guards");

  addTxOptions(
    addHardwareOptions(
      nodes
        .command("register")
        .description("register a node and bond its stake (hardware is detected unless given)")
        .argument("<from>", "keyring key of the node's operator account (holds the stake)")
        .requiredOption("--roles <list>", "comma-separated roles: router, executor, guard", parseRoles)
        .option(
          "--pubkey <key>",
          "ed25519 public key that signs the node's receipts (base64 or hex)",
          parsePubkey,
        )
        .option("--node-key <file>", "take the public key from an ed25519 key file (as `strata init` writes)")
        .option("--endpoint <url>", "the node's public http(s) URL (guards may omit it)", "")
        .option("--models <ids>", "comma-separated model version ids the node serves", parseList, [])
        .option(
          "--capacity <n>",
          "concurrent requests it accepts (≥ 1 for routers and executors)",
          parseUint,
          1,
        )
        .option("--price <ustra>", "asking price per 1,000 tokens", parseUstra, "0")
        .requiredOption("--stake <ustra>", "stake to bond (at least the chain's minimum)", parseUstra),
    ),
  ).action(async (from: string, opts, cmd: Command) => {
    if (!opts.pubkey === !opts.nodeKey) cmd.error("error: give exactly one of --pubkey and --node-key");
    const pubkey: Uint8Array = opts.pubkey ?? (await loadKeyFile(opts.nodeKey)).pubKey;
    const hardware = hardwareFrom(opts);
    await runTx(
      cmd,
      from,
      (operator) => [
        msgRegisterNode({
          operator,
          roles: opts.roles,
          pubkey,
          endpoint: opts.endpoint,
          models: opts.models,
          capacity: opts.capacity,
          pricePer_1k: opts.price,
          hardware,
          stake: opts.stake,
        }),
      ],
      () => ({
        fields: {
          roles: (opts.roles as number[]).map((r) => enumName(Role, r)),
          pubkey: Buffer.from(pubkey).toString("base64"),
          stake: opts.stake as string,
          hardware,
        },
        text: [
          `registered node with roles ${(opts.roles as number[]).map((r) => enumName(Role, r)).join(", ")}, stake ${opts.stake} ustra`,
          `receipt key: ${Buffer.from(pubkey).toString("base64")}`,
          `hardware: ${hardware.cpu}, ${hardware.cores} cores, ${hardware.memoryBytes} bytes${hardware.gpu ? `, ${hardware.gpu}` : ""}`,
        ],
      }),
    );
  });

  addTxOptions(
    addHardwareOptions(
      nodes
        .command("update")
        .description("change a node's settings; only the flags given change")
        .argument("<from>", "keyring key of the node's operator")
        .option("--endpoint <url>", "new endpoint")
        .option("--models <ids>", 'replace the served models (comma-separated; "" for none)', parseList)
        .option("--capacity <n>", "new capacity", parseUint)
        .option("--price <ustra>", "new asking price per 1,000 tokens", parseUstra)
        .option("--roles <list>", "replace the roles", parseRoles)
        .option("--add-stake <ustra>", "bond more stake", parseUstra)
        .option("--detect-hardware", "report this machine's detected hardware"),
    ),
  ).action(async (from: string, opts, cmd: Command) => {
    const hardwareGiven =
      opts.detectHardware || opts.cpu || opts.cores !== undefined || opts.memory !== undefined || opts.gpu;
    await runTx(
      cmd,
      from,
      (operator) => [
        msgUpdateNode({
          operator,
          ...(opts.endpoint !== undefined ? { endpoint: opts.endpoint } : {}),
          ...(opts.models !== undefined ? { setModels: true, models: opts.models } : {}),
          ...(opts.capacity !== undefined ? { capacity: opts.capacity } : {}),
          ...(opts.price !== undefined ? { pricePer_1k: opts.price } : {}),
          ...(opts.roles !== undefined ? { setRoles: true, roles: opts.roles } : {}),
          ...(opts.addStake !== undefined ? { addStake: opts.addStake } : {}),
          ...(hardwareGiven ? { hardware: hardwareFrom(opts) } : {}),
        }),
      ],
      () => ({ fields: {}, text: ["node updated"] }),
    );
  });

  addTxOptions(
    nodes
      .command("unbond")
      .description("leave: the node gets no new work at once; its stake returns after the unbonding period")
      .argument("<from>", "keyring key of the node's operator"),
  ).action(async (from: string, _opts, cmd: Command) => {
    await runTx(
      cmd,
      from,
      (operator) => [msgUnbondNode({ operator })],
      (outcome) => {
        const unbondingHeight = Number(outcome.responses[0]?.unbondingHeight ?? 0);
        return {
          fields: { unbondingHeight },
          text: [`unbonding: the stake returns at height ${unbondingHeight}`],
        };
      },
    );
  });

  addTxOptions(
    nodes
      .command("unjail")
      .description("return a jailed node to service once its jail time has passed")
      .argument("<from>", "keyring key of the node's operator"),
  ).action(async (from: string, _opts, cmd: Command) => {
    await runTx(
      cmd,
      from,
      (operator) => [msgUnjailNode({ operator })],
      () => ({
        fields: {},
        text: ["node unjailed"],
      }),
    );
  });
}
