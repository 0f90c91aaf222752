/**
 * `strata l3 register` and `strata l3 anchor`: a launched L3 (its `l3.json` home) registered on L2
 * (`l3registry`) and its headers anchored there by the anchorer (`l3-anchor/`). Separate from
 * `cli/commands/l3.ts` (launch and membership) so each file keeps one concern.
 */
import type { Command } from "commander";
import { createLogger } from "../../chain/core/log/index.js";
import { homePaths } from "../../chain/core/node/index.js";
import { outputFormat, printResult } from "../output.js";

/**
 * Opens the L2 key `--key` in the keyring of `--keyring-home` / `--keyring-backend` (also used by
 * `strata l3 launch --l2`).
 */
export async function signerOf(flags: {
  key: string;
  keyringHome: string;
  keyringBackend: string;
  passphraseFile?: string;
}) {
  const { createPassphraseProvider, openKeyring } = await import("../keyring/index.js");
  const { expandHome } = await import("../keyring/commandOptions.js");
  const keyring = await openKeyring({
    home: expandHome(flags.keyringHome),
    backend: flags.keyringBackend as "file" | "test",
    passphrase: createPassphraseProvider(
      flags.passphraseFile ? { passphraseFile: flags.passphraseFile } : {},
    ),
  });
  return keyring.signer(flags.key);
}

function keyOptions(cmd: Command): Command {
  return cmd
    .requiredOption("--key <name>", "keyring key of the L2 account that signs (and pays the fees)")
    .option("--keyring-home <dir>", "client home holding the keyring", "~/.strata")
    .option("--keyring-backend <backend>", "keyring backend (file | test)", "file")
    .option("--passphrase-file <file>", "file keyring: read the passphrase from this file");
}

/** Adds `register` and `anchor` to the `strata l3` command group. */
export function registerL3AnchorCommands(l3: Command): void {
  keyOptions(
    l3
      .command("register")
      .description(
        "register a launched L3 on L2 (l3registry: chain id, name, validators, admins, genesis hash)",
      )
      .requiredOption("--home <dir>", "the L3's launch folder (l3.json)")
      .requiredOption("--l2 <url>", "L2 node RPC URL")
      .option("--admins <addresses>", "comma-separated L2 admin addresses (default: the signer)"),
  ).action(async (flags, cmd: Command) => {
    const { readL3Manifest } = await import("../../localnet/l3/index.js");
    const { readFile } = await import("node:fs/promises");
    const { StrataClient } = await import("../../client/index.js");
    const { registerL3OnL2 } = await import("../../l3-anchor/index.js");
    const m = await readL3Manifest(flags.home);
    const genesisText = await readFile(homePaths(m.validators[0]!.home).genesis, "utf8");
    const signer = await signerOf(flags);
    const creator = (await signer.getAccounts())[0]!.address;
    const client = await StrataClient.connect(flags.l2, { signer, broadcastPollIntervalMs: 100 });
    try {
      const r = await registerL3OnL2(client, {
        creator,
        genesisText,
        name: m.name,
        ...(flags.admins
          ? {
              admins: String(flags.admins)
                .split(",")
                .map((a) => a.trim()),
            }
          : {}),
      });
      printResult(
        outputFormat(cmd),
        { chainId: r.chainId, name: m.name, l2Height: r.height },
        (o) => `registered L3 ${o.chainId} as "${o.name}" on L2 at height ${o.l2Height}`,
      );
    } finally {
      client.disconnect();
    }
  });

  keyOptions(
    l3
      .command("anchor")
      .description("anchor an L3's headers on L2 (runs until SIGINT/SIGTERM; resumes from L2's last header)")
      .requiredOption("--l3 <url>", "an L3 node's RPC URL")
      .requiredOption("--l2 <url>", "L2 node RPC URL")
      .option("--poll-ms <ms>", "L3 polling interval while caught up", "200"),
  ).action(async (flags, cmd: Command) => {
    const { startL3Anchor } = await import("../../l3-anchor/index.js");
    const logger = createLogger({ level: "info" });
    const anchor = await startL3Anchor(
      { l3: flags.l3, l2: flags.l2, pollMs: Number(flags.pollMs) },
      { logger, l2Signer: await signerOf(flags) },
    );
    printResult(
      outputFormat(cmd),
      { chainId: anchor.chainId, submitter: anchor.submitter, resumedFrom: anchor.resumedFrom },
      (o) => `anchoring ${o.chainId} on L2 as ${o.submitter}, after header ${o.resumedFrom}`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => void anchor.stop().then(resolve, resolve);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
  });
}
