import type { strata } from "../../../proto/gen/strata.js";
import { batchHeaderRoot, decodeBatchHeader } from "./verifyBatch.js";

/** What a genesis entry must be made of, and how a refusal is raised (the module's own error). */
export interface GenesisFieldOptions {
  invalid(message: string): Error;
}

/**
 * A binary genesis field given as canonical base64.
 * @throws the module's `invalid` error naming `what`.
 */
export function genesisBase64(value: unknown, what: string, opts: GenesisFieldOptions): Uint8Array {
  // [REJECT] binary fields are canonical base64
  if (typeof value !== "string" || Buffer.from(value, "base64").toString("base64") !== value)
    throw opts.invalid(`${what} is not base64`);
  return new Uint8Array(Buffer.from(value, "base64"));
}

/**
 * A count or height in genesis: a non-negative safe integer, absent meaning 0.
 * @throws the module's `invalid` error naming `what`.
 */
export function genesisCount(value: unknown, what: string, opts: GenesisFieldOptions): number {
  const n = value ?? 0;
  // [REJECT] counts and heights are non-negative integers
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0)
    throw opts.invalid(`${what} must be a non-negative integer`);
  return n;
}

/** One accepted header as a parent module lists it in its genesis. */
export interface GenesisBatchJson {
  number?: unknown;
  header?: unknown;
  submitter?: string;
}

/**
 * The accepted headers of one child chain listed in a parent module's genesis (L1's `rollup`
 * batches, L2's `l3registry` headers), checked as they were accepted: exactly 1..`lastNumber`,
 * each an SSZ `BatchHeader` of `chainId` extending the previous one's root, with a canonical
 * submitter address when one is named. Returns the records to store, in order.
 * @throws the module's `invalid` error naming the chain and the entry.
 */
export function genesisBatchRecords<E extends GenesisBatchJson>(
  chainId: string,
  entries: readonly E[],
  lastNumber: number,
  opts: GenesisFieldOptions & {
    /** `batch` or `header`: how the entries are named in messages, and its plural. */
    noun: string;
    nouns: string;
    /** The message name of entry `number`'s header field. */
    headerWhat(number: number): string;
    /** The entry's parent height field and its name in messages. */
    parentHeight(entry: E): { value: unknown; name: string };
    isAddress(value: string): boolean;
  },
): strata.rollup.v1.IBatchRecord[] {
  const { noun, invalid } = opts;
  // [REJECT] entries are exactly 1..lastNumber, each naming the previous header's root
  if (entries.length !== lastNumber)
    throw invalid(`${chainId}: ${entries.length} ${opts.nouns} listed, lastNumber ${lastNumber}`);
  const records: strata.rollup.v1.IBatchRecord[] = [];
  let prevRoot: Uint8Array = new Uint8Array(32);
  for (const [i, entry] of entries.entries()) {
    const number = genesisCount(entry.number, `${chainId}: ${noun} number`, opts);
    if (number !== i + 1) throw invalid(`${chainId}: ${noun} ${number} listed at position ${i + 1}`);
    const headerBytes = genesisBase64(entry.header, opts.headerWhat(number), opts);
    let header: ReturnType<typeof decodeBatchHeader>;
    try {
      header = decodeBatchHeader(headerBytes);
    } catch (err) {
      throw invalid(`${chainId}: ${noun} ${number}: ${(err as Error).message}`);
    }
    if (header.number !== BigInt(number) || Buffer.compare(header.prevHeaderRoot, prevRoot) !== 0)
      throw invalid(`${chainId}: ${noun} ${number} does not extend ${noun} ${number - 1}`);
    if (new TextDecoder().decode(header.chainId) !== chainId)
      throw invalid(`${chainId}: ${noun} ${number} is of another chain`);
    const submitter = entry.submitter ?? "";
    if (submitter !== "" && !opts.isAddress(submitter))
      throw invalid(`${chainId}: ${noun} ${number} submitter is not an account address`);
    prevRoot = batchHeaderRoot(header);
    const parent = opts.parentHeight(entry);
    records.push({
      chainId,
      number,
      header: headerBytes,
      headerRoot: prevRoot,
      parentHeight: genesisCount(parent.value, `${chainId}: ${noun} ${number} ${parent.name}`, opts),
      submitter,
    });
  }
  return records;
}
