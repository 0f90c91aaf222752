/** `strata query nodes list|show`. */
import { type Command, InvalidArgumentError } from "commander";
import { enumName, enumValue, type Node, NodeStatus, Role } from "../../../client/index.js";
import {
  addNodeOption,
  addPageOptions,
  lines,
  pageFrom,
  printPage,
  printShow,
  withClient,
} from "./common.js";

/** A node for output: enums by name, the receipt key in base64. */
function nodeView(n: Node) {
  return {
    ...n,
    roles: n.roles.map((r) => enumName(Role, r)),
    status: enumName(NodeStatus, n.status),
    pubkey: Buffer.from(n.pubkey).toString("base64"),
  };
}

function nodeText(n: ReturnType<typeof nodeView>): string {
  const hw = n.hardware;
  return lines([
    ["operator", n.operator],
    ["status", n.status],
    ["roles", n.roles.join(", ")],
    ["receipt key", n.pubkey],
    ["endpoint", n.endpoint || undefined],
    ["models", n.models.length > 0 ? n.models.join(", ") : "none"],
    ["capacity", n.capacity],
    ["price / 1k", `${n.pricePer_1k} ustra`],
    [
      "hardware",
      hw ? `${hw.cpu}, ${hw.cores} cores, ${hw.memoryBytes} bytes${hw.gpu ? `, ${hw.gpu}` : ""}` : undefined,
    ],
    ["stake", `${n.stake} ustra`],
    ["reputation", `${n.reputation} / 1000000`],
    ["registered at", n.registeredHeight],
    ["jailed until", n.jailedUntilHeight || undefined],
    ["unbonding at", n.unbondingHeight || undefined],
    ["tasks settled", n.tasksSettled],
    ["tasks faulted", n.tasksFaulted],
    ["slashed total", n.slashedTotal ? `${n.slashedTotal} ustra` : undefined],
  ]);
}

function enumParser(values: Record<string, number | string>, expected: string) {
  return (value: string): number => {
    const v = enumValue(values, value);
    if (!v) throw new InvalidArgumentError(`expected ${expected}`);
    return v;
  };
}

/** Registers `query nodes …` on the `query` command. */
export function registerNodesQuery(query: Command): void {
  const nodes = query.command("nodes").description("node registry (L2)");

  addNodeOption(
    nodes
      .command("show")
      .description("one node")
      .argument("<operator>", "the node's operator address (strata1…)"),
  ).action(async (operator: string, _opts, cmd: Command) => {
    const node = await withClient(cmd, (c) => c.query.nodes.node(operator));
    printShow(cmd, `node ${operator}`, node, nodeView, nodeText);
  });

  addNodeOption(
    addPageOptions(
      nodes
        .command("list")
        .description("nodes in operator order")
        .option(
          "--role <role>",
          "only nodes with this role: router, executor or guard",
          enumParser(Role, "router, executor or guard"),
        )
        .option("--model <id>", "only nodes serving this model version")
        .option(
          "--status <status>",
          "only this status: active, jailed, unbonding or unbonded",
          enumParser(NodeStatus, "active, jailed, unbonding or unbonded"),
        ),
    ),
  ).action(async (opts, cmd: Command) => {
    const r = await withClient(cmd, (c) =>
      c.query.nodes.list({
        ...(opts.role ? { role: opts.role } : {}),
        ...(opts.model ? { model: opts.model } : {}),
        ...(opts.status ? { status: opts.status } : {}),
        page: pageFrom(opts),
      }),
    );
    printPage(
      cmd,
      "nodes",
      r.nodes.map(nodeView),
      r.page,
      (n) =>
        `${n.operator}  ${n.status}  ${n.roles.join(",")}  stake ${n.stake}  reputation ${n.reputation}  ${n.endpoint}`,
    );
  });
}
