import assert from "node:assert/strict";
import { toBech32 } from "@cosmjs/encoding";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { parseUstra } from "../../../cli/commands/tx/common.js";
import { registerStakingTx } from "../../../cli/commands/tx/staking.js";

const VALOPER = toBech32("stratavaloper", new Uint8Array(20).fill(7));

/** A quiet `strata tx` program with the staking commands; actions never run on a refused argument. */
function program(ran: string[]): Command {
  const root = new Command("strata")
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: () => {} });
  const tx = root.command("tx").exitOverride();
  registerStakingTx(tx);
  for (const c of tx.commands) {
    c.exitOverride();
    for (const sub of c.commands) sub.exitOverride().hook("preAction", () => void ran.push(sub.name()));
  }
  return root;
}

describe("CLI ustra amounts (staking commands): canonical decimals only", () => {
  it("accepts canonical decimals, with or without the denom, unchanged", () => {
    assert.equal(parseUstra("1"), "1");
    assert.equal(parseUstra("0"), "0");
    assert.equal(parseUstra("1000000ustra"), "1000000");
    assert.equal(parseUstra(" 250 "), "250");
    assert.equal(parseUstra("9".repeat(40)), "9".repeat(40));
  });

  for (const bad of [
    "01",
    "00",
    "007ustra",
    "+1",
    "-1",
    "1.0",
    "1e3",
    "0x10",
    "1_000",
    "",
    "ustra",
    "1 ustra",
    "1uatom",
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      assert.throws(
        () => parseUstra(bad),
        (e: unknown) => e instanceof InvalidArgumentError && /canonical decimal/.test((e as Error).message),
      );
    });
  }

  it("refuses more than 40 digits", () => {
    assert.throws(() => parseUstra("1".repeat(41)), InvalidArgumentError);
  });

  for (const args of [
    ["delegate", "alice", VALOPER, "01"],
    ["unbond", "alice", VALOPER, "0100ustra"],
    ["redelegate", "alice", VALOPER, VALOPER, "01"],
  ]) {
    it(`tx staking ${args[0]} refuses "${args.at(-1)}" before signing anything`, async () => {
      const ran: string[] = [];
      await assert.rejects(
        program(ran).parseAsync(["tx", "staking", ...args], { from: "user" }),
        (e: unknown) =>
          e instanceof CommanderError &&
          e.code === "commander.invalidArgument" &&
          /canonical decimal/.test(e.message),
      );
      assert.deepEqual(ran, []);
    });
  }

  it("tx staking delegate passes a canonical amount through to the action", async () => {
    const ran: string[] = [];
    // The action then needs a keyring and a node: only reaching it is checked here.
    await program(ran)
      .parseAsync(
        [
          "tx",
          "staking",
          "delegate",
          "alice",
          VALOPER,
          "100",
          "--node",
          "http://127.0.0.1:1",
          "--home",
          "/nonexistent-strata-home",
        ],
        { from: "user" },
      )
      .catch(() => undefined);
    assert.deepEqual(ran, ["delegate"]);
  });
});
