/** Output format chosen with the global `--output` flag. */
export type OutputFormat = "text" | "json";

/**
 * Prints a command's result: `JSON.stringify` for `--output json` (bigints as strings), or the
 * human rendering `text(value)` otherwise.
 */
export function printResult<T>(format: OutputFormat, value: T, text: (v: T) => string): void {
  if (format === "json") {
    console.log(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2));
  } else {
    console.log(text(value));
  }
}

/** Reads the global `--output` option from a commander command (walks up to the root). */
export function outputFormat(cmd: { optsWithGlobals(): Record<string, unknown> }): OutputFormat {
  return cmd.optsWithGlobals().output === "json" ? "json" : "text";
}
