import assert from "node:assert/strict";
import { homedir } from "node:os";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import {
  addKeyringOptions,
  expandHome,
  keyringOptionsFromCommand,
  openKeyring,
  openKeyringFromCommand,
} from "../../../cli/keyring/index.js";
import { ABANDON_12, ABANDON_12_ADDRESS, tmpHomes } from "./fixtures.js";

/** A quiet root program like cli/main.ts, with a command built by `build`. */
function program(build: (root: Command) => void): Command {
  const root = new Command("strata")
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: () => {} });
  root.option("-o, --output <format>", "output format", "text");
  build(root);
  return root;
}

describe("keyring command options", () => {
  const homes = tmpHomes();
  after(() => homes.cleanup());

  it("adds --home, --keyring-backend, --passphrase-file with defaults file and ~/.strata", async () => {
    let seen: Command | undefined;
    const root = program((r) => {
      addKeyringOptions(r.command("show")).action((_o, cmd: Command) => {
        seen = cmd;
      });
    });
    await root.parseAsync(["show"], { from: "user" });
    const opts = keyringOptionsFromCommand(seen!);
    assert.equal(opts.backend, "file");
    assert.equal(opts.home, join(homedir(), ".strata"));
    assert.equal(opts.kdfCost, undefined);
    assert.equal(typeof opts.passphrase, "function");
  });

  it("reads the flags, and keeps the hidden KDF cost out of --help", async () => {
    let seen: Command | undefined;
    let help = "";
    const root = program((r) => {
      const c = addKeyringOptions(r.command("show")).action((_o, cmd: Command) => {
        seen = cmd;
      });
      help = c.helpInformation();
    });
    await root.parseAsync(
      ["show", "--home", "/tmp/h", "--keyring-backend", "test", "--keyring-kdf-cost", "11"],
      {
        from: "user",
      },
    );
    assert.deepEqual(
      { ...keyringOptionsFromCommand(seen!), passphrase: undefined },
      { home: "/tmp/h", backend: "test", kdfCost: 11, passphrase: undefined },
    );
    assert.match(help, /--keyring-backend/);
    assert.match(help, /UNENCRYPTED/);
    assert.doesNotMatch(help, /kdf-cost/);
  });

  it("rejects an unknown backend and an out-of-range KDF cost at parse time", async () => {
    for (const args of [
      ["show", "--keyring-backend", "os"],
      ["show", "--keyring-kdf-cost", "4"],
    ]) {
      const root = program((r) => {
        addKeyringOptions(r.command("show")).action(() => {});
      });
      await assert.rejects(root.parseAsync(args, { from: "user" }), CommanderError);
    }
  });

  it("keeps a flag the command already defines", () => {
    const cmd = new Command("node").option("--home <dir>", "node home", ".localnet");
    addKeyringOptions(cmd);
    assert.equal(cmd.options.filter((o) => o.long === "--home").length, 1);
    assert.equal(cmd.options.find((o) => o.long === "--home")!.defaultValue, ".localnet");
  });

  it("expands a leading ~ only", () => {
    assert.equal(expandHome("~"), homedir());
    assert.equal(expandHome("~/x/y"), join(homedir(), "x", "y"));
    assert.equal(expandHome("/a/~/b"), "/a/~/b");
    assert.equal(expandHome("~other"), "~other");
  });

  it("lets another command (tx bank send --from) get a signer from the same flags", async () => {
    const home = await homes.make();
    await (await openKeyring({ home, backend: "test" })).add("alice", { mnemonic: ABANDON_12 });
    let address = "";
    const root = program((r) => {
      const send = r
        .command("tx")
        .command("bank")
        .command("send")
        .argument("<to>")
        .requiredOption("--from <name>", "signing key");
      addKeyringOptions(send).action(async (_to: string, opts: { from: string }, cmd: Command) => {
        const signer = await (await openKeyringFromCommand(cmd)).signer(opts.from);
        address = (await signer.getAccounts())[0]!.address;
      });
    });
    await root.parseAsync(
      ["tx", "bank", "send", "strata1xyz", "--from", "alice", "--home", home, "--keyring-backend", "test"],
      { from: "user" },
    );
    assert.equal(address, ABANDON_12_ADDRESS);
  });
});
