/** Block and transaction pages. */
import type { BlockResponse, EventJson, TxResponse } from "../../shared/api.js";
import { shortHash } from "../../shared/format.js";
import { looksLikeAddress } from "../../shared/search.js";
import { get, seg } from "../api.js";
import { type Child, fields, h, section, table } from "../dom.js";
import { accountLink, amount, badge, blockLink, code, sessionLink, taskLink, title, txLink } from "../ui.js";
import type { Page } from "./types.js";

/** A value with links where it names something the explorer has a page for. */
export function valueView(key: string, value: string): Child {
  if (looksLikeAddress(value) && !value.includes("valoper")) return accountLink(value, true);
  if (/^[0-9a-f]{64}$/.test(value) && /task|^id$/.test(key)) return taskLink(value, true);
  if (/^session/.test(key) && /^\d+$/.test(value)) return sessionLink(value);
  return h("span", { class: "break" }, value);
}

/** A list of events with their attributes. */
export function eventsView(events: EventJson[], testid: string): HTMLElement {
  if (events.length === 0) return h("p", { class: "empty", "data-testid": testid }, "no events");
  return h(
    "div",
    { "data-testid": testid },
    events.map((e) =>
      h(
        "details",
        { class: "event" },
        h("summary", {}, h("code", {}, e.type), ` (${e.attributes.length})`),
        fields(e.attributes.map((a) => [a.key, valueView(a.key, a.value)])),
      ),
    ),
  );
}

/** A decoded message as nested fields (objects expand, strings link where they can). */
function jsonView(key: string, v: unknown): Child {
  if (v === null || v === undefined) return h("span", { class: "muted" }, "–");
  if (Array.isArray(v)) {
    if (v.length === 0) return h("span", { class: "muted" }, "[]");
    return h(
      "ol",
      { class: "json" },
      v.map((x, i) => h("li", {}, jsonView(`${key}[${i}]`, x))),
    );
  }
  if (typeof v === "object")
    return fields(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, jsonView(k, x)]));
  return valueView(key, String(v));
}

/** The block page. */
export const blockPage: Page = async ([, chain, height]) => {
  const b = await get<BlockResponse>(`block/${seg(chain!)}/${seg(height!)}`);
  return {
    view: h(
      "div",
      { "data-testid": "block-page" },
      title(`${b.chain.toUpperCase()} block ${b.meta.height}`, b.chainId),
      h(
        "p",
        { class: "pager" },
        b.meta.height > 1 ? blockLink(b.chain, b.meta.height - 1) : null,
        " ← → ",
        blockLink(b.chain, b.meta.height + 1),
      ),
      fields([
        ["height", h("span", { "data-testid": "block-height" }, String(b.meta.height))],
        ["hash", h("code", { class: "break", "data-testid": "block-hash" }, b.meta.hash)],
        ["time", h("span", { "data-testid": "block-time" }, b.meta.time)],
        ["proposer", code(b.meta.proposer)],
        ["transactions", h("span", { "data-testid": "block-numtxs" }, String(b.meta.numTxs))],
        ["app hash (after the previous block)", code(b.appHash)],
        ["last commit hash", code(b.lastCommitHash)],
      ]),
      section(
        "Transactions",
        table(
          ["hash", "result", "gas used / wanted", "messages"],
          b.txs.map((t) => [
            txLink(b.chain, t.hash),
            t.code === 0 ? badge("OK") : badge(`FAILED`),
            `${t.gasUsed} / ${t.gasWanted}`,
            t.messages.map((m) => h("code", { class: "msg" }, m)),
          ]),
          "no transactions",
          "block-txs",
        ),
      ),
      section(
        "Signatures of the previous block",
        table(
          ["validator", "signed"],
          b.signatures.map((s) => [h("code", {}, shortHash(s.validator, 10)), s.signed ? "yes" : "no"]),
          "none (the first block)",
        ),
      ),
      section("Block events", eventsView(b.events, "block-events")),
    ),
  };
};

/** The transaction page. */
export const txPage: Page = async ([, chain, hash]) => {
  const t = await get<TxResponse>(`tx/${seg(chain!)}/${seg(hash!)}`);
  return {
    view: h(
      "div",
      { "data-testid": "tx-page" },
      title(`${t.chain.toUpperCase()} transaction`, h("code", { class: "break" }, t.hash)),
      fields([
        ["hash", h("code", { class: "break", "data-testid": "tx-hash" }, t.hash)],
        ["block", blockLink(t.chain, t.height)],
        ["index in block", String(t.index)],
        [
          "result",
          h(
            "span",
            { "data-testid": "tx-result" },
            t.code === 0
              ? badge("OK")
              : [badge("FAILED"), ` ${t.codespace}:${t.code} `, h("span", { class: "break" }, t.log)],
          ),
        ],
        ["gas used / wanted", h("span", { "data-testid": "tx-gas" }, `${t.gasUsed} / ${t.gasWanted}`)],
        ["fee", t.fee.amount.map((c) => amount(c.amount, c.denom)).join(", ") || "none"],
        ["gas limit", t.fee.gasLimit],
        ["memo", t.memo ? h("span", { class: "break" }, t.memo) : h("span", { class: "muted" }, "none")],
      ]),
      section(
        `Messages (${t.messages.length})`,
        h(
          "div",
          { "data-testid": "tx-messages" },
          t.messages.map((m) =>
            h(
              "div",
              { class: "message" },
              h("h3", {}, h("code", { "data-testid": "tx-msg-type" }, m.typeUrl)),
              jsonView("", m.value),
            ),
          ),
        ),
      ),
      section("Events", eventsView(t.events, "tx-events")),
    ),
  };
};
