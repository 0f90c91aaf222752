import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { Command } from "commander";
import { register } from "../../../cli/commands/keys.js";
import { openKeyring } from "../../../cli/keyring/index.js";
import {
  ABANDON_12,
  ABANDON_12_ADDRESS,
  ABANDON_12_PUBKEY,
  LEGAL_24,
  LEGAL_24_ACCOUNTS,
  PASS,
  tmpHomes,
} from "../keyring/fixtures.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = join(ROOT, "bin", "strata.js");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/strata.js …` with `input` on stdin and without any inherited keyring passphrase. */
function strata(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (opts.env?.STRATA_KEYRING_PASSPHRASE === undefined) delete env.STRATA_KEYRING_PASSPHRASE;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? "");
  });
}

function ok(r: Run): Run {
  assert.equal(r.code, 0, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

/** `keys add/show --output json`. */
interface KeyJson {
  name: string;
  address: string;
  pubkey: string;
  type: string;
  mnemonic?: string;
}

/** Parses the stdout of a successful run (all of it must be JSON). */
function json<T = unknown>(r: Run): T {
  return JSON.parse(ok(r).stdout) as T;
}

/** Asserts a failed run printed `error [keyring:<code>]`. */
function fails(r: Run, code: number): void {
  assert.equal(r.code, 1, `expected failure, got exit ${r.code}: ${r.stdout}`);
  assert.match(r.stderr, new RegExp(`^error \\[keyring:${code}\\]: `, "m"));
}

describe("strata keys (CLI)", () => {
  const homes = tmpHomes();
  after(() => homes.cleanup());
  const test = (home: string) => ["--home", home, "--keyring-backend", "test"];

  it("every command has --help with examples; the test backend is flagged as unencrypted", () => {
    // In-process: rendering help needs no child process, and each spawn costs about a second
    const root = new Command("strata");
    register(root);
    const keys = root.commands.find((c) => c.name() === "keys")!;
    const help = (cmd: Command) => {
      let out = "";
      cmd.configureOutput({ writeOut: (s) => (out += s) }).outputHelp();
      return out;
    };
    const group = help(keys);
    assert.match(group, /UNENCRYPTED/);
    const subs = new Map(keys.commands.map((c) => [c.name(), c]));
    assert.deepEqual([...subs.keys()].sort(), ["add", "delete", "import", "list", "show"]);
    for (const [name, cmd] of subs) {
      const text = help(cmd);
      assert.match(text, new RegExp(`Usage: strata keys ${name}`));
      assert.match(text, /--home[\s\S]*--keyring-backend[\s\S]*--passphrase-file/, name);
      assert.match(text, /\$ strata keys /, `${name} has an example`);
    }
    assert.match(help(subs.get("add")!), /--recover[\s\S]*--mnemonic-file[\s\S]*UNENCRYPTED/);
    assert.match(help(subs.get("delete")!), /--yes/);
  });

  it("test backend: add prints the new mnemonic, then show / list / delete (--output json)", async () => {
    const home = await homes.make();
    const added = await strata(["keys", "add", "alice", ...test(home), "-o", "json"]);
    const key = json<KeyJson>(added);
    assert.equal(key.name, "alice");
    assert.equal(key.type, "local");
    const mnemonic = key.mnemonic ?? assert.fail("a new key's mnemonic is printed");
    assert.equal(mnemonic.split(" ").length, 24);
    assert.match(added.stderr, /UNENCRYPTED/);
    assert.match(added.stderr, /Important/);
    const ref = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "strata" });
    assert.equal((await ref.getAccounts())[0]!.address, key.address);

    const [shown, address, list] = await Promise.all([
      strata(["keys", "show", "alice", ...test(home), "-o", "json"]),
      strata(["keys", "show", "alice", "--address", ...test(home)]),
      strata(["-o", "json", "keys", "list", ...test(home)]),
    ]);
    const info = { name: "alice", address: key.address, pubkey: key.pubkey, type: "local" };
    assert.deepEqual(json(shown), info);
    assert.equal(ok(address).stdout, `${key.address}\n`);
    assert.deepEqual(json(list), [info]);

    assert.deepEqual(json(await strata(["keys", "delete", "alice", "--yes", ...test(home), "-o", "json"])), {
      deleted: true,
      name: "alice",
      address: key.address,
    });
  });

  it("recovers known mnemonics: add --recover from stdin, import --mnemonic-file (golden addresses)", async () => {
    const [h1, h2] = await Promise.all([homes.make(), homes.make()]);
    const mnemonicFile = join(h2, "legal.txt");
    await writeFile(mnemonicFile, `${LEGAL_24}\n`);
    const [recovered, imported] = await Promise.all([
      strata(["keys", "add", "bob", "--recover", ...test(h1), "-o", "json"], { input: `${ABANDON_12}\n` }),
      strata(["keys", "import", "carol", "--mnemonic-file", mnemonicFile, ...test(h2)]),
    ]);
    assert.deepEqual(json(recovered), {
      name: "bob",
      address: ABANDON_12_ADDRESS,
      pubkey: ABANDON_12_PUBKEY,
      type: "local",
    });
    assert.match(ok(imported).stdout, new RegExp(`address: ${LEGAL_24_ACCOUNTS[0].address}`));
    assert.doesNotMatch(imported.stdout, /legal|Important/, "a recovered mnemonic is never printed");
  });

  it("file backend: passphrase from --passphrase-file or env, encrypted at rest, typed errors", async () => {
    const home = await homes.make();
    const passFile = join(home, "pass.txt");
    await writeFile(passFile, `${PASS}\n`);
    const file = ["--home", home, "--keyring-kdf-cost", "10"];

    const alice = json<KeyJson>(
      await strata(
        ["keys", "add", "alice", "--recover", ...file, "--passphrase-file", passFile, "-o", "json"],
        {
          input: ABANDON_12,
        },
      ),
    );
    assert.equal(alice.address, ABANDON_12_ADDRESS);
    const stored = await readFile(join(home, "keyring-file", "alice.json"), "utf8");
    assert.ok(!stored.includes("abandon"), "the file backend must not store the mnemonic in clear");

    const [wrong, missing] = await Promise.all([
      strata(["keys", "add", "bob", ...file], { env: { STRATA_KEYRING_PASSPHRASE: "not it at all" } }),
      strata(["keys", "add", "bob", ...file]),
    ]);
    fails(wrong, 7);
    fails(missing, 6);
    assert.match(missing.stderr, /--passphrase-file.*STRATA_KEYRING_PASSPHRASE/);

    const keyring = await openKeyring({ home, backend: "file", passphrase: PASS });
    assert.equal(await keyring.exportMnemonic("alice"), ABANDON_12);
  });

  it("bad input: name, duplicate, unknown key, mnemonic, unconfirmed delete", async () => {
    const home = await homes.make();
    const keyring = await openKeyring({ home, backend: "test" });
    await keyring.add("alice", { mnemonic: ABANDON_12 });
    const [badName, duplicate, unknown, badMnemonic, noYes] = await Promise.all([
      strata(["keys", "add", "../evil", ...test(home)]),
      strata(["keys", "add", "alice", ...test(home)]),
      strata(["keys", "show", "ghost", ...test(home)]),
      strata(["keys", "add", "x", "--recover", ...test(home)], { input: "abandon abandon abandon\n" }),
      strata(["keys", "delete", "alice", ...test(home)]),
    ]);
    fails(badName, 1);
    fails(duplicate, 2);
    fails(unknown, 3);
    fails(badMnemonic, 4);
    assert.doesNotMatch(badMnemonic.stderr, /abandon/, "errors never echo the mnemonic");
    fails(noYes, 13);
    assert.equal((await keyring.list()).length, 1, "nothing added, nothing deleted");
  });
});
