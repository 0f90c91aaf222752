/** Severity levels, lowest first. */
export type LogLevel = "debug" | "info" | "warn" | "error";

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured fields attached to one log line. */
export type LogFields = Record<string, unknown>;

/**
 * A structured logger: one message plus fields. Components receive a logger; they never write to
 * stdout/stderr themselves.
 */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger whose lines also carry `fields` (e.g. `{module: "rpc"}`). */
  child(fields: LogFields): Logger;
}

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** Minimum level written; default `info`. */
  level?: LogLevel;
  /** Output stream; default `process.stderr`. */
  stream?: NodeJS.WritableStream;
  /** `json` writes one JSON object per line; `pretty` a human line. Default: `json` unless a TTY. */
  format?: "json" | "pretty";
  /** Clock for timestamps (injected so tests can pin it). */
  now?: () => Date;
}

function serialise(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (value instanceof Uint8Array) return Buffer.from(value).toString("hex");
  return value;
}

/**
 * Creates a structured logger. Lines are JSON (`{"time","level","msg",...fields}`) when the
 * stream is not a TTY, or a short human line otherwise.
 */
export function createLogger(opts: LoggerOptions = {}, base: LogFields = {}): Logger {
  const stream = opts.stream ?? process.stderr;
  const min = LEVEL_ORDER[opts.level ?? "info"];
  const format = opts.format ?? ((stream as { isTTY?: boolean }).isTTY ? "pretty" : "json");
  const now = opts.now ?? (() => new Date());

  const write = (level: LogLevel, msg: string, fields?: LogFields): void => {
    if (LEVEL_ORDER[level] < min) return;
    const all = { ...base, ...fields };
    if (format === "json") {
      const line = JSON.stringify({ time: now().toISOString(), level, msg, ...all }, (_k, v) => serialise(v));
      stream.write(`${line}\n`);
    } else {
      const extra = Object.entries(all)
        .map(([k, v]) => `${k}=${JSON.stringify(serialise(v))}`)
        .join(" ");
      stream.write(
        `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${msg}${extra ? ` ${extra}` : ""}\n`,
      );
    }
  };

  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
    child: (fields) => createLogger(opts, { ...base, ...fields }),
  };
}

/** A logger that drops everything (for unit tests and benchmarks). */
export const nullLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => nullLogger,
};
