import assert from "node:assert/strict";
import { KeyringErrorCode } from "../../../cli/keyring/index.js";
import { generateMnemonic, normalizeMnemonic } from "../../../cli/keyring/mnemonic.js";
import { ABANDON_12, keyringCode, LEGAL_24 } from "./fixtures.js";

describe("mnemonic", () => {
  it("generates distinct valid 24-word mnemonics", () => {
    const a = generateMnemonic();
    const b = generateMnemonic();
    assert.equal(a.split(" ").length, 24);
    assert.notEqual(a, b);
    assert.equal(normalizeMnemonic(a), a);
  });

  it("normalizes case, spacing and line breaks", () => {
    assert.equal(normalizeMnemonic(`\n ${LEGAL_24.toUpperCase().replaceAll(" ", "\t\n  ")} \r\n`), LEGAL_24);
  });

  it("rejects empty input, bad word counts, unknown words and bad checksums", () => {
    const bad = ["", "   ", "abandon", `${ABANDON_12} abandon`, ABANDON_12.replace("about", "aboutt")];
    for (const m of bad)
      assert.throws(() => normalizeMnemonic(m), keyringCode(KeyringErrorCode.invalidMnemonic));
    assert.throws(() => normalizeMnemonic(ABANDON_12.replace("about", "abandon")), /checksum/);
    assert.throws(() => normalizeMnemonic(ABANDON_12.replace("about", "aboutt")), /word #12/);
  });
});
