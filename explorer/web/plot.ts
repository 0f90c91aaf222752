/**
 * Small SVG plots (a line over points, bars over labels), drawn with DOM calls only. They scale to
 * their container's width through the viewBox.
 */
import type { Point } from "../shared/series.js";
import { h, s } from "./dom.js";

const W = 600;
const H = 180;
const PAD = { left: 48, right: 8, top: 10, bottom: 24 };

/** Options of a plot. */
export interface PlotOptions {
  title: string;
  /** Formats a y value for the axis labels. */
  y?: (v: number) => string;
  /** Formats an x value for the axis labels. */
  x?: (v: number) => string;
  testid?: string;
  /** Draw steps (the value holds until the next point), e.g. a reputation that changes at settlements. */
  step?: boolean;
}

function frame(opts: PlotOptions, body: SVGElement[], caption: string): HTMLElement {
  return h(
    "figure",
    { class: "plot", "data-testid": opts.testid },
    h("figcaption", {}, opts.title, h("span", { class: "muted" }, caption)),
    s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": opts.title }, ...body),
  );
}

/** A line plot of `points` (empty: a note that there is no data yet). */
export function linePlot(points: readonly Point[], opts: PlotOptions): HTMLElement {
  const fy = opts.y ?? ((v: number) => String(Math.round(v * 100) / 100));
  const fx = opts.x ?? ((v: number) => String(v));
  if (points.length === 0)
    return frame(
      opts,
      [s("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "axis" }, "no data yet")],
      "",
    );
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(0, ...ys);
  const y1 = Math.max(...ys) || 1;
  const px = (x: number) => PAD.left + (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const py = (y: number) => H - PAD.bottom - ((y - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const d = points
    .map((p, i) =>
      i === 0
        ? `M${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`
        : opts.step
          ? `H${px(p.x).toFixed(1)} V${py(p.y).toFixed(1)}`
          : `L${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`,
    )
    .join(" ");
  const last = points[points.length - 1]!;
  return frame(
    opts,
    [
      s("line", { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: "grid" }),
      s("line", { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom, class: "grid" }),
      s("text", { x: PAD.left - 4, y: PAD.top + 8, "text-anchor": "end", class: "axis" }, fy(y1)),
      s("text", { x: PAD.left - 4, y: H - PAD.bottom, "text-anchor": "end", class: "axis" }, fy(y0)),
      s("text", { x: PAD.left, y: H - 6, class: "axis" }, fx(x0)),
      s("text", { x: W - PAD.right, y: H - 6, "text-anchor": "end", class: "axis" }, fx(x1)),
      s("path", { d, class: "line" }),
      ...(points.length === 1 ? [s("circle", { cx: px(last.x), cy: py(last.y), r: 3, class: "dot" })] : []),
    ],
    ` (${points.length} points, last ${fy(last.y)})`,
  );
}

/** A bar plot of labelled counts. */
export function barPlot(bars: readonly { label: string; count: number }[], opts: PlotOptions): HTMLElement {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const slot = (W - PAD.left - PAD.right) / Math.max(1, bars.length);
  const body: SVGElement[] = [
    s("line", { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: "grid" }),
  ];
  for (const [i, b] of bars.entries()) {
    const bh = (b.count / max) * (H - PAD.top - PAD.bottom - 14);
    const x = PAD.left + i * slot + slot * 0.15;
    body.push(
      s("rect", {
        x,
        y: H - PAD.bottom - bh,
        width: slot * 0.7,
        height: bh,
        class: `bar bar-${b.label.toLowerCase()}`,
      }),
      s(
        "text",
        { x: x + slot * 0.35, y: H - PAD.bottom - bh - 4, "text-anchor": "middle", class: "axis" },
        String(b.count),
      ),
      s("text", { x: x + slot * 0.35, y: H - 6, "text-anchor": "middle", class: "axis" }, b.label),
    );
  }
  return frame(opts, body, ` (${bars.reduce((a, b) => a + b.count, 0)} in all)`);
}
