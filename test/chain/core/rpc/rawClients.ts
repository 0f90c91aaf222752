/**
 * Raw socket clients for the resource-limit tests: an HTTP/1.1 keep-alive connection and a
 * hand-made WebSocket client that can stop reading (which no real client library lets a test do).
 */
import { once } from "node:events";
import { connect, type Socket } from "node:net";

/** Polls `check` until it holds (a hang ends in mocha's timeout, never in a timed assertion). */
export async function until(check: () => boolean | Promise<boolean>, everyMs = 5): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, everyMs));
}

/** A raw TCP connection that collects what it receives. */
export class RawConnection {
  received = "";
  closed = false;
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly socket: Socket) {
    socket.setEncoding("latin1");
    socket.on("data", (d: string) => {
      this.received += d;
      this.wake();
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      this.closed = true;
      this.wake();
    });
  }

  /** Connects to `url`'s host and port, optionally from a given local address. */
  static async open(url: string, localAddress?: string): Promise<RawConnection> {
    const { hostname, port } = new URL(url);
    const socket = connect({ host: hostname, port: Number(port), localAddress });
    const conn = new RawConnection(socket);
    await Promise.race([once(socket, "connect"), once(socket, "close")]);
    return conn;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves once `test` holds for what was received, or the connection closed. */
  async waitFor(test: (received: string) => boolean): Promise<void> {
    while (!test(this.received) && !this.closed) await new Promise<void>((r) => this.waiters.push(r));
  }

  /** Waits for the peer to close. */
  async waitClosed(): Promise<void> {
    while (!this.closed) await new Promise<void>((r) => this.waiters.push(r));
  }

  /** Sends `GET /health` on this connection and returns the raw response (keep-alive). */
  async health(): Promise<string> {
    const start = this.received.length;
    this.socket.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    // The server answers chunked: the response ends with the last-chunk marker.
    await this.waitFor((r) => r.slice(start).endsWith("\r\n0\r\n\r\n"));
    return this.received.slice(start);
  }

  close(): void {
    this.socket.destroy();
  }
}

/** A client-to-server WebSocket text frame (masked, as RFC 6455 requires of clients). */
function textFrame(text: string): Buffer {
  const payload = Buffer.from(text, "utf8");
  const mask = Buffer.from([1, 2, 3, 4]);
  const header =
    payload.length < 126
      ? Buffer.from([0x81, 0x80 | payload.length])
      : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  return Buffer.concat([header, mask, masked]);
}

/**
 * Opens a WebSocket by hand on `/websocket` and subscribes to `query`; returns the raw connection
 * after the subscription is acknowledged. It answers no ping and reads only when told to.
 */
export async function rawSubscriber(url: string, query: string): Promise<RawConnection> {
  const conn = await RawConnection.open(url);
  conn.socket.write(
    "GET /websocket HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
  );
  await conn.waitFor((r) => r.includes("\r\n\r\n"));
  if (!conn.received.startsWith("HTTP/1.1 101")) throw new Error(`upgrade refused: ${conn.received}`);
  conn.socket.write(
    textFrame(JSON.stringify({ jsonrpc: "2.0", id: 7, method: "subscribe", params: { query } })),
  );
  await conn.waitFor((r) => r.includes('"id":7'));
  return conn;
}
