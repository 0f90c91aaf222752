/** The L3 page, search results and the not-found page. */
import type { L3ChainResponse, L3ChainRow, L3Response, SearchResponse } from "../../shared/api.js";
import { shortHash } from "../../shared/format.js";
import { get, seg } from "../api.js";
import { fields, h, link, section, table } from "../dom.js";
import { accountLink, blockLink, code, title, txLink } from "../ui.js";
import type { Page } from "./types.js";

/** L3 chains registered on L2, or a notice that there are none. */
export const l3Page: Page = async () => {
  const r = await get<L3Response>("l3");
  return {
    view: h(
      "div",
      { "data-testid": "l3-page" },
      title("L3 chains", "Private chains anchored on L2: only their headers (commitments) are public."),
      h("p", { class: "notice", "data-testid": "l3-message" }, r.message),
      r.registered
        ? table(
            ["chain", "name", "creator", "registered at", "headers anchored", "validators"],
            r.chains.map((c) => [
              link(`/l3/${seg(c.chainId)}`, c.chainId),
              c.name,
              accountLink(c.creator),
              blockLink("l2", c.registeredHeight),
              String(c.lastNumber),
              String(c.validators.length),
            ]),
            "none",
            "l3-chains",
          )
        : null,
    ),
  };
};

/** One L3 chain: its registration, anchored headers and audit trail on L2. */
export const l3ChainPage: Page = async ([, id]) => {
  const r = await get<L3ChainResponse>(`l3/${seg(id!)}`);
  const c = r.chain;
  return {
    view: h(
      "div",
      { "data-testid": "l3-chain-page" },
      title(
        `L3 chain ${c ? c.chainId : id}`,
        c ? c.name : "not registered on L2 (read from its --l3 node only)",
      ),
      c ? l3Registration(c, r) : null,
      l3Log(r),
    ),
  };
};

/** An L3's registration, anchored headers and audit trail on L2. */
function l3Registration(c: L3ChainRow, r: L3ChainResponse): HTMLElement {
  return h(
    "div",
    {},
    fields([
      ["creator", accountLink(c.creator, true)],
      ["admins", c.admins.length ? c.admins.map((a) => h("div", {}, accountLink(a, true))) : "none"],
      ["genesis sha256", code(c.genesisSha256)],
      ["registered at", blockLink("l2", c.registeredHeight)],
      ["last anchored header", String(c.lastNumber)],
      [
        "validators",
        c.validators.map((v) => h("div", {}, h("code", {}, shortHash(v.pubKey)), ` power ${v.power}`)),
      ],
    ]),
    section(
      "Anchored headers (latest 20)",
      table(
        ["number", "L3 height", "L3 time", "app hash", "header root", "anchored at L2", "submitter"],
        r.headers.map((x) => [
          String(x.number),
          x.height === null ? "–" : String(x.height),
          x.time ?? "–",
          x.appHash ? h("code", { title: x.appHash }, shortHash(x.appHash)) : "–",
          h("code", { title: x.headerRoot }, shortHash(x.headerRoot)),
          blockLink("l2", x.l2Height),
          accountLink(x.submitter),
        ]),
        "no headers anchored yet",
        "l3-headers",
      ),
    ),
    section(
      "Audit trail on L2",
      table(
        ["event", "L2 block", "transaction"],
        r.audit.map((a) => [a.kind, blockLink("l2", a.height), txLink("l2", a.tx)]),
        "none found",
        "l3-audit",
      ),
    ),
  );
}

/** The L3's own audit log (from an --l3 node), or why it is not shown. */
function l3Log(r: L3ChainResponse): HTMLElement {
  return section(
    "Audit log on the L3 (membership and key changes; public metadata only)",
    h(
      "p",
      {
        class: r.l3.state === "ok" ? "notice" : `notice ${r.l3.state === "down" ? "down" : ""}`,
        "data-testid": "l3-log-message",
      },
      r.l3.message,
    ),
    r.l3.epoch
      ? fields([
          ["current epoch", String(r.l3.epoch.number)],
          ["started at L3 height", String(r.l3.epoch.startHeight)],
          ["threshold", String(r.l3.epoch.threshold)],
          ["reason", r.l3.epoch.reason || "–"],
        ])
      : null,
    r.l3.state === "ok"
      ? table(
          ["seq", "L3 height", "kind", "actor", "subject", "role", "epoch", "ref", "detail"],
          r.l3.rows.map((a) => [
            String(a.seq),
            String(a.height),
            a.kind,
            a.actor || "–",
            a.subject || "–",
            a.role || "–",
            String(a.epoch),
            a.refId ? String(a.refId) : "–",
            a.detail || "–",
          ]),
          "no audit entries",
          "l3-log",
        )
      : null,
  );
}

/** Search results: one hit navigates straight to it (see main.ts); several are listed. */
export const searchPage: Page = async (_m, query) => {
  const q = query.get("q") ?? "";
  const r = await get<SearchResponse>(`search?q=${encodeURIComponent(q)}`);
  if (r.hits.length === 1) return { view: h("div", {}), redirect: r.hits[0]!.path };
  return {
    view: h(
      "div",
      { "data-testid": "search-page" },
      title("Search", `“${r.query}”`),
      r.down.length
        ? h("p", { class: "notice down" }, `Not asked (down): ${r.down.join(", ").toUpperCase()}`)
        : null,
      r.hits.length === 0
        ? h(
            "div",
            { class: "notice notfound", "data-testid": "not-found" },
            h("h1", {}, "Not found"),
            h(
              "p",
              {},
              `Nothing on the chains matches “${r.query}”. Search takes a block height, a block or transaction hash, an address, a task id (64 hex), a session id or a model id (name@version).`,
            ),
          )
        : h(
            "ul",
            { "data-testid": "search-hits" },
            r.hits.map((x) => h("li", {}, link(x.path, x.label))),
          ),
    ),
  };
};

/** A path the explorer has no page for. */
export const notFoundPage: Page = async () => ({
  view: h(
    "div",
    { class: "notice notfound", "data-testid": "not-found" },
    h("h1", {}, "Not found"),
    h("p", {}, `There is no page at ${location.pathname}.`),
    h("p", {}, link("/", "Back to the overview")),
  ),
});
