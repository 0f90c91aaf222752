/** One finished output of a redundant request. */
export interface ExecutorOutput {
  id: string;
  text: string;
}

/**
 * How far redundant outputs agree:
 * - `single`: only one output to compare;
 * - `unanimous`: two or more outputs, all identical;
 * - `majority`: the reference group holds more than half of the outputs;
 * - `split`: no group holds more than half.
 */
export type AgreementLevel = "single" | "unanimous" | "majority" | "split";

/** Outcome of {@link compareOutputs}. */
export interface Agreement {
  level: AgreementLevel;
  /** Ids whose output equals the reference output. */
  agreeing: string[];
  /** Ids whose output differs from it. */
  disagreeing: string[];
  /** True when the output sent to the client is the reference output. */
  servedAgrees: boolean;
}

/**
 * Compares redundant outputs by exact text (the rule for deterministic decoding on the same
 * runtime; similarity thresholds are the guards' business). The reference output is the most
 * common text; on a tie, the group holding the served output wins, then the group seen first.
 * Pure.
 */
export function compareOutputs(outputs: readonly ExecutorOutput[], servedId: string | null): Agreement {
  const groups = new Map<string, string[]>();
  for (const o of outputs) {
    const g = groups.get(o.text);
    if (g) g.push(o.id);
    else groups.set(o.text, [o.id]);
  }
  let reference: string[] = [];
  for (const ids of groups.values()) {
    const better =
      ids.length > reference.length ||
      (ids.length === reference.length && servedId !== null && ids.includes(servedId));
    if (better) reference = ids;
  }
  const agreeing = outputs.filter((o) => reference.includes(o.id)).map((o) => o.id);
  const disagreeing = outputs.filter((o) => !reference.includes(o.id)).map((o) => o.id);
  let level: AgreementLevel;
  if (outputs.length <= 1) level = "single";
  else if (disagreeing.length === 0) level = "unanimous";
  else if (agreeing.length * 2 > outputs.length) level = "majority";
  else level = "split";
  return { level, agreeing, disagreeing, servedAgrees: servedId !== null && agreeing.includes(servedId) };
}
