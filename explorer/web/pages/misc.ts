/** The L3 page, search results and the not-found page. */
import type { L3Response, SearchResponse } from "../../shared/api.js";
import { get } from "../api.js";
import { h, link } from "../dom.js";
import { title } from "../ui.js";
import type { Page } from "./types.js";

/** L3 chains (none until the L2 has an L3 registry). */
export const l3Page: Page = async () => {
  const r = await get<L3Response>("l3");
  return {
    view: h(
      "div",
      { "data-testid": "l3-page" },
      title("L3 chains"),
      h("p", { class: "notice", "data-testid": "l3-message" }, r.message),
    ),
  };
};

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
