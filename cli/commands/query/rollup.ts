/**
 * `strata query rollup list|show|batches|batch` (L1's registered child chains and their accepted
 * batches) and `strata query bridge deposits|withdrawals|escrow` (the L1 ↔ L2 bridge).
 */
import { toHex } from "@cosmjs/encoding";
import type { Command } from "commander";
import { StrataError } from "../../../chain/core/errors/index.js";
import { BatchHeaderSsz } from "../../../chain/core/rollup/types.js";
import {
  type BatchRecord,
  type BridgeDeposit,
  type Rollup,
  type StrataClient,
  type WithdrawalStatus,
  withdrawalStatuses,
} from "../../../client/index.js";
import { parseNodeUrl } from "../../nodeUrl.js";
import { outputFormat, printResult } from "../../output.js";
import { connectL2, parseUint } from "../tx/common.js";
import {
  addNodeOption,
  addPageOptions,
  jsonable,
  lines,
  pageFrom,
  printPage,
  printShow,
  withClient,
} from "./common.js";

/** Error codes of the rollup and bridge queries (codespace `cli`; 45–49 are theirs). */
export enum RollupQueryCode {
  /** No `--chain-id` and L1 has no registered chain, or several. */
  chainIdNeeded = 45,
}

/**
 * The chain id to query: `given`, or the only chain registered on L1.
 * @throws StrataError `cli:45` when none is given and L1 has none or several.
 */
async function chainIdFor(client: StrataClient, given: string | undefined): Promise<string> {
  if (given) return given;
  const { rollups } = await client.query.rollup.list({ limit: 2 });
  if (rollups.length === 1) return rollups[0]!.chainId;
  throw new StrataError(
    "cli",
    RollupQueryCode.chainIdNeeded,
    rollups.length === 0
      ? "no child chain is registered on this L1"
      : `several child chains are registered on this L1; pass --chain-id (\`strata query rollup list\` shows them)`,
  );
}

function rollupView(r: Rollup) {
  return {
    chainId: r.chainId,
    creator: r.creator,
    genesisSha256: toHex(r.genesisSha256),
    challengeWindowBlocks: r.challengeWindowBlocks,
    bond: r.bond,
    registeredHeight: r.registeredHeight,
    lastNumber: r.lastNumber,
    depositCount: r.depositCount,
    validators: r.validators.map((v) => ({
      pubKey: toHex(v.pubKey ?? new Uint8Array()),
      power: Number(v.power),
    })),
  };
}

function rollupText(r: ReturnType<typeof rollupView>): string {
  return lines([
    ["chain id", r.chainId],
    ["creator", r.creator],
    ["genesis sha256", r.genesisSha256],
    ["challenge window", `${r.challengeWindowBlocks} blocks`],
    ["bond", `${r.bond} ustra`],
    ["registered at", r.registeredHeight],
    ["last batch", r.lastNumber],
    ["deposits", r.depositCount],
    ["validators", r.validators.map((v) => `${v.pubKey} (${v.power})`).join(", ")],
  ]);
}

/** An accepted batch with its header decoded (hashes as hex). */
export function batchView(b: BatchRecord) {
  const h = BatchHeaderSsz.deserialize(b.header);
  return {
    chainId: b.chainId,
    number: Number(b.number),
    parentHeight: Number(b.parentHeight),
    submitter: b.submitter,
    headerRoot: toHex(b.headerRoot),
    header: {
      prevHeaderRoot: toHex(h.prevHeaderRoot),
      blockHash: toHex(h.blockHash),
      stateRoot: toHex(h.stateRoot),
      txRoot: toHex(h.txRoot),
      withdrawalRoot: toHex(h.withdrawalRoot),
      withdrawalCount: Number(h.withdrawalCount),
      depositCursor: Number(h.depositCursor),
      depositAccumulator: toHex(h.depositAccumulator),
      validatorSetRoot: toHex(h.validatorSetRoot),
      nextValidatorSetRoot: toHex(h.nextValidatorSetRoot),
      timeNs: h.timeNs.toString(),
    },
  };
}

function batchText(b: ReturnType<typeof batchView>): string {
  return lines([
    ["chain id", b.chainId],
    ["number", b.number],
    ["accepted at L1 height", b.parentHeight],
    ["submitter", b.submitter],
    ["header root", b.headerRoot],
    ["previous header root", b.header.prevHeaderRoot],
    ["block hash", b.header.blockHash],
    ["state root", b.header.stateRoot],
    ["tx root", b.header.txRoot],
    ["withdrawal root", b.header.withdrawalRoot],
    ["withdrawals", b.header.withdrawalCount],
    ["deposit cursor", b.header.depositCursor],
    ["deposit accumulator", b.header.depositAccumulator],
    ["validator set", b.header.validatorSetRoot],
    ["next validator set", b.header.nextValidatorSetRoot],
    ["time (ns)", b.header.timeNs],
  ]);
}

function depositView(d: BridgeDeposit) {
  return {
    chainId: d.chainId,
    nonce: Number(d.nonce),
    sender: d.sender,
    recipient: d.recipient,
    amount: d.amount,
    denom: d.denom,
    parentHeight: Number(d.parentHeight),
  };
}

/** A withdrawal with its status, as both outputs show it. */
function withdrawalView(s: WithdrawalStatus) {
  const w = s.withdrawal;
  return {
    index: Number(w.index),
    sender: w.sender,
    recipient: w.recipient,
    amount: w.amount,
    denom: w.denom,
    childHeight: Number(w.childHeight),
    status: s.status,
    ...(s.status === "waiting" || s.status === "claimable"
      ? { batchNumber: s.batchNumber, claimableHeight: s.claimableHeight }
      : {}),
    ...(s.status === "claimed"
      ? { batchNumber: Number(s.claim.batchNumber), claimedHeight: Number(s.claim.parentHeight) }
      : {}),
  };
}

function statusText(v: ReturnType<typeof withdrawalView>): string {
  switch (v.status) {
    case "pending":
      return "pending (in no accepted batch yet)";
    case "waiting":
      return `claimable after L1 height ${v.claimableHeight! - 1} (batch ${v.batchNumber})`;
    case "claimable":
      return `claimable (batch ${v.batchNumber})`;
    default:
      return `claimed at L1 height ${v.claimedHeight} (batch ${v.batchNumber})`;
  }
}

/** Registers `query rollup …` and `query bridge …` on the `query` command. */
export function registerRollupQuery(query: Command): void {
  const rollup = query.command("rollup").description("child chains registered on L1 and their batches (L1)");

  addNodeOption(
    addPageOptions(rollup.command("list").description("registered child chains in chain-id order")),
  ).action(async (opts, cmd: Command) => {
    const r = await withClient(cmd, (c) => c.query.rollup.list(pageFrom(opts)));
    printPage(
      cmd,
      "rollups",
      r.rollups.map(rollupView),
      r.page,
      (x) =>
        `${x.chainId}  last batch ${x.lastNumber}  window ${x.challengeWindowBlocks}  deposits ${x.depositCount}`,
    );
  });

  addNodeOption(
    rollup.command("show").description("one registered child chain").argument("<chain-id>", "child chain id"),
  ).action(async (chainId: string, _opts, cmd: Command) => {
    const r = await withClient(cmd, (c) => c.query.rollup.rollup(chainId));
    printShow(cmd, `rollup ${chainId}`, r, rollupView, rollupText);
  });

  addNodeOption(
    addPageOptions(
      rollup
        .command("batches")
        .description("accepted batches in number order")
        .option("--chain-id <id>", "child chain id (default: the only registered one)")
        .option("--from <n>", "from this batch number", parseUint),
    ),
  ).action(async (opts, cmd: Command) => {
    const r = await withClient(cmd, async (c) => {
      const chainId = await chainIdFor(c, opts.chainId);
      return c.query.rollup.batches(chainId, {
        ...(opts.from !== undefined ? { fromNumber: opts.from } : {}),
        page: pageFrom(opts),
      });
    });
    printPage(
      cmd,
      "batches",
      r.batches.map(batchView),
      r.page,
      (b) =>
        `${b.number}  L1 height ${b.parentHeight}  withdrawals ${b.header.withdrawalCount}  deposits ${b.header.depositCursor}  state ${b.header.stateRoot.slice(0, 16)}…`,
    );
  });

  addNodeOption(
    rollup
      .command("batch")
      .description("one accepted batch, its header decoded")
      .argument("<number>", "batch number (the child block height)", parseUint)
      .option("--chain-id <id>", "child chain id (default: the only registered one)"),
  ).action(async (number: number, opts, cmd: Command) => {
    const { chainId, batch } = await withClient(cmd, async (c) => {
      const chainId = await chainIdFor(c, opts.chainId);
      return { chainId, batch: await c.query.rollup.batch(chainId, number) };
    });
    printShow(cmd, `batch ${number} of ${chainId}`, batch, batchView, batchText);
  });

  const bridge = query.command("bridge").description("the L1 ↔ L2 bridge: deposits, withdrawals, escrow");

  addNodeOption(
    addPageOptions(
      bridge
        .command("deposits")
        .description("deposits locked on L1 sent by or to an address (ask an L1 node)")
        .argument("<address>", "sender or recipient (strata1…)")
        .option("--chain-id <id>", "child chain id (default: the only registered one)"),
    ),
  ).action(async (address: string, opts, cmd: Command) => {
    const r = await withClient(cmd, async (c) => {
      const chainId = await chainIdFor(c, opts.chainId);
      return c.query.bridge.deposits(chainId, { address, page: pageFrom(opts) });
    });
    printPage(
      cmd,
      "deposits",
      r.deposits.map(depositView),
      r.page,
      (d) => `${d.nonce}  ${d.amount} ${d.denom}  ${d.sender} → ${d.recipient}  L1 height ${d.parentHeight}`,
    );
  });

  addPageOptions(
    bridge
      .command("withdrawals")
      .description(
        "withdrawals burned on an L2 sent by or to an address, each with its status: pending, claimable after L1 height H, claimable, claimed",
      )
      .argument("<address>", "sender (L2) or recipient (L1) (strata1…)")
      .requiredOption("--l1 <url>", "L1 node RPC URL", parseNodeUrl)
      .requiredOption("--l2 <url>", "L2 node RPC URL", parseNodeUrl),
  ).action(async (address: string, opts, cmd: Command) => {
    const l1 = await connectL2(opts.l1);
    try {
      const l2 = await connectL2(opts.l2);
      try {
        const r = await l2.query.l2bridge.withdrawals({ address, page: pageFrom(opts) });
        const statuses = await withdrawalStatuses(l1, l2, r.withdrawals);
        printPage(cmd, "withdrawals", statuses.map(withdrawalView), r.page, (w) =>
          [`${w.index}  ${w.amount} ${w.denom}  ${w.sender} → ${w.recipient}`, statusText(w)].join("  "),
        );
      } finally {
        l2.disconnect();
      }
    } finally {
      l1.disconnect();
    }
  });

  addNodeOption(
    bridge
      .command("escrow")
      .description("L1's bridge escrow for a child chain: deposited, claimed, escrowed (ask an L1 node)")
      .option("--chain-id <id>", "child chain id (default: the only registered one)"),
  ).action(async (opts, cmd: Command) => {
    const r = await withClient(cmd, async (c) => {
      const chainId = await chainIdFor(c, opts.chainId);
      return { chainId, ...(await c.query.bridge.escrow(chainId)) };
    });
    const view = { chainId: r.chainId, escrowed: r.escrowed, deposited: r.deposited, claimed: r.claimed };
    printResult(outputFormat(cmd), jsonable(view), () =>
      lines([
        ["chain id", view.chainId],
        ["escrowed", `${view.escrowed} ustra`],
        ["deposited", `${view.deposited} ustra`],
        ["claimed", `${view.claimed} ustra`],
      ]),
    );
  });
}
