/**
 * The explorer page: a header (navigation, search box, each chain's live state), a router over
 * the History API (every id is a real link), and the page views. Bundled by the server at start.
 */
import "./style.css";
import type { LiveEvent } from "../shared/api.js";
import { ApiError } from "./api.js";
import { h, link, replace } from "./dom.js";
import { onLive, startLive } from "./live.js";
import { blockPage, txPage } from "./pages/chain.js";
import {
  accountPage,
  modelPage,
  modelsPage,
  nodePage,
  nodesPage,
  sessionPage,
  sessionsPage,
  taskPage,
} from "./pages/l2.js";
import { l3ChainPage, l3Page, notFoundPage, searchPage } from "./pages/misc.js";
import { overviewPage } from "./pages/overview.js";
import type { Page } from "./pages/types.js";
import { errorView } from "./ui.js";

const ROUTES: [RegExp, Page][] = [
  [/^\/$/, overviewPage],
  [/^\/block\/([^/]+)\/([^/]+)$/, blockPage],
  [/^\/tx\/([^/]+)\/([^/]+)$/, txPage],
  [/^\/account\/([^/]+)$/, accountPage],
  [/^\/models$/, modelsPage],
  [/^\/model\/([^/]+)$/, modelPage],
  [/^\/nodes$/, nodesPage],
  [/^\/node\/([^/]+)$/, nodePage],
  [/^\/sessions$/, sessionsPage],
  [/^\/session\/([^/]+)$/, sessionPage],
  [/^\/task\/([^/]+)$/, taskPage],
  [/^\/l3$/, l3Page],
  [/^\/l3\/([^/]+)$/, l3ChainPage],
  [/^\/search$/, searchPage],
];

const main = h("main", { id: "main" });
const chainState = new Map<string, HTMLElement>();
const statusBar = h("div", { class: "status", "data-testid": "status-bar" });
let current: ((e: LiveEvent) => void) | undefined;
// Events that arrive while a page loads are replayed to it once it shows (no block is skipped).
let pending: LiveEvent[] | undefined;
// Re-render the page when the chain it failed on comes back.
let waitingFor: string | undefined;
let renderSeq = 0;

function setChain(chain: string, up: boolean, height: number): void {
  let pill = chainState.get(chain);
  if (!pill) {
    pill = h("span", { class: "pill", "data-testid": `status-${chain}` });
    chainState.set(chain, pill);
    statusBar.append(pill);
  }
  pill.className = `pill ${up ? "pill-up" : "pill-down"}`;
  pill.dataset.up = String(up);
  pill.textContent = `${chain.toUpperCase()} ${up ? `#${height}` : "down"}`;
}

async function render(): Promise<void> {
  const seq = ++renderSeq;
  const path = location.pathname;
  const query = new URLSearchParams(location.search);
  current = undefined;
  waitingFor = undefined;
  pending = [];
  const route = ROUTES.find(([re]) => re.test(path));
  const page = route ? route[1] : notFoundPage;
  const m = route ? (route[0].exec(path) ?? []).map((s) => safeDecode(s)) : [];
  replace(main, h("p", { class: "muted", "data-testid": "loading" }, "loading…"));
  try {
    const r = await page(m, query);
    if (seq !== renderSeq) return;
    if (r.redirect) return navigate(r.redirect, true);
    replace(main, r.view);
    current = r.live;
    for (const e of pending ?? []) current?.(e);
  } catch (err) {
    if (seq !== renderSeq) return;
    replace(main, errorView(err));
    if (err instanceof ApiError && err.status === 503) waitingFor = err.body.chain ?? "*";
  }
  pending = undefined;
  main.dataset.path = path;
  main.dataset.ready = String(seq);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Shows `path` (pushed to the history, or replacing the current entry). */
function navigate(path: string, replaceEntry = false): void {
  if (replaceEntry) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.scrollTo(0, 0);
  void render();
}

function layout(): HTMLElement {
  const input = h("input", {
    type: "search",
    name: "q",
    placeholder: "height, hash, address, task or session id",
    "aria-label": "search",
    "data-testid": "search-input",
  });
  const form = h(
    "form",
    {
      class: "search",
      action: "/search",
      onsubmit: (e: Event) => {
        e.preventDefault();
        const q = input.value.trim();
        if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
      },
    },
    input,
    h("button", { type: "submit", "data-testid": "search-button" }, "Search"),
  );
  return h(
    "div",
    { class: "shell" },
    h(
      "header",
      { class: "top" },
      h(
        "nav",
        {},
        link("/", h("strong", {}, "strata explorer")),
        link("/models", "models"),
        link("/nodes", "nodes"),
        link("/sessions", "sessions"),
        link("/l3", "L3"),
      ),
      form,
      statusBar,
    ),
    main,
  );
}

document.addEventListener("click", (e) => {
  const a = (e.target as Element | null)?.closest?.("a[data-link]") as HTMLAnchorElement | null;
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
  e.preventDefault();
  navigate(a.getAttribute("href") ?? "/");
});
window.addEventListener("popstate", () => void render());

onLive((e) => {
  if (e.type === "status") setChain(e.chain, e.up, e.height);
  else setChain(e.chain, true, e.block.height);
  if (pending) pending.push(e);
  else current?.(e);
  if (e.type === "status" && e.up && waitingFor && (waitingFor === "*" || waitingFor === e.chain))
    void render();
});

document.getElementById("app")?.replaceWith(layout());
startLive();
// The status bar starts from /health; the feed keeps it current.
fetch("/health")
  .then((r) => r.json())
  .then((hl: { chains: Record<string, { up: boolean; height: number }> }) => {
    for (const [k, v] of Object.entries(hl.chains)) if (!chainState.has(k)) setChain(k, v.up, v.height);
  })
  .catch(() => undefined);
void render();
