/**
 * Interactive terminal prompts for secrets and confirmations. Prompts are written to stderr so
 * stdout stays clean for `--output json`.
 */
import { createInterface } from "node:readline/promises";
import { KeyringError, KeyringErrorCode } from "./errors.js";

/** The part of a TTY input stream the prompts use (`process.stdin` fits). */
export interface PromptInput {
  isTTY?: boolean;
  isRaw?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  on(event: "data", listener: (chunk: string | Buffer) => void): unknown;
  removeListener(event: "data", listener: (chunk: string | Buffer) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/** Where prompts are written (`process.stderr` fits). */
export interface PromptOutput {
  write(text: string): unknown;
}

/** Terminal streams of a prompt. */
export interface PromptIO {
  input: PromptInput;
  output: PromptOutput;
}

const CTRL_C = "\u0003";
const CTRL_D = "\u0004";
const ESC = "\u001b";
const BACKSPACES = new Set(["\u007f", "\b"]);

function cancelled(): KeyringError {
  return new KeyringError(KeyringErrorCode.promptCancelled, "cancelled at the prompt");
}

/**
 * Reads one line from a TTY without echoing it. Enter ends the input, Backspace deletes,
 * Ctrl-C (or Ctrl-D on an empty line) cancels; the terminal mode is restored in every case.
 * @throws {KeyringError} inputUnreadable when `input` is not a TTY; promptCancelled on Ctrl-C/Ctrl-D
 */
export function promptHidden(question: string, io: PromptIO): Promise<string> {
  const { input, output } = io;
  if (!input.isTTY || typeof input.setRawMode !== "function") {
    return Promise.reject(
      new KeyringError(KeyringErrorCode.inputUnreadable, "cannot prompt: standard input is not a terminal"),
    );
  }
  const setRawMode = input.setRawMode.bind(input);
  return new Promise((resolve, reject) => {
    const wasRaw = input.isRaw === true;
    let chars: string[] = [];
    const finish = (err: KeyringError | undefined) => {
      input.removeListener("data", onData);
      setRawMode(wasRaw);
      input.pause();
      output.write("\n");
      if (err) reject(err);
      else resolve(chars.join(""));
      chars = [];
    };
    const onData = (chunk: string | Buffer) => {
      const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
      // Arrow keys and other escape sequences arrive as one chunk; they are not part of a secret
      if (text.startsWith(ESC)) return;
      for (const ch of text) {
        if (ch === "\r" || ch === "\n") return finish(undefined);
        if (ch === CTRL_C || (ch === CTRL_D && chars.length === 0)) return finish(cancelled());
        if (BACKSPACES.has(ch)) chars.pop();
        else if (ch >= " ") chars.push(ch);
      }
    };
    output.write(question);
    input.setEncoding("utf8");
    setRawMode(true);
    input.on("data", onData);
    input.resume();
  });
}

/**
 * Asks a yes/no question on a TTY; only `y` or `yes` (any case) confirm.
 * @throws {KeyringError} inputUnreadable when `input` is not a TTY
 */
export async function promptConfirm(question: string, io: PromptIO): Promise<boolean> {
  if (!io.input.isTTY) {
    throw new KeyringError(
      KeyringErrorCode.inputUnreadable,
      "cannot prompt: standard input is not a terminal",
    );
  }
  const rl = createInterface({
    input: io.input as unknown as NodeJS.ReadableStream,
    output: io.output as unknown as NodeJS.WritableStream,
  });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
