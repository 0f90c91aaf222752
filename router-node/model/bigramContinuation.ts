import { RouterError, RouterErrorCode } from "../errors.js";

const CYCLE = " abcdefghijklmnopqrstuvwxyz";

/**
 * The text the bigram tiny model generates greedily after `text`: the cycle `" " a … z " "`
 * continued from the last character, one character per token. llama.cpp's SentencePiece decoder
 * drops a space that opens the output (so after `"xyz"` the answer starts with `"a"`), and so
 * does this function. Tests and the docs use it to state expected outputs; it is only defined
 * when `text` ends with a lowercase letter or a space.
 *
 * @throws RouterError `InvalidRequest` when the last character is not in the cycle.
 */
export function bigramContinuation(text: string, tokens: number): string {
  const at = CYCLE.indexOf(text.at(-1) ?? "");
  if (at < 0) {
    throw new RouterError(
      RouterErrorCode.InvalidRequest,
      "bigram continuation needs text ending in a-z or a space",
    );
  }
  let out = "";
  for (let i = 1; i <= tokens; i++) out += CYCLE[(at + i) % CYCLE.length];
  return out.startsWith(" ") ? out.slice(1) : out;
}
