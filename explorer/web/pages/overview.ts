/** The overview: each chain's height, block time, validators and recent blocks, live; L2 activity. */
import type { BlockMeta, ChainOverview, OverviewResponse } from "../../shared/api.js";
import { formatDuration, formatRate, powerShare, shortHash, timeAgo } from "../../shared/format.js";
import { summarize } from "../../shared/series.js";
import { get } from "../api.js";
import { h, replace, section, table } from "../dom.js";
import { barPlot, linePlot } from "../plot.js";
import { blockLink, code, title } from "../ui.js";
import type { Page } from "./types.js";

function blockRow(chain: string, b: BlockMeta): HTMLTableRowElement {
  return h(
    "tr",
    { "data-testid": `${chain}-block-row`, "data-height": b.height },
    h("td", {}, blockLink(chain, b.height)),
    h("td", {}, h("code", {}, shortHash(b.hash))),
    h("td", {}, String(b.numTxs)),
    h("td", { title: b.time }, timeAgo(b.time, Date.now())),
  );
}

function chainCard(c: ChainOverview): {
  card: HTMLElement;
  onBlock(b: BlockMeta): void;
  onStatus(up: boolean, err?: string): void;
} {
  const height = h("span", { class: "big", "data-testid": `${c.key}-height` }, String(c.height));
  const state = h("span", { "data-testid": `${c.key}-state` });
  const setState = (up: boolean, err?: string) =>
    replace(
      state,
      up ? h("span", { class: "badge badge-up" }, "up") : h("span", { class: "badge badge-down" }, "down"),
      !up && err ? h("span", { class: "muted" }, ` ${err}`) : null,
    );
  setState(c.up, c.error);
  // The plots follow the live feed: each new block adds its interval and rate.
  const blockTime = [...c.blockTime];
  const txRate = [...c.txRate];
  let last = c.recent[0];
  const summary = h("p", { class: "muted" });
  const plots = h("div", { class: "plots" });
  const drawPlots = () => {
    const bt = summarize(blockTime);
    summary.textContent = `block time: mean ${formatDuration(bt.mean)}, last ${formatDuration(bt.last)}; tx/s mean ${formatRate(summarize(txRate).mean)}`;
    replace(
      plots,
      linePlot(blockTime, {
        title: "Block time (ms)",
        y: (v) => `${Math.round(v)}`,
        testid: `${c.key}-plot-blocktime`,
      }),
      linePlot(txRate, { title: "Transactions per second", testid: `${c.key}-plot-txrate` }),
    );
  };
  drawPlots();
  const tbody = h(
    "tbody",
    {},
    c.recent.map((b) => blockRow(c.key, b)),
  );
  const validators = c.validators.map((v) => [
    h("code", { title: v.address }, shortHash(v.address, 6)),
    v.moniker ?? "–",
    v.operator ? code(v.operator) : "–",
    v.power,
    powerShare(v.power, c.totalPower),
    v.signedLast ? "yes" : "no",
  ]);
  const card = h(
    "article",
    { class: "card", "data-testid": `chain-${c.key}` },
    h("h2", {}, `${c.key.toUpperCase()} `, h("span", { class: "muted" }, c.chainId)),
    h("p", {}, "height ", height, " ", state),
    summary,
    h("p", { class: "muted" }, "RPC ", h("code", {}, c.url)),
    h("h3", {}, "Validators"),
    table(
      ["address", "moniker", "operator", "power", "share", "signed last"],
      validators,
      "none reported",
      `${c.key}-validators`,
    ),
    h("h3", {}, "Recent blocks"),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { "data-testid": `${c.key}-blocks` },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ["height", "hash", "txs", "time"].map((t) => h("th", {}, t)),
          ),
        ),
        tbody,
      ),
    ),
    plots,
  );
  return {
    card,
    onBlock(b) {
      if (tbody.querySelector(`tr[data-height="${b.height}"]`)) return;
      tbody.prepend(blockRow(c.key, b));
      while (tbody.children.length > 20) tbody.lastElementChild?.remove();
      height.textContent = String(b.height);
      setState(true);
      if (last && b.height === last.height + 1) {
        const dt = Date.parse(b.time) - Date.parse(last.time);
        blockTime.push({ x: b.height, y: dt });
        txRate.push({ x: b.height, y: dt > 0 ? (b.numTxs * 1000) / dt : 0 });
        // As many points as the server keeps.
        if (blockTime.length > 300) blockTime.shift();
        if (txRate.length > 300) txRate.shift();
        drawPlots();
      }
      if (!last || b.height > last.height) last = b;
    },
    onStatus: setState,
  };
}

/** The overview page. */
export const overviewPage: Page = async () => {
  const o = await get<OverviewResponse>("overview");
  const cards = o.chains.map(chainCard);
  const byKey = new Map(o.chains.map((c, i) => [c.key, cards[i]!]));
  const activity = o.activity
    ? section(
        "L2 activity",
        h(
          "p",
          { class: "muted" },
          `${o.activity.tasks} tasks recorded in blocks ${o.activity.fromHeight}–${o.activity.toHeight}`,
        ),
        h(
          "div",
          { class: "plots" },
          linePlot(o.activity.tasksPerMinute, {
            title: "Tasks per minute",
            x: (v) => new Date(v).toISOString().slice(11, 16),
            testid: "plot-tasks",
          }),
          barPlot(o.activity.verdicts, { title: "Verdicts", testid: "plot-verdicts" }),
        ),
      )
    : null;
  return {
    view: h(
      "div",
      {},
      title("Network overview", "Each chain's tip, validators and latest blocks, live."),
      h(
        "div",
        { class: "cards" },
        cards.map((c) => c.card),
      ),
      activity,
    ),
    live(e) {
      const card = byKey.get(e.chain);
      if (!card) return;
      if (e.type === "block") card.onBlock(e.block);
      else card.onStatus(e.up, e.error);
    },
  };
};
