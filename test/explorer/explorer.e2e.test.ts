/**
 * The explorer in a real headless browser (Debian's chromium, driven by playwright-core) against
 * a real localnet: `strata localnet up` starts the explorer; each page shows what the chains'
 * RPC and queries return; new blocks appear without reload; search finds a task; a task's
 * payments sum to its charge; unknown ids show "not found"; a chain that goes down is shown down
 * and comes back; no user text runs as HTML. Screenshots go to tmp/explorer-screenshots/.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import {
  GasPrice,
  QueryClient,
  SigningStargateClient,
  StargateClient,
  setupStakingExtension,
} from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import OpenAI from "openai";
import { type Browser, chromium, type Page } from "playwright-core";
import { ed25519Generate } from "../../chain/core/crypto/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { connectStrataL2, type StrataL2Client, type TaskReport } from "../../client/index.js";
import {
  CONTENT_SECURITY_POLICY,
  type ExplorerProcess,
  format,
  spawnExplorerProcess,
} from "../../explorer/index.js";
import { createExplorerRegistry } from "../../explorer/server/decode.js";
import { type Localnet, type LocalnetManifest, localnetUp } from "../../localnet/index.js";
import { strataRun } from "../helpers/strataCli.js";
import { findChromium, NO_CHROMIUM_REASON, rpc, startProxy } from "./helpers.js";

const SCREENSHOTS = join(process.cwd(), "tmp", "explorer-screenshots");

describe("explorer in a headless browser over a real localnet", function () {
  this.timeout(300_000);
  let home: string;
  let net: Localnet | undefined;
  let manifest: LocalnetManifest;
  let browser: Browser | undefined;
  let page: Page;
  let explorer: string;
  let l1: string;
  let l2: string;
  let l2client: StrataL2Client | undefined;
  /** A settled task of the development session. */
  let settledTask: TaskReport;

  before(async function () {
    const executablePath = findChromium();
    if (!executablePath) {
      // Never silent: the reason is printed, and the tests show as pending.
      process.stdout.write(`    SKIPPED: explorer browser tests: ${NO_CHROMIUM_REASON}\n`);
      this.skip();
    }
    home = await mkdtemp(join(tmpdir(), "strata-explorer-"));
    net = await localnetUp({
      home,
      detach: false,
      accounts: 2,
      blockIntervalMs: 250,
      validators: 1,
      logger: nullLogger,
    });
    manifest = JSON.parse(await readFile(join(home, "localnet.json"), "utf8")) as LocalnetManifest;
    explorer = manifest.explorer!.url;
    l1 = manifest.chains.l1.rpc[0]!;
    l2 = manifest.chains.l2!.rpc[0]!;
    l2client = await connectStrataL2(l2);
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    l2client?.disconnect();
    await net?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  /** Opens an explorer path and waits until its page rendered. */
  const open = async (path: string, p: Page = page, base = explorer) => {
    await p.goto(`${base}${path}`);
    await p.waitForSelector("main[data-ready]");
  };
  const text = (testid: string, p: Page = page) => p.locator(`[data-testid="${testid}"]`).first().innerText();
  const shot = (name: string, p: Page = page) =>
    p.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it("is started by the localnet: its URL is in localnet.json and every answer carries the CSP", async () => {
    assert.match(explorer, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${explorer}/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-security-policy"), CONTENT_SECURITY_POLICY);
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
    const health = (await (await fetch(`${explorer}/health`)).json()) as {
      chains: Record<string, { up: boolean }>;
    };
    assert.deepEqual(Object.keys(health.chains).sort(), ["l1", "l2"]);
  });

  it("the overview shows each chain's validators and blocks as the RPC returns them, and new blocks arrive without a reload", async () => {
    await open("/");
    for (const [key, url] of [
      ["l1", l1],
      ["l2", l2],
    ] as const) {
      await page.waitForSelector(`[data-testid="${key}-block-row"]`);
      const vals = await rpc<{ validators: { address: string; voting_power: string }[] }>(
        url,
        "validators",
        {},
      );
      const table = await text(`${key}-validators`);
      for (const v of vals.validators) {
        assert.ok(
          table.includes(format.shortHash(v.address, 6)),
          `${key} validator ${v.address} in ${table}`,
        );
        assert.ok(table.includes(v.voting_power));
      }
      // The newest row is a block the chain has, with its hash.
      // (A locator is lazy: new rows arrive meanwhile, so the row is found again by its height.)
      const height = Number(
        await page.locator(`[data-testid="${key}-block-row"]`).first().getAttribute("data-height"),
      );
      const row = page.locator(`[data-testid="${key}-block-row"][data-height="${height}"]`);
      const b = await rpc<{ block_id: { hash: string } }>(url, "block", { height: String(height) });
      assert.ok((await row.innerText()).includes(format.shortHash(b.block_id.hash)));
      const status = await rpc<{ sync_info: { latest_block_height: string } }>(url, "status");
      assert.ok(height <= Number(status.sync_info.latest_block_height));
      assert.equal(await text(`${key}-state`), "up");
    }
    // No reload: a marker on the window survives while a newer block row appears.
    await page.evaluate("window.marker = 42");
    const top = Number(
      await page.locator('[data-testid="l1-block-row"]').first().getAttribute("data-height"),
    );
    // Polled (bounded): the page's CSP forbids eval, which waitForFunction needs; and a block
    // committed before the page's feed connected is never sent, so "top + 1" may never show.
    const newest = async () =>
      Number(await page.locator('[data-testid="l1-block-row"]').first().getAttribute("data-height"));
    const until = Date.now() + 60_000;
    while ((await newest()) <= top && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    assert.ok((await newest()) > top, "no new block row appeared");
    assert.equal(await page.evaluate("window.marker"), 42);
    assert.ok(Number(await text("l1-height")) > top);
    await shot("overview");
    const phone = await browser!.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await open("/", phone);
    await phone.waitForSelector('[data-testid="l1-block-row"]');
    // Readable on a phone: nothing wider than the screen but the tables' own scroll areas.
    const overflow = Number(await phone.evaluate("document.documentElement.scrollWidth - window.innerWidth"));
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than a phone screen`);
    await shot("overview-phone", phone);
    await phone.close();
  });

  it("block and transaction pages show a transfer as the chain decoded and executed it", async () => {
    const [dev0, dev1] = manifest.accounts;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(dev0!.mnemonic, { prefix: "strata" });
    const client = await SigningStargateClient.connectWithSigner(l1, wallet, {
      gasPrice: GasPrice.fromString("0.0025ustra"),
      broadcastPollIntervalMs: 200,
    });
    const sent = await client.sendTokens(
      dev0!.address,
      dev1!.address,
      [{ denom: "ustra", amount: "12345" }],
      "auto",
      "<b>memo</b>",
    );
    client.disconnect();
    const t = await rpc<{ tx_result: { gas_used: string; gas_wanted: string } }>(l1, "tx", {
      hash: `0x${sent.transactionHash}`,
    });

    await open(`/tx/l1/${sent.transactionHash}`);
    assert.equal(await text("tx-hash"), sent.transactionHash);
    assert.equal(await text("tx-msg-type"), "/cosmos.bank.v1beta1.MsgSend");
    assert.equal(await text("tx-gas"), `${t.tx_result.gas_used} / ${t.tx_result.gas_wanted}`);
    assert.equal(await text("tx-result"), "OK");
    const messages = await text("tx-messages");
    assert.ok(messages.includes("12345") && messages.includes(dev1!.address));
    // The memo is shown as text, not markup.
    assert.ok((await page.content()).includes("&lt;b&gt;memo&lt;/b&gt;"));
    await shot("tx");

    await open(`/block/l1/${sent.height}`);
    const b = await rpc<{ block_id: { hash: string }; block: { header: { time: string } } }>(l1, "block", {
      height: String(sent.height),
    });
    assert.equal(await text("block-hash"), b.block_id.hash);
    assert.equal(await text("block-time"), b.block.header.time);
    assert.ok((await text("block-txs")).includes(format.shortHash(sent.transactionHash)));
    await shot("block");

    // Search takes a transaction hash and a block hash too.
    await page.fill('[data-testid="search-input"]', sent.transactionHash.toLowerCase());
    await page.click('[data-testid="search-button"]');
    await page.waitForURL(`**/tx/l1/${sent.transactionHash}`);
    await open(`/search?q=${b.block_id.hash}`);
    await page.waitForURL(`**/block/l1/${sent.height}`);
    await page.waitForSelector('[data-testid="block-page"]');

    // The account page: balances as bank answers them, on both chains.
    await open(`/account/${dev1!.address}`);
    const q = await StargateClient.connect(l1);
    const balance = await q.getBalance(dev1!.address, "ustra");
    q.disconnect();
    assert.ok((await text("l1-balances")).includes(format.formatAmount(balance.amount, "ustra")));
    await shot("account");

    // A validator's operator account: its self-delegation as staking answers it.
    const op = manifest.accounts.find((a) => a.name === "validator-0-operator")!;
    const comet = await connectComet(l1);
    const staking = QueryClient.withExtensions(comet, setupStakingExtension);
    const dels = (await staking.staking.delegatorDelegations(op.address)).delegationResponses;
    comet.disconnect();
    assert.ok(dels.length > 0);
    await open(`/account/${op.address}`);
    const shown = await text("l1-delegations");
    for (const d of dels) {
      assert.ok(shown.includes(d.delegation.validatorAddress), shown);
      assert.ok(shown.includes(format.formatAmount(d.balance.amount)), shown);
    }
  });

  it("models, nodes and sessions pages show the L2 records", async () => {
    const q = l2client!.query;
    const m = (await q.models.list()).models[0]!;
    await open(`/model/${encodeURIComponent(m.id)}`);
    assert.equal(await text("model-digest"), m.weightsSha256);
    assert.equal(await text("model-status"), "VERIFIED");
    assert.equal(await text("model-price-in"), format.formatAmount(m.priceInputPer_1k));
    await shot("model");

    const nodes = (await q.nodes.list()).nodes;
    await open("/nodes");
    const list = await text("nodes");
    for (const x of nodes) assert.ok(list.includes(format.shortAddress(x.operator)), x.operator);
    await shot("nodes");
    const router = nodes.find((x) => x.endpoint === manifest.routers[0]!.url)!;
    await open(`/node/${router.operator}`);
    assert.equal(await text("node-stake"), format.formatAmount(router.stake));
    assert.equal(await text("node-reputation"), format.formatReputation(Number(router.reputation)));
    assert.equal(await text("node-roles"), "ROUTER, EXECUTOR");

    const s = (await q.sessions.session(manifest.sessions![0]!.id))!;
    await open(`/session/${s.id}`);
    assert.equal(await text("session-balance"), format.formatAmount(s.balance));
    await shot("session");
    await open("/sessions");
    assert.ok((await text("sessions")).includes(`#${s.id}`));

    // L3: none on a fresh localnet; then one registered through L2's l3registry shows with its
    // registration in the audit trail (headers are anchored by an L3's anchorer, not here).
    const none = (await (await fetch(`${explorer}/api/l3`)).json()) as {
      message: string;
      registered: boolean;
    };
    await open("/l3");
    assert.equal(await text("l3-message"), none.message);
    assert.equal(none.registered, false);
    const dev1 = manifest.accounts[1]!;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(dev1.mnemonic, { prefix: "strata" });
    const signer = await SigningStargateClient.connectWithSigner(l2, wallet, {
      registry: createExplorerRegistry(),
      gasPrice: GasPrice.fromString("0.0025ustra"),
      broadcastPollIntervalMs: 200,
    });
    const registered = await signer.signAndBroadcast(
      dev1.address,
      [
        {
          typeUrl: "/strata.l3registry.v1.MsgRegisterL3",
          value: {
            creator: dev1.address,
            chainId: "acme-l3-1",
            name: "acme",
            validators: [{ pubKey: ed25519Generate().key.pubKey, power: 10 }],
            admins: [dev1.address],
            genesisSha256: new Uint8Array(32).fill(7),
          },
        },
      ],
      "auto",
    );
    signer.disconnect();
    assert.equal(registered.code, 0, registered.rawLog);
    await open("/l3");
    assert.ok((await text("l3-chains")).includes("acme-l3-1"));
    await shot("l3");
    await page.click('a[href="/l3/acme-l3-1"]');
    await page.waitForSelector('[data-testid="l3-chain-page"]');
    assert.ok((await text("l3-audit")).includes(format.shortHash(registered.transactionHash)));
    assert.match(await text("l3-headers"), /no headers anchored yet/);
  });

  it("search finds a task by id, and the task page lists payments that sum to its charge", async () => {
    const session = manifest.sessions![0]!;
    const openai = new OpenAI({ baseURL: session.router, apiKey: session.apiKey, maxRetries: 0 });
    const res = await openai.chat.completions.create({
      model: session.model,
      messages: [{ role: "user", content: "hello <img src=x onerror=alert(1)>" }],
      max_tokens: 8,
      temperature: 0,
    });
    // Settlement takes a few blocks (reveal, guard score, verdict): bounded wait.
    const until = Date.now() + 120_000;
    let report: TaskReport | null = null;
    while (Date.now() < until) {
      report = await l2client!.taskReport(res.id).catch(() => null);
      if (report?.status === "SETTLED") break;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(report?.status, "SETTLED", `task ${res.id} did not settle: ${JSON.stringify(report)}`);
    settledTask = report!;

    await open("/");
    await page.fill('[data-testid="search-input"]', res.id);
    await page.click('[data-testid="search-button"]');
    await page.waitForURL(`**/task/${res.id}`);
    await page.waitForSelector('[data-testid="task-page"]');
    assert.equal(await text("task-id"), res.id);
    assert.equal(await text("task-status"), "SETTLED");
    assert.equal(await text("task-verdict"), settledTask.verdict);
    assert.equal(await text("task-charge"), format.formatAmount(settledTask.settlement!.charge));
    const amounts = await page
      .locator('[data-testid="payment-amount"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-amount") ?? ""));
    assert.equal(amounts.length, settledTask.payments.length);
    assert.ok(amounts.length > 0);
    assert.equal(
      amounts.reduce((s, a) => s + BigInt(a), 0n),
      BigInt(settledTask.settlement!.charge),
    );
    assert.deepEqual(
      amounts,
      settledTask.payments.map((p) => p.amount),
    );
    const scores = await text("task-scores");
    for (const g of settledTask.scores) assert.ok(scores.includes(g.method));
    await shot("task");

    // The executor's node page lists the task with what it earned there, and its reputation now.
    const exec = settledTask.receipts[0]!.executor;
    const earned = settledTask.payments
      .filter((p) => p.recipient === exec)
      .reduce((s, p) => s + BigInt(p.amount), 0n);
    await open(`/node/${exec}`);
    const row = page.locator('[data-testid="node-tasks"] tr', { hasText: format.shortHash(res.id) });
    assert.ok((await row.innerText()).includes(format.formatAmount(earned.toString())));
    const node = (await l2client!.query.nodes.node(exec))!;
    assert.equal(await text("node-reputation"), format.formatReputation(Number(node.reputation)));
    await shot("node");

    // The session id and the block height search too (several hits are listed).
    await open(`/search?q=${session.id}`);
    const hits = await text("search-hits");
    assert.ok(
      hits.includes(`session ${session.id}`) && hits.includes("L1 block") && hits.includes("L2 block"),
    );
  });

  it("an unknown hash, id or path shows a clear not-found page, and no user text runs as HTML", async () => {
    const zeros = "0".repeat(64);
    for (const path of [
      `/task/${zeros}`,
      `/tx/l2/${zeros}`,
      "/block/l1/999999999",
      "/session/999999",
      "/model/none@0",
      "/node/strata1ppw7yu87nk5vmfxlcuh8v48ggn80ap972klrp7",
      "/l3/no-such-chain",
      "/no/such/page",
    ]) {
      await open(path);
      assert.match(await text("not-found"), /Not found/, path);
    }
    await shot("not-found");
    await open(`/search?q=${encodeURIComponent(zeros)}`);
    assert.match(await text("not-found"), /Not found/);
    const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    await open(`/search?q=${encodeURIComponent(evil)}`);
    assert.equal(await page.evaluate("window.pwned"), undefined);
    assert.equal(await page.locator("main img, main script").count(), 0);
    assert.ok((await page.locator("main").innerText()).includes("<img src=x"));
    await open("/block/l1/not-a-height");
    assert.match(await text("bad-request"), /Not a valid request/);
  });

  it("strata explorer refuses a URL it cannot use, naming the flag", async () => {
    const r = await strataRun(["explorer", "--l1", "ftp://127.0.0.1:1", "--port", "0"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--l1/);
    const bad = await strataRun(["explorer", "--l1", l1, "--port", "70000"]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /--port/);
  });

  it("a chain that goes down is shown down, and the pages recover when it returns", async () => {
    // A second explorer reaches L1 through a proxy the test can cut.
    const proxy = await startProxy(l1);
    let proc: ExplorerProcess | undefined;
    const p = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      proc = await spawnExplorerProcess(["--l1", proxy.url, "--l2", l2, "--port", "0"]);
      const base = proc.info.url;
      await open("/", p, base);
      await p.locator('[data-testid="l1-state"]', { hasText: /^up$/ }).waitFor();
      await proxy.cut();
      await p.locator('[data-testid="l1-state"]', { hasText: /^down/ }).waitFor();
      await p.waitForSelector('[data-testid="status-l1"][data-up="false"]');
      // L2 stays up meanwhile.
      assert.equal(await p.locator('[data-testid="status-l2"]').getAttribute("data-up"), "true");
      await shot("chain-down", p);
      // A page that needs L1 says so, and shows itself once L1 answers again.
      await open("/block/l1/1", p, base);
      assert.match(await text("chain-down", p), /L1 is down/);
      await proxy.restore();
      await p.waitForSelector('[data-testid="block-page"]');
      assert.equal(await text("block-height", p), "1");
      await p.waitForSelector('[data-testid="status-l1"][data-up="true"]');
    } finally {
      await p.close();
      await proc?.stop();
      await proxy.close();
    }
  });
});
