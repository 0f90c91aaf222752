/** Label values of one series, by label name. */
export type Labels = Record<string, string>;

/** A monotonically increasing count. */
export interface Counter {
  inc(labels?: Labels, by?: number): void;
}

/** A value that goes up and down; may be computed at scrape time. */
export interface Gauge {
  set(labels: Labels, value: number): void;
}

/** Observations counted into cumulative buckets, with their sum and count. */
export interface Histogram {
  observe(labels: Labels, value: number): void;
}

/** A set of metrics rendered together in the Prometheus text exposition format (0.0.4). */
export interface MetricsRegistry {
  counter(name: string, help: string, labelNames?: readonly string[]): Counter;
  /** `collect`, when given, refreshes the gauge's values just before each render. */
  gauge(name: string, help: string, labelNames?: readonly string[], collect?: (g: Gauge) => void): Gauge;
  histogram(
    name: string,
    help: string,
    buckets: readonly number[],
    labelNames?: readonly string[],
  ): Histogram;
  /** The whole exposition, ending in a newline. */
  render(): string;
}

/** Content type of {@link MetricsRegistry.render}'s output. */
export const PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

function escapeLabel(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}

function formatNumber(v: number): string {
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  return Number.isNaN(v) ? "NaN" : String(v);
}

function labelText(names: readonly string[], values: readonly string[], extra?: [string, string]): string {
  const parts = names.map((n, i) => `${n}="${escapeLabel(values[i]!)}"`);
  if (extra) parts.push(`${extra[0]}="${escapeLabel(extra[1])}"`);
  return parts.length === 0 ? "" : `{${parts.join(",")}}`;
}

interface Family {
  render(out: string[]): void;
}

/**
 * Creates a metrics registry. Series are created on first use; label values are kept in the
 * order of `labelNames`. Hand-written on purpose: the router needs three metric types, not a
 * client library.
 */
export function createMetricsRegistry(): MetricsRegistry {
  const families: Family[] = [];
  const keyOf = (names: readonly string[], labels: Labels = {}): string[] =>
    names.map((n) => labels[n] ?? "");
  const header = (out: string[], name: string, help: string, type: string): void => {
    out.push(`# HELP ${name} ${help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`, `# TYPE ${name} ${type}`);
  };

  return {
    counter(name, help, labelNames = []) {
      const series = new Map<string, { values: string[]; n: number }>();
      families.push({
        render(out) {
          header(out, name, help, "counter");
          for (const s of series.values())
            out.push(`${name}${labelText(labelNames, s.values)} ${formatNumber(s.n)}`);
        },
      });
      return {
        inc(labels, by = 1) {
          const values = keyOf(labelNames, labels);
          const key = values.join("\u0000");
          const s = series.get(key);
          if (s) s.n += by;
          else series.set(key, { values, n: by });
        },
      };
    },

    gauge(name, help, labelNames = [], collect) {
      const series = new Map<string, { values: string[]; v: number }>();
      const gauge: Gauge = {
        set(labels, value) {
          const values = keyOf(labelNames, labels);
          series.set(values.join("\u0000"), { values, v: value });
        },
      };
      families.push({
        render(out) {
          collect?.(gauge);
          header(out, name, help, "gauge");
          for (const s of series.values())
            out.push(`${name}${labelText(labelNames, s.values)} ${formatNumber(s.v)}`);
        },
      });
      return gauge;
    },

    histogram(name, help, buckets, labelNames = []) {
      const bounds = [...buckets].sort((a, b) => a - b);
      const series = new Map<string, { values: string[]; counts: number[]; sum: number; count: number }>();
      families.push({
        render(out) {
          header(out, name, help, "histogram");
          for (const s of series.values()) {
            // Buckets are cumulative: each counts every observation <= its bound.
            let cumulative = 0;
            bounds.forEach((b, i) => {
              cumulative += s.counts[i]!;
              out.push(
                `${name}_bucket${labelText(labelNames, s.values, ["le", formatNumber(b)])} ${cumulative}`,
              );
            });
            out.push(`${name}_bucket${labelText(labelNames, s.values, ["le", "+Inf"])} ${s.count}`);
            out.push(`${name}_sum${labelText(labelNames, s.values)} ${formatNumber(s.sum)}`);
            out.push(`${name}_count${labelText(labelNames, s.values)} ${s.count}`);
          }
        },
      });
      return {
        observe(labels, value) {
          const values = keyOf(labelNames, labels);
          const key = values.join("\u0000");
          let s = series.get(key);
          if (!s) {
            s = { values, counts: bounds.map(() => 0), sum: 0, count: 0 };
            series.set(key, s);
          }
          const i = bounds.findIndex((b) => value <= b);
          if (i >= 0) s.counts[i]!++;
          s.sum += value;
          s.count++;
        },
      };
    },

    render() {
      const out: string[] = [];
      for (const f of families) f.render(out);
      return `${out.join("\n")}\n`;
    },
  };
}
