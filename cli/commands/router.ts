import { rmSync } from "node:fs";
import { basename, dirname } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { createLogger, type LogLevel } from "../../chain/core/log/index.js";
import type { StrataL2Client } from "../../client/index.js";
import {
  type BackendSpec,
  createRouter,
  parseFaultSpec,
  RouterError,
  RouterErrorCode,
  type RouterOptions,
} from "../../router-node/index.js";
import { KEYRING_BACKENDS, type KeyringBackend } from "../keyring/types.js";
import { outputFormat, printResult } from "../output.js";

/** Default router home: the node key and the task journal of a router on L2. */
export const DEFAULT_ROUTER_HOME = "~/.strata-router";

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("must be a port in [0, 65535]");
  return n;
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError("must be a non-negative number");
  return n;
}

function unitInterval(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError("must be a number in [0, 1]");
  return n;
}

function collectUrls(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

interface StartFlags {
  model?: string;
  modelId?: string;
  backend: "llama" | "openai";
  upstream?: string;
  upstreamModel?: string;
  upstreamDigest?: string;
  upstreamKeyEnv?: string;
  host: string;
  port: number;
  peers?: string[];
  redundancy: number;
  threads: number;
  contextSize: number;
  batchSize?: number;
  parallel: number;
  capacity?: number;
  price: number;
  reputation: number;
  maxQueue: number;
  maxConcurrent?: number;
  deadlineMs: number;
  defaultMaxTokens: number;
  fault?: string;
  logLevel: LogLevel;
  l2?: string;
  key?: string;
  home: string;
  keyringHome: string;
  keyringBackend: KeyringBackend;
  passphraseFile?: string;
  l2Model?: string;
  publicUrl?: string;
  stake?: string;
  gpu?: string;
  l3?: string;
  l3ChainId?: string;
}

function ustraAmount(value: string): string {
  const m = /^([0-9]{1,40})(ustra)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected an amount in ustra, e.g. 1000000 or 1000000ustra");
  return BigInt(m[1]!).toString();
}

function backendOf(f: StartFlags): BackendSpec | undefined {
  if (f.backend === "openai") {
    if (!f.upstream)
      throw new RouterError(RouterErrorCode.InvalidConfig, "--backend openai needs --upstream URL");
    const apiKey = f.upstreamKeyEnv ? process.env[f.upstreamKeyEnv] : undefined;
    return {
      kind: "openai",
      baseUrl: f.upstream,
      ...(f.upstreamModel ? { model: f.upstreamModel } : {}),
      ...(f.upstreamDigest ? { digest: f.upstreamDigest } : {}),
      ...(apiKey ? { apiKey } : {}),
    };
  }
  if (f.upstream) throw new RouterError(RouterErrorCode.InvalidConfig, "--upstream needs --backend openai");
  if (!f.model) return undefined;
  return {
    kind: "llama",
    modelPath: f.model,
    threads: f.threads,
    contextSize: f.contextSize,
    parallel: f.parallel,
    ...(f.modelId ? { modelId: f.modelId } : {}),
    ...(f.batchSize !== undefined ? { batchSize: f.batchSize } : {}),
  };
}

/**
 * Opens `--model FILE.enc` for a router on an L3: [REJECT] without `--l2-model` (the registry
 * version pins the ciphertext); [REJECT] a version that is not PRIVATE; then
 * `openPrivateModelFile` checks the ciphertext against `encrypted_weights_sha256` and opens the
 * router's wrap (none: the router was not allow-listed when the model was encrypted).
 * @throws RouterError(InvalidConfig / ModelNotFound / PermissionDenied / ModelDigestMismatch).
 */
async function openPrivateModel(
  f: StartFlags,
  l2: StrataL2Client,
  reader: { address: string; mnemonic: string },
): Promise<import("../../router-node/chain/l3/index.js").OpenedPrivateModel> {
  const { openPrivateModelFile, x25519FromMnemonic } = await import("../../router-node/chain/l3/index.js");
  const { L3CryptoError, L3CryptoCode } = await import("../../chain/l3-privacy/crypto/index.js");
  if (!f.l2Model)
    throw new RouterError(
      RouterErrorCode.InvalidConfig,
      "--model FILE.enc needs --l2-model NAME@VERSION (the private version that pins its ciphertext)",
    );
  const version = await l2.query.models.model(f.l2Model);
  if (!version)
    throw new RouterError(RouterErrorCode.ModelNotFound, `model version ${f.l2Model} is not published on L2`);
  if (!version.encryptedWeightsSha256)
    throw new RouterError(
      RouterErrorCode.InvalidConfig,
      `model version ${f.l2Model} is not private (no encrypted_weights_sha256): serve its plaintext file`,
    );
  const x = await x25519FromMnemonic(reader.mnemonic);
  try {
    return await openPrivateModelFile(f.model!, {
      registryDigest: version.encryptedWeightsSha256,
      reader: { address: reader.address, secretKey: x.secretKey },
    });
  } catch (err) {
    if (!(err instanceof L3CryptoError)) throw err;
    const code =
      err.code === L3CryptoCode.keyIdMismatch
        ? RouterErrorCode.ModelDigestMismatch
        : err.code === L3CryptoCode.noAccess
          ? RouterErrorCode.PermissionDenied
          : RouterErrorCode.InvalidConfig;
    const hint =
      err.code === L3CryptoCode.noAccess
        ? " (this router was not an allow-listed router when it was encrypted)"
        : "";
    throw new RouterError(code, `cannot open private model ${f.model}: ${err.message}${hint}`);
  } finally {
    x.secretKey.fill(0);
  }
}

/** Registers the `router` command group on the root program. */
export function register(program: Command): void {
  const router = program
    .command("router")
    .description("router node: OpenAI-compatible gateway to inference backends");

  router
    .command("start")
    .description("serve a GGUF model or an OpenAI-compatible upstream, optionally with peer routers")
    .option(
      "--model <file>",
      "GGUF model file served in process by llama.cpp (FILE.enc: a private model, with --l3 and --l2-model)",
    )
    .option("--model-id <id>", "model id clients use (default: the file name without .gguf)")
    .addOption(new Option("--backend <kind>", "backend kind").choices(["llama", "openai"]).default("llama"))
    .option(
      "--upstream <url>",
      "OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 (with --backend openai)",
    )
    .option("--upstream-model <id>", "upstream model to serve (default: every model it lists)")
    .option("--upstream-digest <sha256>", "sha256 of the weights the upstream serves, when it does not say")
    .option("--upstream-key-env <var>", "environment variable holding the upstream's API key")
    .option("--host <host>", "interface to bind", "127.0.0.1")
    .option("--port <n>", "port to listen on (0: any free port)", port, 8080)
    .option("--peers <urls>", "peer routers' base URLs (…/v1), comma-separated or repeated", collectUrls)
    .option("--redundancy <k>", "executors each request is sent to", positiveInt, 1)
    .option(
      "--threads <n>",
      "llama.cpp threads per evaluation (1 is fastest on small machines)",
      positiveInt,
      1,
    )
    .option("--context-size <n>", "context window per sequence, tokens", positiveInt, 2048)
    .option("--batch-size <n>", "llama.cpp batch size", positiveInt)
    .option("--parallel <n>", "requests the llama backend generates at once", positiveInt, 1)
    .option(
      "--capacity <n>",
      "declared capacity of the local executor (default: --parallel, or 16 upstream)",
      positiveInt,
    )
    .option("--price <n>", "declared price per 1k tokens of the local executor", nonNegative, 0)
    .option(
      "--reputation <x>",
      "reputation of the local executor in [0, 1] (L2 will set it later)",
      unitInterval,
      1,
    )
    .option("--max-queue <n>", "requests that may wait before 429", positiveInt, 64)
    .option(
      "--max-concurrent <n>",
      "requests served at once (default: total capacity / redundancy)",
      positiveInt,
    )
    .option("--deadline-ms <n>", "per-request deadline, queue wait included", positiveInt, 120_000)
    .option("--default-max-tokens <n>", "max_tokens when a request has none", positiveInt, 256)
    .option("--fault <list>", "TESTING ONLY: alter-output, delay:MS, crash-after:N, fail-after:N")
    .option("--l2 <url>", "L2 node RPC URL: register, authenticate session keys, record tasks (needs --key)")
    .option("--key <name>", "keyring key of the operator account that signs the router's L2 transactions")
    .option(
      "--l3 <url>",
      "L3 node RPC URL: serve that L3's private sessions as an allow-listed router (needs --l2)",
    )
    .option("--l3-chain-id <id>", "the L3 chain id (with --l3)")
    .option("--home <dir>", "router home: node key and task journal (with --l2)", DEFAULT_ROUTER_HOME)
    .option("--keyring-home <dir>", "client home holding the keyring (as `strata keys --home`)", "~/.strata")
    .addOption(
      new Option(
        "--keyring-backend <backend>",
        "keyring backend (test keeps keys UNENCRYPTED: development only)",
      )
        .choices([...KEYRING_BACKENDS])
        .default("file"),
    )
    .option("--passphrase-file <file>", "file keyring: read the passphrase from this file")
    .option(
      "--l2-model <id>",
      "L2 model version (name@version) of --model (default: found by the file's sha256)",
    )
    .option("--public-url <url>", "URL registered as the node's endpoint (default: the listen URL)")
    .option("--stake <ustra>", "stake bonded when registering (default: the chain's min_stake)", ustraAmount)
    .option("--gpu <model>", "GPU reported at registration (default: none)")
    .addOption(
      new Option("--log-level <level>", "log level (logs go to stderr)")
        .choices(["debug", "info", "warn", "error"])
        .default("info"),
    )
    .action(async (flags: StartFlags, cmd: Command) => {
      const logger = createLogger({ level: flags.logLevel });
      const backend = backendOf(flags);
      if (flags.l2 && !flags.key)
        throw new RouterError(RouterErrorCode.InvalidConfig, "--l2 needs --key NAME");
      if (!flags.l2 && flags.key)
        throw new RouterError(RouterErrorCode.InvalidConfig, "--key needs --l2 URL");
      // [REJECT] on L2 the price is an integer amount of ustra
      if (flags.l2 && !Number.isSafeInteger(flags.price))
        throw new RouterError(
          RouterErrorCode.InvalidConfig,
          `--price must be a whole number of ustra on L2, got ${flags.price}`,
        );
      let l2Client: StrataL2Client | undefined;
      let operator = "";
      let privateTasks: import("../../router-node/chain/l3/index.js").PrivateTasks | undefined;
      let l3Client: { disconnect(): void } | undefined;
      let privateModel: import("../../router-node/chain/l3/index.js").OpenedPrivateModel | undefined;
      if (flags.model?.endsWith(".enc") && !flags.l2)
        throw new RouterError(
          RouterErrorCode.InvalidConfig,
          "--model FILE.enc is an encrypted private model: it needs --l2, --key, --l3 and --l3-chain-id",
        );
      if (flags.l2) {
        // The keyring and cosmjs load only for a router on L2.
        const { createPassphraseProvider, openKeyring } = await import("../keyring/index.js");
        const { expandHome } = await import("../keyring/commandOptions.js");
        const keyring = await openKeyring({
          home: expandHome(flags.keyringHome),
          backend: flags.keyringBackend,
          passphrase: createPassphraseProvider(
            flags.passphraseFile ? { passphraseFile: flags.passphraseFile } : {},
          ),
        });
        const signer = await keyring.signer(flags.key!);
        const { connectStrataL2 } = await import("../../client/index.js");
        operator = (await signer.getAccounts())[0]!.address;
        l2Client = await connectStrataL2(flags.l2, { signer, broadcastPollIntervalMs: 100 });
        // A router on a private L3 (router-node/chain/l3): the same operator account there.
        if (flags.l3 || flags.l3ChainId) {
          if (!flags.l3 || !flags.l3ChainId)
            throw new RouterError(RouterErrorCode.InvalidConfig, "--l3 URL and --l3-chain-id ID go together");
          const { connectPrivateTasks } = await import("../../router-node/chain/l3/index.js");
          const l3 = await connectPrivateTasks(
            { l3: flags.l3, chainId: flags.l3ChainId, mnemonic: await keyring.exportMnemonic(flags.key!) },
            { signer, logger },
          );
          privateTasks = l3.tasks;
          l3Client = l3.client;
          // A private model (`strata model encrypt`): decrypted with the router's own wrap.
          if (backend?.kind === "llama" && flags.model?.endsWith(".enc")) {
            privateModel = await openPrivateModel(flags, l2Client, {
              address: operator,
              mnemonic: await keyring.exportMnemonic(flags.key!),
            }).catch((err) => {
              l2Client?.disconnect();
              l3Client?.disconnect();
              throw err;
            });
            backend.modelPath = privateModel.path;
            backend.modelId ??= basename(flags.model).replace(/(\.gguf)?\.enc$/, "");
          }
        }
        if (flags.model?.endsWith(".enc") && !privateModel)
          throw new RouterError(
            RouterErrorCode.InvalidConfig,
            "--model FILE.enc is an encrypted private model: it needs --l3 URL --l3-chain-id ID",
          );
      } else if (flags.l3) {
        throw new RouterError(RouterErrorCode.InvalidConfig, "--l3 needs --l2 URL and --key NAME");
      }
      const opts: RouterOptions = {
        host: flags.host,
        port: flags.port,
        ...(backend ? { backend } : {}),
        terms: {
          price: flags.price,
          reputation: flags.reputation,
          ...(flags.capacity !== undefined ? { capacity: flags.capacity } : {}),
        },
        peers: (flags.peers ?? []).map((url) => ({ url })),
        redundancy: flags.redundancy,
        maxQueue: flags.maxQueue,
        deadlineMs: flags.deadlineMs,
        defaultMaxTokens: flags.defaultMaxTokens,
        ...(flags.maxConcurrent !== undefined ? { maxConcurrent: flags.maxConcurrent } : {}),
        ...(flags.fault ? { faults: parseFaultSpec(flags.fault) } : {}),
        ...(l2Client
          ? {
              l2: {
                client: l2Client,
                operator,
                url: flags.l2!,
                home: (await import("../keyring/commandOptions.js")).expandHome(flags.home),
                ...(flags.l2Model ? { model: flags.l2Model } : {}),
                ...(flags.publicUrl ? { publicUrl: flags.publicUrl } : {}),
                ...(flags.stake ? { stake: flags.stake } : {}),
                price: String(flags.price),
                ...(privateTasks ? { l3: privateTasks } : {}),
                hardware: {
                  ...(await import("./tx/nodes.js")).detectHardware(),
                  ...(flags.gpu ? { gpu: flags.gpu } : {}),
                },
              },
            }
          : {}),
      };
      let started: Awaited<ReturnType<typeof createRouter>>;
      try {
        started = await createRouter(opts, {
          logger,
          // The crash-after fault simulates a real crash: no cleanup, no goodbye on the socket.
          crash: () => process.kill(process.pid, "SIGKILL"),
        });
      } catch (err) {
        l2Client?.disconnect();
        l3Client?.disconnect();
        await privateModel?.remove();
        throw err;
      }
      printResult(
        outputFormat(cmd),
        {
          url: started.url,
          openaiBaseUrl: `${started.url}/v1`,
          models: started.models().map((m) => ({ id: m.id, digest: m.digest, contextSize: m.contextSize })),
          executors: started.executors().map((e) => e.id),
          l2: started.l2,
        },
        (r) =>
          [
            `router listening on ${r.url} (OpenAI base URL ${r.openaiBaseUrl})`,
            ...r.models.map((m) => `  model ${m.id}  sha256 ${m.digest ?? "unknown"}`),
            `  executors: ${r.executors.join(", ")}`,
            ...(r.l2
              ? [
                  `  L2 ${r.l2.chainId}: operator ${r.l2.operator} (${r.l2.action === "none" ? "registration unchanged" : r.l2.action === "register" ? "registered" : "registration updated"}), model ${r.l2.model ?? "none"}`,
                  "  clients authenticate with their session's API key (Authorization: Bearer sk-strata-…)",
                ]
              : []),
          ].join("\n"),
      );
      // The plaintext of a private model never outlives the process (removed on close, or at exit).
      if (privateModel) {
        const dir = dirname(privateModel.path);
        process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: string): void => {
          logger.info("stopping", { signal });
          started.close().then(
            async () => {
              await privateModel?.remove();
              l2Client?.disconnect();
              l3Client?.disconnect();
              resolve();
            },
            () => {
              l2Client?.disconnect();
              l3Client?.disconnect();
              resolve();
            },
          );
        };
        process.once("SIGINT", () => stop("SIGINT"));
        process.once("SIGTERM", () => stop("SIGTERM"));
      });
    });
}
