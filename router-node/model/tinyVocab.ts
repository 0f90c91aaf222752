/**
 * The vocabulary of the built-in tiny model: a SentencePiece ("llama") vocabulary small enough to
 * read, yet with every path llama.cpp's SPM tokenizer takes (control tokens, byte fallback,
 * single characters, merged pieces).
 */

/** SentencePiece token types as GGUF stores them (`llama_token_type`). */
export enum TokenType {
  Normal = 1,
  Unknown = 2,
  Control = 3,
  Byte = 6,
}

/** The space marker SentencePiece uses inside pieces. */
export const SPACE_PIECE = "\u2581";

/** One vocabulary entry. */
export interface VocabEntry {
  piece: string;
  score: number;
  type: TokenType;
}

/** Id of `<unk>`, fixed by the layout of {@link buildTinyVocab}. */
export const UNK_ID = 0;
/** Id of `<s>` (beginning of sequence). */
export const BOS_ID = 1;
/** Id of `</s>` (end of sequence). */
export const EOS_ID = 2;

// Merged pieces. Every prefix a merge goes through is itself a piece, or SPM never reaches it.
const MERGES = [
  `${SPACE_PIECE}t`,
  `${SPACE_PIECE}th`,
  `${SPACE_PIECE}the`,
  `${SPACE_PIECE}a`,
  `${SPACE_PIECE}i`,
  `${SPACE_PIECE}s`,
  "th",
  "he",
  "in",
  "er",
  "an",
  "re",
  "on",
  "at",
  "en",
  "ll",
];

/**
 * Builds the vocabulary: `<unk>`, `<s>`, `</s>`, the 256 byte tokens `<0x00>`..`<0xFF>`, the
 * space marker, the 94 printable ASCII characters, then {@link MERGES}. Pieces are unique
 * (a duplicate aborts llama.cpp's loader).
 */
export function buildTinyVocab(): VocabEntry[] {
  const vocab: VocabEntry[] = [
    { piece: "<unk>", score: 0, type: TokenType.Unknown },
    { piece: "<s>", score: 0, type: TokenType.Control },
    { piece: "</s>", score: 0, type: TokenType.Control },
  ];
  for (let b = 0; b < 256; b++) {
    vocab.push({
      piece: `<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`,
      score: 0,
      type: TokenType.Byte,
    });
  }
  vocab.push({ piece: SPACE_PIECE, score: -1, type: TokenType.Normal });
  for (let c = 0x21; c <= 0x7e; c++)
    vocab.push({ piece: String.fromCharCode(c), score: -1, type: TokenType.Normal });
  // Longer merges score higher so SPM prefers them.
  for (const piece of MERGES) vocab.push({ piece, score: piece.length, type: TokenType.Normal });
  return vocab;
}
