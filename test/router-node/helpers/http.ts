/** A decoded JSON reply. */
export interface JsonReply {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & {
    error?: { message: string; type: string; param: string | null; code: string | null };
  };
}

/** POSTs raw text (or a JSON-encoded value) and decodes the JSON reply. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonReply> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as JsonReply["body"] };
}

/** GETs a URL and decodes the JSON reply. */
export async function get(url: string): Promise<JsonReply> {
  const res = await fetch(url);
  return { status: res.status, headers: res.headers, body: (await res.json()) as JsonReply["body"] };
}

/** Reads the router's `/metrics` and returns the value of one series (0 when absent). */
export async function metric(baseUrl: string, series: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** Polls `check` until it returns true (a hang ends in mocha's timeout, never in a timed assertion). */
export async function until(check: () => Promise<boolean> | boolean, everyMs = 10): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, everyMs));
}

/** The router's total in-flight attempts, from `/health`. */
export async function inFlight(baseUrl: string): Promise<number> {
  const h = await get(`${baseUrl}/health`);
  return (h.body.executors as { inFlight: number }[]).reduce((n, e) => n + e.inFlight, 0);
}
