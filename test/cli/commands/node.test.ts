import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { homePaths, readConfig, writeConfig } from "../../../chain/core/node/index.js";
import { initHome } from "../../../cli/commands/node.js";
import { LAYERS, layerOf } from "../../../cli/layers.js";
import { strata } from "../../helpers/l1Node.js";

const PEER = `${"ab".repeat(20)}@127.0.0.1:26656`;

describe("strata init and start: layers and full nodes", function () {
  this.timeout(60_000);
  let root: string;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "strata-cli-node-"));
  });

  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("writes the layer (default l1) into config.json", async () => {
    const home = join(root, "v");
    const out = JSON.parse(await strata(["init", "--home", home, "--output", "json"]));
    assert.equal(out.layer, "l1");
    assert.equal(out.chainId, "strata-l1");
    assert.match(out.nodeId, /^[0-9a-f]{40}$/);
    assert.equal((await readConfig(home)).layer, "l1");
  });

  it("initialises a full node of an existing chain: the genesis is copied verbatim, peers configured", async () => {
    const source = homePaths(join(root, "v")).genesis;
    const home = join(root, "full");
    const out = await initHome({
      home,
      moniker: "full",
      fund: [],
      genesisFile: source,
      peers: [PEER],
      p2pPort: 0,
    });
    assert.equal(out.chainId, "strata-l1");
    assert.equal(await readFile(homePaths(home).genesis, "utf8"), await readFile(source, "utf8"));
    const config = await readConfig(home);
    assert.deepEqual(config.p2p.persistentPeers, [PEER]);
    assert.equal(config.p2p.port, 0);
    await assert.rejects(
      initHome({
        home: join(root, "bad"),
        moniker: "x",
        fund: [],
        genesisFile: source,
        operator: "strata1x",
      }),
      /--fund and --operator build a new genesis/,
    );
    await assert.rejects(
      initHome({ home: join(root, "bad"), moniker: "x", fund: [], genesisFile: source, chainId: "other" }),
      /--chain-id other differs from the genesis file's strata-l1/,
    );
  });

  it("refuses an unknown layer, at init and at start", async () => {
    assert.equal(layerOf("l1"), LAYERS.l1);
    const known = Object.keys(LAYERS).join(", ");
    assert.throws(() => layerOf("l9"), { message: `unknown layer "l9"; this build runs: ${known}` });
    // Only the table's own entries count, not inherited object keys.
    assert.throws(() => layerOf("toString"), /unknown layer "toString"/);
    await assert.rejects(strata(["init", "--home", join(root, "l9"), "--layer", "l9"]), /unknown layer "l9"/);
    const home = join(root, "v");
    await writeConfig(home, { ...(await readConfig(home)), layer: "l9" });
    await assert.rejects(strata(["start", "--home", home]), /error \[cli:10\]: unknown layer "l9"/);
  });
});
