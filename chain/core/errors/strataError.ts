/**
 * The one error base of strata. Every error the project throws on purpose is a `StrataError`
 * subclass carrying a stable `(codespace, code)` pair, so a rejected transaction, a failed
 * query and an API error can all be reported to a client without string matching.
 */
export class StrataError extends Error {
  /** Module or subsystem that owns the code, e.g. `"sdk"`, `"bank"`, `"router"`. */
  readonly codespace: string;
  /** Stable numeric code within the codespace; never reused for another meaning. */
  readonly code: number;
  /** Optional structured detail for logs. */
  readonly detail: Record<string, unknown> | undefined;

  constructor(codespace: string, code: number, message: string, detail?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.codespace = codespace;
    this.code = code;
    this.detail = detail;
  }
}

/** True when `err` is a {@link StrataError} (works across module copies by duck-typing the fields). */
export function isStrataError(err: unknown): err is StrataError {
  return (
    err instanceof StrataError ||
    (err instanceof Error &&
      typeof (err as StrataError).codespace === "string" &&
      typeof (err as StrataError).code === "number")
  );
}

/** Message of any thrown value, for logs. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
