/**
 * CometBFT event-query language (the subset strata serves), after
 * `cometbft: libs/pubsub/query/syntax/scanner.go` and `query.go`:
 *
 *   query     := condition ("AND" condition)*
 *   condition := tag "EXISTS" | tag op operand | tag "CONTAINS" string
 *   op        := "=" | "<" | "<=" | ">" | ">="
 *   tag       := [_\p{L}\p{N}][._\-\p{L}\p{N}]*         e.g. tx.height, transfer.recipient
 *   operand   := number (digits with an optional fraction) | 'single-quoted string'
 *
 * Plus the matcher the WebSocket subscriptions use over CometBFT's flattened event map
 * (`"<type>.<key>" → values`). TIME/DATE operands are not supported.
 */

import type { AbciEvent } from "../types/index.js";
import type { EventQuery, QueryCondition } from "./backend.js";
import { invalidParams, type RpcError } from "./errors.js";

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 2048;

/** Keys whose quoted numeric operands are compared as numbers (`tx.height='5'`). */
const NUMERIC_KEYS = new Set(["tx.height", "block.height"]);

type Op = QueryCondition["op"];
type Token =
  | { kind: "tag"; text: string; pos: number }
  | { kind: "string"; text: string; pos: number }
  | { kind: "number"; text: string; pos: number }
  | { kind: "op"; op: Op; pos: number }
  | { kind: "and"; pos: number };

const FIRST_TAG_RE = /[_\p{L}\p{N}]/u;
const TAG_RE = /[._\-\p{L}\p{N}]/u;
const NUMBER_RE = /^[0-9]+(\.[0-9]+)?$/;
const LEADING_NUMBER_RE = /^[0-9]+(\.[0-9]+)?/;

function bad(query: string, why: string): RpcError {
  return invalidParams(`invalid query ${JSON.stringify(query)}: ${why}`);
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const pos = i;
    if (ch >= "0" && ch <= "9") {
      let j = i + 1;
      while (j < query.length && /[0-9.]/.test(query[j]!)) j++;
      const text = query.slice(i, j);
      if (!NUMBER_RE.test(text)) throw bad(query, `malformed number ${text} at offset ${pos}`);
      tokens.push({ kind: "number", text, pos });
      i = j;
    } else if (FIRST_TAG_RE.test(ch)) {
      let j = i + 1;
      while (j < query.length && TAG_RE.test(query[j]!)) j++;
      const text = query.slice(i, j);
      if (text === "AND") tokens.push({ kind: "and", pos });
      else if (text === "EXISTS" || text === "CONTAINS") tokens.push({ kind: "op", op: text, pos });
      else if ((text === "TIME" || text === "DATE") && query[j] === " ") {
        throw bad(query, `${text} operands are not supported (offset ${pos})`);
      } else tokens.push({ kind: "tag", text, pos });
      i = j;
    } else if (ch === "'") {
      const end = query.indexOf("'", i + 1);
      if (end < 0) throw bad(query, `unterminated string starting at offset ${pos}`);
      tokens.push({ kind: "string", text: query.slice(i + 1, end), pos });
      i = end + 1;
    } else if (ch === "=" || ch === "<" || ch === ">") {
      const two = ch !== "=" && query[i + 1] === "=";
      tokens.push({ kind: "op", op: (two ? `${ch}=` : ch) as Op, pos });
      i += two ? 2 : 1;
    } else {
      throw bad(query, `unexpected character ${JSON.stringify(ch)} at offset ${pos}`);
    }
  }
  return tokens;
}

function describe(t: Token | undefined): string {
  if (t === undefined) return "end of query";
  switch (t.kind) {
    case "tag":
      return `tag ${t.text} at offset ${t.pos}`;
    case "string":
      return `string '${t.text}' at offset ${t.pos}`;
    case "number":
      return `number ${t.text} at offset ${t.pos}`;
    case "op":
      return `operator ${t.op} at offset ${t.pos}`;
    case "and":
      return `AND at offset ${t.pos}`;
  }
}

function condition(query: string, key: string, op: Op, operand: Token | undefined): QueryCondition {
  if (operand?.kind === "number") {
    if (op === "CONTAINS") throw bad(query, `CONTAINS needs a string operand, got ${describe(operand)}`);
    return { key, op, value: Number(operand.text) };
  }
  if (operand?.kind !== "string") throw bad(query, `expected a number or a string, got ${describe(operand)}`);
  let value: string | number = operand.text;
  // Numbers quoted as strings (`tx.height='5'`) compare as numbers; ordering needs a number.
  const ordering = op !== "=" && op !== "CONTAINS";
  if (NUMBER_RE.test(value) && (ordering || (op === "=" && NUMERIC_KEYS.has(key)))) value = Number(value);
  else if (ordering) {
    throw bad(query, `operator ${op} needs a number operand, got ${describe(operand)}`);
  }
  // Hashes are indexed and published in uppercase hex.
  if (key === "tx.hash" && typeof value === "string") value = value.toUpperCase();
  return { key, op, value };
}

/**
 * Parses a CometBFT event query.
 * @throws RpcError -32602 with the offending token and offset when the query is malformed.
 */
export function parseEventQuery(query: string): EventQuery {
  if (query.length > MAX_QUERY_LENGTH) {
    throw invalidParams(`query is too long: ${query.length} characters (max ${MAX_QUERY_LENGTH})`);
  }
  const tokens = tokenize(query);
  if (tokens.length === 0) throw bad(query, "query is empty");
  const conditions: QueryCondition[] = [];
  let i = 0;
  for (;;) {
    const tag = tokens[i];
    if (tag?.kind !== "tag") throw bad(query, `expected a tag, got ${describe(tag)}`);
    const op = tokens[i + 1];
    if (op?.kind !== "op") throw bad(query, `expected an operator after ${tag.text}, got ${describe(op)}`);
    if (op.op === "EXISTS") {
      conditions.push({ key: tag.text, op: "EXISTS" });
      i += 2;
    } else {
      conditions.push(condition(query, tag.text, op.op, tokens[i + 2]));
      i += 3;
    }
    if (i === tokens.length) return { conditions };
    const and = tokens[i];
    if (and?.kind !== "and") throw bad(query, `expected AND, got ${describe(and)}`);
    i++;
  }
}

/** CometBFT's flattened event map: `"<type>.<attr key>" → values` (empty types and keys skipped). */
export type EventMap = Map<string, string[]>;

/** Flattens ABCI events into an {@link EventMap}, appending to `into` when given. */
export function flattenEvents(events: AbciEvent[], into: EventMap = new Map()): EventMap {
  for (const e of events) {
    if (e.type === "") continue;
    for (const a of e.attributes) {
      if (a.key === "") continue;
      const k = `${e.type}.${a.key}`;
      const values = into.get(k);
      if (values) values.push(a.value);
      else into.set(k, [a.value]);
    }
  }
  return into;
}

// A value like "1234ustake" compares as 1234, as in CometBFT (`extractNum`).
function leadingNumber(s: string): number | undefined {
  const m = LEADING_NUMBER_RE.exec(s);
  return m ? Number(m[0]) : undefined;
}

function matchesValue(c: QueryCondition, s: string): boolean {
  if (typeof c.value === "string") {
    return c.op === "CONTAINS" ? s.includes(c.value) : s === c.value;
  }
  const n = leadingNumber(s);
  if (n === undefined || c.value === undefined) return false;
  switch (c.op) {
    case "=":
      return n === c.value;
    case "<":
      return n < c.value;
    case "<=":
      return n <= c.value;
    case ">":
      return n > c.value;
    case ">=":
      return n >= c.value;
    default:
      return false;
  }
}

function matchesCondition(c: QueryCondition, events: EventMap): boolean {
  if (c.op === "EXISTS") {
    if (events.has(c.key)) return true;
    // `transfer EXISTS` holds when any attribute of a `transfer` event exists.
    const prefix = `${c.key}.`;
    for (const k of events.keys()) if (k.startsWith(prefix)) return true;
    return false;
  }
  const values = events.get(c.key);
  return values?.some((v) => matchesValue(c, v)) ?? false;
}

/** True when every condition of `query` holds for some value in `events` (and `events` is not empty). */
export function matchesQuery(query: EventQuery, events: EventMap): boolean {
  return events.size > 0 && query.conditions.every((c) => matchesCondition(c, events));
}
