/** One server-sent event: its `event:` name (null when absent) and its joined `data:` lines. */
export interface SseEvent {
  event: string | null;
  data: string;
}

/** An incremental SSE decoder: feed text as it arrives, events come out whole. */
export interface SseParser {
  /** Feeds the next piece of the stream (any split, including mid-line). */
  push(text: string): void;
}

/**
 * Creates an incremental decoder of the `text/event-stream` format (WHATWG HTML §9.2): lines
 * end in LF, CRLF or CR; `data:` lines of one event are joined by LF; a blank line dispatches
 * the event; comments (`:`) and unknown fields are ignored.
 */
export function createSseParser(onEvent: (e: SseEvent) => void): SseParser {
  let buffer = "";
  let event: string | null = null;
  let data: string[] = [];
  let pendingCr = false;

  const line = (l: string): void => {
    if (l === "") {
      if (data.length > 0) onEvent({ event, data: data.join("\n") });
      event = null;
      data = [];
      return;
    }
    if (l.startsWith(":")) return;
    const colon = l.indexOf(":");
    const field = colon < 0 ? l : l.slice(0, colon);
    let value = colon < 0 ? "" : l.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
  };

  return {
    push(text: string): void {
      // A CR at the end of the previous piece may be the first half of a CRLF.
      if (pendingCr && text.startsWith("\n")) text = text.slice(1);
      pendingCr = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        line(buffer.slice(start, i));
        if (c === 13) {
          if (i + 1 === buffer.length) pendingCr = true;
          else if (buffer.charCodeAt(i + 1) === 10) i++;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
  };
}
