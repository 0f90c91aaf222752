import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";

const BIN = new URL("../../bin/strata.js", import.meta.url).pathname;
const PACKAGE = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const run = promisify(execFile);

describe("strata --version", () => {
  for (const flag of ["--version", "-V"]) {
    it(`${flag} prints the package version and exits 0`, async () => {
      const { stdout, stderr } = await run(process.execPath, [BIN, flag]);
      assert.equal(stdout, `${PACKAGE.version}\n`);
      assert.equal(stderr, "");
    });
  }

  it("--help loads every command group and lists --version", async () => {
    const { stdout } = await run(process.execPath, [BIN, "--help"]);
    assert.match(stdout, /-V, --version\s+print the strata version/);
    assert.match(stdout, /\bnode\b|\binit\b/);
  });
});
