import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  createPassphraseProvider,
  KeyringErrorCode,
  PASSPHRASE_ENV,
  readMnemonicInput,
  type SecretIO,
} from "../../../cli/keyring/index.js";
import { promptHidden } from "../../../cli/keyring/prompt.js";
import { keyringCode, tmpHomes } from "./fixtures.js";

/** A scripted terminal: each `answers` entry is typed (as one chunk) when a prompt starts. */
class FakeTty extends EventEmitter {
  readonly isTTY = true;
  isRaw = false;
  readonly written: string[] = [];
  constructor(private readonly answers: string[]) {
    super();
  }
  setRawMode(mode: boolean): void {
    this.isRaw = mode;
  }
  setEncoding(): void {}
  resume(): void {
    const next = this.answers.shift();
    if (next !== undefined) queueMicrotask(() => this.emit("data", next));
  }
  pause(): void {}
  [Symbol.asyncIterator](): AsyncIterator<string> {
    return { next: () => Promise.reject(new Error("a terminal is not read to the end")) };
  }
  io(): SecretIO {
    return { input: this, output: { write: (s: string) => this.written.push(s) } };
  }
}

function piped(text: string): SecretIO {
  return { input: Object.assign(Readable.from([text]), { isTTY: false }), output: { write: () => true } };
}

describe("secret input", () => {
  const homes = tmpHomes();
  after(() => homes.cleanup());

  describe("promptHidden", () => {
    it("returns what was typed, applies backspace, ignores escape sequences, echoes nothing", async () => {
      const tty = new FakeTty(["pas\u007fss word\r"]);
      const p = promptHidden("Passphrase: ", tty.io());
      assert.equal(await p, "pass word");
      assert.equal(tty.isRaw, false, "raw mode restored");
      assert.deepEqual(tty.written, ["Passphrase: ", "\n"]);
      const tty2 = new FakeTty([]);
      const p2 = promptHidden("? ", tty2.io());
      tty2.emit("data", "\u001b[A"); // arrow up
      tty2.emit("data", "o");
      tty2.emit("data", "k\n");
      assert.equal(await p2, "ok");
    });

    it("Ctrl-C cancels with promptCancelled and restores the terminal", async () => {
      const tty = new FakeTty(["abc\u0003"]);
      await assert.rejects(promptHidden("? ", tty.io()), keyringCode(KeyringErrorCode.promptCancelled));
      assert.equal(tty.isRaw, false);
      assert.equal(tty.listenerCount("data"), 0);
    });

    it("refuses to prompt when stdin is not a terminal", async () => {
      await assert.rejects(promptHidden("? ", piped("x")), keyringCode(KeyringErrorCode.inputUnreadable));
    });
  });

  describe("createPassphraseProvider", () => {
    it("prefers --passphrase-file over the environment; drops one trailing newline only", async () => {
      const file = join(await homes.make(), "pass");
      await writeFile(file, "  spaced pass \n");
      const provider = createPassphraseProvider({
        passphraseFile: file,
        env: { [PASSPHRASE_ENV]: "from-env" },
      });
      assert.equal(await provider("unlock"), "  spaced pass ");
    });

    it("uses $STRATA_KEYRING_PASSPHRASE next, ignoring an empty value", async () => {
      assert.equal(
        await createPassphraseProvider({ env: { [PASSPHRASE_ENV]: "from-env" } })("unlock"),
        "from-env",
      );
      const tty = new FakeTty(["typed\r"]);
      assert.equal(
        await createPassphraseProvider({ env: { [PASSPHRASE_ENV]: "" }, io: tty.io() })("unlock"),
        "typed",
      );
    });

    it("prompts twice for a new keyring and rejects a mismatch", async () => {
      const ok = new FakeTty(["new pass 1\r", "new pass 1\r"]);
      assert.equal(await createPassphraseProvider({ env: {}, io: ok.io() })("create"), "new pass 1");
      assert.equal(ok.written.filter((w) => w.includes("passphrase")).length, 2);
      const typo = new FakeTty(["new pass 1\r", "new pass 2\r"]);
      await assert.rejects(
        createPassphraseProvider({ env: {}, io: typo.io() })("create"),
        keyringCode(KeyringErrorCode.weakPassphrase),
      );
    });

    it("no file, no env and no terminal -> passphraseRequired naming every source", async () => {
      await assert.rejects(createPassphraseProvider({ env: {}, io: piped("") })("unlock"), (err: unknown) => {
        keyringCode(KeyringErrorCode.passphraseRequired)(err);
        assert.match((err as Error).message, /--passphrase-file.*STRATA_KEYRING_PASSPHRASE.*terminal/);
        return true;
      });
    });

    it("an unreadable passphrase file -> inputUnreadable", async () => {
      const provider = createPassphraseProvider({ passphraseFile: join(await homes.make(), "missing") });
      await assert.rejects(provider("unlock"), keyringCode(KeyringErrorCode.inputUnreadable));
    });
  });

  describe("readMnemonicInput", () => {
    it("reads a file, else piped stdin, else a hidden prompt", async () => {
      const file = join(await homes.make(), "m.txt");
      await writeFile(file, "word list\n");
      assert.equal(await readMnemonicInput(file, piped("ignored")), "word list");
      assert.equal(await readMnemonicInput(undefined, piped("from stdin\n")), "from stdin\n");
      const tty = new FakeTty(["typed words\r"]);
      assert.equal(await readMnemonicInput(undefined, tty.io()), "typed words");
      assert.ok(!tty.written.join("").includes("typed"), "the mnemonic is not echoed");
    });
  });
});
