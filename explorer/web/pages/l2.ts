/** Account, model, node, session and task pages. */
import type {
  AccountResponse,
  ModelResponse,
  ModelRow,
  NodeResponse,
  NodeRow,
  SessionResponse,
  SessionRow,
  TaskResponse,
} from "../../shared/api.js";
import { formatReputation, groupDigits } from "../../shared/format.js";
import { get, seg } from "../api.js";
import { fields, h, section, table } from "../dom.js";
import { linePlot } from "../plot.js";
import {
  accountLink,
  amount,
  badge,
  blockLink,
  code,
  modelLink,
  nodeLink,
  sessionLink,
  taskLink,
  title,
  txLink,
} from "../ui.js";
import type { Page } from "./types.js";

function sessionsTable(rows: SessionRow[], testid: string): HTMLElement {
  return table(
    ["id", "owner", "model", "status", "balance", "reserved", "spent", "tasks open / settled"],
    rows.map((s) => [
      sessionLink(s.id),
      accountLink(s.owner),
      modelLink(s.model),
      badge(s.status),
      amount(s.balance),
      amount(s.reserved),
      amount(s.spent),
      `${s.openTasks} / ${s.settledTasks}`,
    ]),
    "no sessions",
    testid,
  );
}

function nodesTable(rows: NodeRow[], testid: string): HTMLElement {
  return table(
    ["operator", "roles", "status", "stake", "reputation", "settled", "faulted", "slashed"],
    rows.map((x) => [
      nodeLink(x.operator),
      x.roles.join(", "),
      badge(x.status),
      amount(x.stake),
      formatReputation(x.reputation),
      String(x.tasksSettled),
      String(x.tasksFaulted),
      amount(x.slashedTotal),
    ]),
    "no nodes",
    testid,
  );
}

function modelsTable(rows: ModelRow[], testid: string): HTMLElement {
  return table(
    ["id", "status", "format", "weights sha256", "price in / out per 1k", "owner", "parent"],
    rows.map((m) => [
      modelLink(m.id),
      badge(m.status),
      `${m.format}${m.quantization ? ` ${m.quantization}` : ""}`,
      h("code", { title: m.weightsSha256 }, `${m.weightsSha256.slice(0, 16)}…`),
      `${amount(m.priceInputPer_1k)} / ${amount(m.priceOutputPer_1k)}`,
      accountLink(m.owner),
      m.parent ? modelLink(m.parent) : "–",
    ]),
    "no models",
    testid,
  );
}

/** The account page. */
export const accountPage: Page = async ([, address]) => {
  const a = await get<AccountResponse>(`account/${seg(address!)}`);
  return {
    view: h(
      "div",
      { "data-testid": "account-page" },
      title("Account", h("code", { class: "break" }, a.address)),
      a.node
        ? h(
            "p",
            {},
            "This account operates a node: ",
            nodeLink(a.node.operator),
            ` (${a.node.roles.join(", ")}, ${a.node.status})`,
          )
        : null,
      a.chains.map((c) =>
        section(
          `On ${c.key.toUpperCase()}`,
          c.up ? null : h("p", { class: "notice down" }, `${c.key.toUpperCase()} is down: ${c.error ?? ""}`),
          fields([
            [
              "balances",
              h(
                "span",
                { "data-testid": `${c.key}-balances` },
                c.balances.map((b) => amount(b.amount, b.denom)).join(", ") || "none",
              ),
            ],
            ["rewards", c.rewards.map((b) => amount(b.amount, b.denom)).join(", ") || "none"],
          ]),
          table(
            ["validator", "delegated"],
            c.delegations.map((d) => [code(d.validator), amount(d.amount.amount, d.amount.denom)]),
            "no delegations",
            `${c.key}-delegations`,
          ),
        ),
      ),
      section("Sessions it owns", sessionsTable(a.sessions, "account-sessions")),
    ),
  };
};

/** The models list. */
export const modelsPage: Page = async () => {
  const r = await get<{ models: ModelRow[] }>("models");
  return {
    view: h("div", {}, title("Models", "Every model version listed on L2."), modelsTable(r.models, "models")),
  };
};

/** A model version. */
export const modelPage: Page = async ([, id]) => {
  const r = await get<ModelResponse>(`model/${seg(id!)}`);
  const m = r.model;
  return {
    view: h(
      "div",
      { "data-testid": "model-page" },
      title(`Model ${m.id}`),
      fields([
        ["status", h("span", { "data-testid": "model-status" }, badge(m.status))],
        ["weights sha256", h("code", { class: "break", "data-testid": "model-digest" }, m.weightsSha256)],
        ["weights size", `${groupDigits(m.weightsSize)} bytes`],
        ["format", `${m.format} ${m.quantization}`],
        [
          "price per 1k input tokens",
          h("span", { "data-testid": "model-price-in" }, amount(m.priceInputPer_1k)),
        ],
        ["price per 1k output tokens", amount(m.priceOutputPer_1k)],
        ["owner", accountLink(m.owner, true)],
        ["license", m.license || "–"],
        ["visibility", m.visibility],
        ["published at", blockLink("l2", m.publishedHeight)],
        ["verified by", m.verifiedBy ? accountLink(m.verifiedBy, true) : "–"],
        ["verified at", m.verifiedHeight ? blockLink("l2", m.verifiedHeight) : "–"],
        ["deprecated at", m.deprecatedHeight ? blockLink("l2", m.deprecatedHeight) : "–"],
        ["parent", m.parent ? modelLink(m.parent) : "none"],
        ["storage", m.storageUris.map((u) => h("div", {}, code(u)))],
      ]),
      section("Lineage (parents)", modelsTable(r.lineage, "model-lineage")),
      section(`Versions of ${m.name}`, modelsTable(r.history, "model-history")),
    ),
  };
};

/** The nodes list. */
export const nodesPage: Page = async () => {
  const r = await get<{ nodes: NodeRow[] }>("nodes");
  return {
    view: h(
      "div",
      {},
      title("Nodes", "Routers, executors and guards registered on L2."),
      nodesTable(r.nodes, "nodes"),
    ),
  };
};

/** A node. */
export const nodePage: Page = async ([, address]) => {
  const r = await get<NodeResponse>(`node/${seg(address!)}`);
  const x = r.node;
  return {
    view: h(
      "div",
      { "data-testid": "node-page" },
      title("Node", h("code", { class: "break" }, x.operator)),
      fields([
        ["operator account", accountLink(x.operator, true)],
        ["roles", h("span", { "data-testid": "node-roles" }, x.roles.join(", "))],
        ["status", badge(x.status)],
        ["stake", h("span", { "data-testid": "node-stake" }, amount(x.stake))],
        ["reputation", h("span", { "data-testid": "node-reputation" }, formatReputation(x.reputation))],
        ["endpoint", x.endpoint ? code(x.endpoint) : "–"],
        ["models", x.models.map((m) => h("div", {}, modelLink(m)))],
        ["price per 1k tokens", amount(x.pricePer_1k)],
        ["tasks settled / faulted", `${x.tasksSettled} / ${x.tasksFaulted}`],
        ["slashed in all", amount(x.slashedTotal)],
        ["registered at", blockLink("l2", x.registeredHeight)],
        ["jailed until", x.jailedUntilHeight ? blockLink("l2", x.jailedUntilHeight) : "–"],
      ]),
      h(
        "div",
        { class: "plots" },
        linePlot(r.reputation, {
          title: "Reputation by L2 height",
          y: (v) => formatReputation(v),
          testid: "plot-reputation",
          step: true,
        }),
      ),
      section(
        `Recent tasks (L2 blocks ${r.window.fromHeight}–${r.window.toHeight})`,
        h(
          "p",
          {},
          "Earned in these tasks: ",
          h("strong", { "data-testid": "node-earned" }, amount(r.earned)),
        ),
        table(
          ["task", "as", "verdict", "earned", "slashed"],
          r.tasks.map((t) => [
            taskLink(t.id),
            t.roles.join(", "),
            t.verdict ? badge(t.verdict) : "pending",
            amount(t.earned),
            amount(t.slashed),
          ]),
          "no tasks in these blocks",
          "node-tasks",
        ),
      ),
      section(
        "Slashes",
        table(
          ["task", "amount", "reason", "jailed"],
          r.slashes.map((s) => [taskLink(s.task), amount(s.amount), s.reason, s.jailed ? "yes" : "no"]),
          "none in these blocks",
          "node-slashes",
        ),
      ),
    ),
  };
};

/** The sessions list. */
export const sessionsPage: Page = async () => {
  const r = await get<{ sessions: SessionRow[] }>("sessions");
  return {
    view: h(
      "div",
      {},
      title("Sessions", "Escrowed inference sessions on L2."),
      sessionsTable(r.sessions, "sessions"),
    ),
  };
};

/** A session. */
export const sessionPage: Page = async ([, id]) => {
  const r = await get<SessionResponse>(`session/${seg(id!)}`);
  const s = r.session;
  return {
    view: h(
      "div",
      { "data-testid": "session-page" },
      title(`Session ${s.id}`),
      fields([
        ["owner", accountLink(s.owner, true)],
        ["model", modelLink(s.model)],
        ["status", badge(s.status)],
        ["redundancy", String(s.redundancy)],
        ["balance", h("span", { "data-testid": "session-balance" }, amount(s.balance))],
        ["reserved", amount(s.reserved)],
        ["spent", h("span", { "data-testid": "session-spent" }, amount(s.spent))],
        ["deposited", amount(s.deposited)],
        ["opened at", blockLink("l2", s.openedHeight)],
        ["expires at", String(s.expiresHeight)],
        ["routers", s.routers.length ? s.routers.map((x) => h("div", {}, nodeLink(x))) : "any"],
      ]),
      section(
        "Tasks (latest 100)",
        table(
          ["task", "status", "recorded at", "verdict", "charge"],
          r.tasks.map((t) => [
            taskLink(t.id),
            badge(t.status),
            blockLink("l2", t.recordedHeight),
            t.verdict ?? "–",
            amount(t.charge),
          ]),
          "no tasks yet",
          "session-tasks",
        ),
      ),
    ),
  };
};

/** A task: receipts, reveals, scores, verdict, payments. */
export const taskPage: Page = async ([, id]) => {
  const { report: t, recordedTx, paymentsTotal } = await get<TaskResponse>(`task/${seg(id!)}`);
  return {
    view: h(
      "div",
      { "data-testid": "task-page" },
      title("Task", h("code", { class: "break", "data-testid": "task-id" }, t.id)),
      fields([
        ["status", h("span", { "data-testid": "task-status" }, badge(t.status))],
        ["session", sessionLink(t.sessionId)],
        ["router", nodeLink(t.router)],
        ["model", modelLink(t.model)],
        [
          "recorded at",
          [blockLink("l2", t.recordedHeight), recordedTx ? [" in ", txLink("l2", recordedTx)] : null],
        ],
        ["reveal deadline", String(t.revealDeadline)],
        ["verdict", h("span", { "data-testid": "task-verdict" }, t.verdict ? badge(t.verdict) : "pending")],
        ["verdict at", t.verdictHeight ? blockLink("l2", t.verdictHeight) : "–"],
        ["charge", h("span", { "data-testid": "task-charge" }, amount(t.settlement?.charge ?? null))],
        ["refunded to the session", amount(t.settlement?.refunded ?? null)],
        [
          "tokens in / out",
          t.settlement
            ? `${t.settlement.inputTokens} / ${t.settlement.outputTokens}`
            : t.receipts[0]
              ? `${t.receipts[0].inputTokens} / ${t.receipts[0].outputTokens}`
              : "–",
        ],
        ["settled at", t.settledHeight ? blockLink("l2", t.settledHeight) : "–"],
      ]),
      section(
        "Receipts",
        table(
          ["executor", "served", "model sha256", "prompt sha256", "tokens in / out", "revealed"],
          t.receipts.map((r) => [
            nodeLink(r.executor),
            r.served ? "served" : "redundant",
            h("code", { title: r.modelSha256 }, `${r.modelSha256.slice(0, 12)}…`),
            h("code", { title: r.promptSha256 }, `${r.promptSha256.slice(0, 12)}…`),
            `${r.inputTokens} / ${r.outputTokens}`,
            r.revealed ? "yes" : "no",
          ]),
          "no receipts",
          "task-receipts",
        ),
      ),
      section(
        "Reveals",
        table(
          ["executor", "output"],
          t.reveals.map((r) => [nodeLink(r.executor), h("pre", { class: "output" }, r.output)]),
          "no reveals yet",
          "task-reveals",
        ),
        t.missedReveals.length
          ? h(
              "p",
              {},
              "Missed reveals: ",
              t.missedReveals.map((m) => nodeLink(m)),
            )
          : null,
      ),
      section(
        `Guard scores (quorum ${t.quorum})`,
        h("p", {}, "Guards drawn: ", t.guards.length ? t.guards.map((g) => [nodeLink(g), " "]) : "none yet"),
        table(
          ["guard", "method", "at", "scores", "note"],
          t.scores.map((g) => [
            nodeLink(g.guard),
            h("code", { "data-testid": "score-method" }, g.method),
            blockLink("l2", g.height),
            g.scores.map((x) => h("div", {}, nodeLink(x.executor), `: ${x.score}`)),
            g.note || "–",
          ]),
          "no scores yet",
          "task-scores",
        ),
        t.faulty.length
          ? h(
              "p",
              {},
              "Faulty: ",
              t.faulty.map((f) => nodeLink(f)),
            )
          : null,
      ),
      section(
        "Payments",
        table(
          ["recipient", "role", "amount", "reason"],
          t.payments.map((p) => [
            p.role === "TREASURY" ? code(p.recipient) : accountLink(p.recipient),
            p.role,
            h("span", { "data-testid": "payment-amount", "data-amount": p.amount }, amount(p.amount)),
            p.reason,
          ]),
          t.settlement ? "no payments" : "not settled yet",
          "task-payments",
        ),
        t.payments.length
          ? h(
              "p",
              {},
              "Paid in all: ",
              h("strong", { "data-testid": "payments-total" }, amount(paymentsTotal)),
            )
          : null,
      ),
      section(
        "Slashes",
        table(
          ["node", "amount", "reason", "jailed"],
          t.slashes.map((s) => [nodeLink(s.node), amount(s.amount), s.reason, s.jailed ? "yes" : "no"]),
          "none",
          "task-slashes",
        ),
      ),
    ),
  };
};
