/**
 * Building the page's DOM. Text is only ever set as text nodes (`textContent`), never parsed as
 * markup: no function here accepts HTML, so no chain value or search string can become code.
 */

/** What an element may contain. */
export type Child = Node | string | number | bigint | null | undefined | false | Child[];

/** Attributes; functions become event listeners (`onclick`), `false`/`undefined` are left out. */
export type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

function append(el: Element, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(el, c);
    return;
  }
  el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

function setAttrs(el: Element, attrs: Attrs | undefined): void {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and children. */
export function s(tag: string, attrs?: Attrs, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** An in-app link to an explorer path (always same-origin: `path` must start with one `/`). */
export function link(path: string, ...children: Child[]): HTMLAnchorElement {
  const safe = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  return h("a", { href: safe, "data-link": true }, ...(children.length ? children : [path]));
}

/** Replaces every child of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A two-column list of labelled values. */
export function fields(rows: [string, Child][]): HTMLElement {
  return h(
    "dl",
    { class: "fields" },
    rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
  );
}

/** A table that scrolls sideways on narrow screens; `rows` empty shows `empty`. */
export function table(head: string[], rows: Child[][], empty = "none", testid?: string): HTMLElement {
  if (rows.length === 0) return h("p", { class: "empty", "data-testid": testid }, empty);
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { "data-testid": testid },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          head.map((c) => h("th", {}, c)),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map((r) =>
          h(
            "tr",
            {},
            r.map((c) => h("td", {}, c)),
          ),
        ),
      ),
    ),
  );
}

/** A titled section. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return h("section", {}, h("h2", {}, title), ...children);
}
