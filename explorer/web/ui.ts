/** Links for every id, and the views shared by pages (errors, status pills). */
import { formatAmount, shortAddress, shortHash } from "../shared/format.js";
import { ApiError, seg } from "./api.js";
import { type Child, h, link } from "./dom.js";

/** A block link. */
export const blockLink = (chain: string, height: number | string): HTMLElement | string =>
  Number(height) === 0 ? "genesis" : link(`/block/${seg(chain)}/${seg(height)}`, String(height));
/** A transaction link. */
export const txLink = (chain: string, hash: string, full = false): HTMLElement =>
  link(`/tx/${seg(chain)}/${seg(hash)}`, h("code", {}, full ? hash : shortHash(hash)));
/** An account link (shortened unless `full`). */
export const accountLink = (address: string, full = false): HTMLElement | string =>
  address ? link(`/account/${seg(address)}`, h("code", {}, full ? address : shortAddress(address))) : "–";
/** A node link. */
export const nodeLink = (address: string): HTMLElement | string =>
  address ? link(`/node/${seg(address)}`, h("code", {}, shortAddress(address))) : "–";
/** A task link. */
export const taskLink = (id: string, full = false): HTMLElement =>
  link(`/task/${seg(id)}`, h("code", {}, full ? id : shortHash(id)));
/** A session link. */
export const sessionLink = (id: number | string): HTMLElement => link(`/session/${seg(id)}`, `#${id}`);
/** A model link. */
export const modelLink = (id: string): HTMLElement | string => (id ? link(`/model/${seg(id)}`, id) : "–");
/** An amount of ustra. */
export const amount = (v: string | null | undefined, denom = "ustra"): string =>
  v == null ? "–" : formatAmount(v, denom);
/** A status word with a colour class. */
export const badge = (word: string): HTMLElement =>
  h("span", { class: `badge badge-${word.toLowerCase()}` }, word);
/** A hash shown in full, breakable. */
export const code = (text: string): HTMLElement => h("code", { class: "break" }, text || "–");

/** The page for a failed API call: not found, bad input, a chain that is down, or another failure. */
export function errorView(err: unknown): HTMLElement {
  if (err instanceof ApiError) {
    if (err.status === 404)
      return h(
        "div",
        { class: "notice notfound", "data-testid": "not-found" },
        h("h1", {}, "Not found"),
        h("p", {}, err.body.message),
        h("p", {}, link("/", "Back to the overview")),
      );
    if (err.status === 503)
      return h(
        "div",
        { class: "notice down", "data-testid": "chain-down" },
        h("h1", {}, `${(err.body.chain ?? "a chain").toUpperCase()} is down`),
        h("p", {}, err.body.message),
        h("p", {}, "This page reloads by itself when the chain answers again."),
      );
    if (err.status === 400)
      return h(
        "div",
        { class: "notice", "data-testid": "bad-request" },
        h("h1", {}, "Not a valid request"),
        h("p", {}, err.body.message),
      );
    return h(
      "div",
      { class: "notice", "data-testid": "error" },
      h("h1", {}, "Something failed"),
      h("p", {}, err.body.message),
    );
  }
  return h(
    "div",
    { class: "notice down", "data-testid": "explorer-down" },
    h("h1", {}, "The explorer does not answer"),
    h("p", {}, String((err as Error)?.message ?? err)),
  );
}

/** A page heading with an optional subtitle. */
export function title(text: string, ...sub: Child[]): HTMLElement {
  return h(
    "header",
    { class: "page-title" },
    h("h1", {}, text),
    sub.length ? h("p", { class: "muted" }, ...sub) : null,
  );
}
