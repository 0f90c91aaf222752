/**
 * Pure formatting shared by the explorer's server and its page: amounts, hashes, durations,
 * reputations. No DOM, no Node APIs.
 */

/** Groups the digits of a non-negative decimal integer string by thousands: `1234567` → `1,234,567`. */
export function groupDigits(value: string): string {
  if (!/^\d+$/.test(value)) return value;
  return value.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * An amount of the base denom with its unit: `formatAmount("1234567", "ustra")` is
 * `1,234,567 ustra`; a `u`-prefixed denom also shows the whole unit (`1.234567 STRA`).
 */
export function formatAmount(amount: string, denom = "ustra"): string {
  if (!/^\d+$/.test(amount)) return `${amount} ${denom}`;
  const base = `${groupDigits(amount)} ${denom}`;
  if (!/^u[a-z]{2,}$/.test(denom)) return base;
  const padded = amount.padStart(7, "0");
  const whole = padded.slice(0, -6).replace(/^0+(?=\d)/, "");
  const frac = padded.slice(-6).replace(/0+$/, "");
  return `${base} (${groupDigits(whole)}${frac ? `.${frac}` : ""} ${denom.slice(1).toUpperCase()})`;
}

/** `0x`-less hex shortened to its first and last `keep` characters: `ab12…9f0e`. */
export function shortHash(hash: string, keep = 8): string {
  return hash.length <= keep * 2 + 1 ? hash : `${hash.slice(0, keep)}…${hash.slice(-keep)}`;
}

/** A bech32 address shortened around its middle (`strata1abcd…wxyz`). */
export function shortAddress(address: string): string {
  const sep = address.lastIndexOf("1");
  if (sep < 0 || address.length <= sep + 13) return address;
  return `${address.slice(0, sep + 7)}…${address.slice(-6)}`;
}

/** A duration in milliseconds, readable: `850 ms`, `2.5 s`, `3 min 20 s`, `2 h 5 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "–";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(1).replace(/\.0$/, "") : Math.round(s)} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min${Math.round(s % 60) ? ` ${Math.round(s % 60)} s` : ""}`;
  const h = Math.floor(min / 60);
  return `${h} h${min % 60 ? ` ${min % 60} min` : ""}`;
}

/** How long before `nowMs` an RFC 3339 time was: `4 s ago`; `–` for an unreadable time. */
export function timeAgo(time: string, nowMs: number): string {
  const t = Date.parse(time);
  if (Number.isNaN(t)) return "–";
  return `${formatDuration(Math.max(0, nowMs - t))} ago`;
}

/** The reputation scale of the nodes module: 1,000,000 is a perfect reputation. */
export const REPUTATION_SCALE = 1_000_000;

/** A reputation on the nodes module's scale as a fraction with 4 decimals: `987654` → `0.9877`. */
export function formatReputation(value: number | string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return (n / REPUTATION_SCALE).toFixed(4);
}

/** A rate with up to 2 decimals, no trailing zeros: `2.5`, `0.33`, `12`. */
export function formatRate(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return String(Math.round(value * 100) / 100);
}

/** Voting power as a share of the total, in percent with one decimal (`33.3 %`). */
export function powerShare(power: string | number, total: string | number): string {
  const p = Number(power);
  const t = Number(total);
  if (!(t > 0) || !Number.isFinite(p)) return "–";
  return `${((p / t) * 100).toFixed(1)} %`;
}
