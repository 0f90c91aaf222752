import assert from "node:assert/strict";
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "mocha";
import { generateX25519KeyPair, L3CryptoError } from "../../../chain/l3-privacy/crypto/index.js";
import {
  custodyKeyPath,
  readCustodyKey,
  writeCustodyKey,
} from "../../../chain/l3-privacy/keyservice/index.js";
import {
  createL3,
  L3LaunchError,
  type L3Manifest,
  readMembersFile,
  recordL3InLocalnet,
} from "../../../localnet/l3/index.js";
import { account } from "./harness.js";

describe("L3 launch inputs and custody key files", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-l3-inputs-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const member = (name: string, role: string) => ({
    name,
    role,
    address: account(name).address,
    x25519PublicKey: Buffer.from(generateX25519KeyPair().publicKey).toString("base64"),
  });

  async function refused(content: unknown, pattern: RegExp): Promise<void> {
    const file = join(dir, "members.json");
    await writeFile(file, typeof content === "string" ? content : JSON.stringify(content));
    await assert.rejects(
      readMembersFile(file),
      (e) => e instanceof L3LaunchError && e.code === 2 && pattern.test(e.message),
    );
  }

  it("refuses a members.json without admins, with bad roles, keys, duplicates or thresholds", async () => {
    await refused("{not json", /cannot read/);
    await refused({ members: [member("a", "member")] }, /at least one admin/);
    await refused({ members: [member("a", "owner")] }, /role/);
    await refused({ members: [{ ...member("a", "admin"), x25519PublicKey: "AAAA" }] }, /32 bytes/);
    await refused(
      { members: [member("a", "admin"), { ...member("b", "member"), address: account("a").address }] },
      /twice/,
    );
    await refused({ adminThreshold: 2, members: [member("a", "admin")] }, /adminThreshold 2/);
    const file = join(dir, "members.json");
    await writeFile(file, JSON.stringify({ members: [member("a", "admin"), member("r", "router")] }));
    assert.equal((await readMembersFile(file)).members.length, 2);
  });

  it("refuses one validator (Shamir needs two custodians) before writing anything", async () => {
    const home = join(dir, "one");
    await assert.rejects(
      createL3({ name: "acme", membersFile: join(dir, "members.json"), home, validators: 1 }, () => {}),
      (e) => e instanceof L3LaunchError && /at least 2 custodians/.test(e.message),
    );
    await assert.rejects(stat(home));
  });

  it("writes custody keys 0600 and refuses to read one others can read", async () => {
    const pair = generateX25519KeyPair();
    await writeCustodyKey(dir, pair);
    assert.equal((await stat(custodyKeyPath(dir))).mode & 0o777, 0o600);
    assert.deepEqual((await readCustodyKey(dir)).publicKey, pair.publicKey);
    await chmod(custodyKeyPath(dir), 0o644);
    await assert.rejects(
      readCustodyKey(dir),
      (e) => e instanceof L3CryptoError && /readable by others/.test(e.message),
    );
  });
});

describe("L3 in a localnet manifest", () => {
  it("adds the L3's endpoints under l3Chains, keeps the other fields, replaces a same-name entry", async () => {
    const dir = await mkdtemp(join(tmpdir(), "strata-l3-localnet-"));
    try {
      await writeFile(join(dir, "localnet.json"), JSON.stringify({ version: 1, chains: { l1: {} } }));
      const m = {
        version: 1 as const,
        name: "acme",
        chainId: "acme-l3",
        home: "/x",
        custodyThreshold: 2,
        adminThreshold: 1,
        members: [],
        validators: [
          { rpc: "http://127.0.0.1:1" },
          { rpc: "http://127.0.0.1:2" },
        ] as L3Manifest["validators"],
      };
      await recordL3InLocalnet(dir, m);
      await recordL3InLocalnet(dir, { ...m, chainId: "acme-l3b" });
      const written = JSON.parse(await readFile(join(dir, "localnet.json"), "utf8"));
      assert.deepEqual(written.chains, { l1: {} });
      assert.deepEqual(written.l3Chains, [
        {
          name: "acme",
          chainId: "acme-l3b",
          home: "/x",
          rpc: ["http://127.0.0.1:1", "http://127.0.0.1:2"],
          custodyThreshold: 2,
        },
      ]);
      await assert.rejects(
        recordL3InLocalnet(join(dir, "none"), m),
        (e) => e instanceof L3LaunchError && e.code === 3,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
