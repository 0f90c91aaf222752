import { fromKey } from "./bytes.js";
import { StoreError, StoreErrorCode } from "./errors.js";
import { sha256Key } from "./hash.js";

// Merkle Patricia Trie nodes in the Ethereum (Yellow Paper appendix D) encoding, as produced by
// @ethereumjs/mpt:
//   leaf      = rlp([hexPrefix(path, leaf=true),  sha256(value) ‖ value])
//   extension = rlp([hexPrefix(path, leaf=false), childHash])
//   branch    = rlp([child0 … child15, ""])          child = 32-byte hash or "" when empty
// Paths are the 64 nibbles of sha256(key), so every key has the same length: no key is a prefix
// of another and branches never carry a value. A leaf value is at least 32 bytes, so every node
// encodes to at least 35 bytes; nodes are therefore never inlined in their parent and every
// child reference is a 32-byte hash.

/** A child reference: the hash (binary string) of a stored node, or an unsaved node object. */
export type NodeRef = string | TrieNode;

/** Leaf: the rest of the key's path and the value. */
export interface LeafNode {
  readonly kind: "leaf";
  /** Remaining nibbles of the key path below this node's position. */
  path: Uint8Array;
  /** The state value (shared, never mutated). */
  value: Uint8Array;
  /** sha256 of the value, binary string. */
  valueHash: string;
  /** Encoding, set once the node is hashed. */
  enc: Uint8Array | undefined;
  /** Hash, set once the node is hashed; `undefined` marks a node owned by an update in progress. */
  hash: string | undefined;
}

/** Extension: a shared run of nibbles leading to one branch. */
export interface ExtensionNode {
  readonly kind: "ext";
  path: Uint8Array;
  child: NodeRef;
  enc: Uint8Array | undefined;
  hash: string | undefined;
}

/** Branch: one child slot per nibble. */
export interface BranchNode {
  readonly kind: "branch";
  kids: (NodeRef | null)[];
  enc: Uint8Array | undefined;
  hash: string | undefined;
}

/** Any trie node. */
export type TrieNode = LeafNode | ExtensionNode | BranchNode;

/** A new, unhashed leaf. */
export function leaf(path: Uint8Array, value: Uint8Array, valueHash: string): LeafNode {
  return { kind: "leaf", path, value, valueHash, enc: undefined, hash: undefined };
}

/** A new, unhashed extension. */
export function extension(path: Uint8Array, child: NodeRef): ExtensionNode {
  return { kind: "ext", path, child, enc: undefined, hash: undefined };
}

/** A new, unhashed branch. */
export function branch(kids: (NodeRef | null)[]): BranchNode {
  return { kind: "branch", kids, enc: undefined, hash: undefined };
}

/** Nibble `i` (0 = high half of byte 0) of a binary-string path. */
export function nibbleAt(path: string, i: number): number {
  const b = path.charCodeAt(i >> 1);
  return i & 1 ? b & 0x0f : b >> 4;
}

/** Nibbles `from…63` of a 32-byte binary-string path. */
export function nibblesFrom(path: string, from: number): Uint8Array {
  const out = new Uint8Array(path.length * 2 - from);
  for (let i = 0; i < out.length; i++) out[i] = nibbleAt(path, from + i);
  return out;
}

/** Concatenation of nibble runs. */
export function joinNibbles(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Chunk size of an {@link EncodeArena}. */
const ARENA_CHUNK = 64 * 1024;

/**
 * Hands out encodings as views of shared 64 KB chunks: a commit creates tens of thousands of
 * nodes, and one ArrayBuffer per node is the main source of allocation and GC work.
 */
export class EncodeArena {
  private chunk = new Uint8Array(0);
  private used = 0;

  /** A fresh zeroed region of `size` bytes. */
  alloc(size: number): Uint8Array {
    if (size > ARENA_CHUNK / 4) return new Uint8Array(size);
    if (this.used + size > this.chunk.length) {
      this.chunk = new Uint8Array(ARENA_CHUNK);
      this.used = 0;
    }
    const out = this.chunk.subarray(this.used, this.used + size);
    this.used += size;
    return out;
  }
}

/** Byte length of the RLP item encoding a string of `len` bytes whose first byte is `first`. */
function itemLen(len: number, first: number): number {
  if (len === 1 && first < 0x80) return 1;
  return len <= 55 ? len + 1 : len + 1 + lengthOfLength(len);
}

function lengthOfLength(len: number): number {
  return len < 0x100 ? 1 : len < 0x10000 ? 2 : len < 0x1000000 ? 3 : 4;
}

/** Byte length of the hex-prefix encoding of a nibble path. */
function hexPrefixLen(path: Uint8Array): number {
  return (path.length >> 1) + 1;
}

/** Writes the hex-prefix encoding of a nibble path (flag 2 for leaves, +1 for odd length). */
function writeHexPrefix(out: Uint8Array, at: number, path: Uint8Array, isLeaf: boolean): number {
  const odd = path.length & 1;
  const flag = (isLeaf ? 2 : 0) + odd;
  const first = odd ? (flag << 4) | path[0]! : flag << 4;
  const len = hexPrefixLen(path);
  if (len === 1 && first < 0x80) {
    out[at] = first;
    return at + 1;
  }
  out[at++] = 0x80 + len; // at most 33 bytes: a short string
  out[at++] = first;
  for (let i = odd; i < path.length; i += 2) out[at++] = (path[i]! << 4) | path[i + 1]!;
  return at;
}

/** Writes the RLP header of a string or list payload; returns the new offset. */
function writeHeader(out: Uint8Array, at: number, len: number, base: number): number {
  if (len <= 55) {
    out[at] = base + len;
    return at + 1;
  }
  const lol = lengthOfLength(len);
  out[at++] = base + 55 + lol;
  for (let s = (lol - 1) * 8; s >= 0; s -= 8) out[at++] = (len >>> s) & 0xff;
  return at;
}

function writeHashBytes(out: Uint8Array, at: number, h: string): number {
  for (let i = 0; i < 32; i++) out[at++] = h.charCodeAt(i);
  return at;
}

/** Hash of a child that is already hashed (every child is, once its subtree is sealed). */
function childHash(ref: NodeRef): string {
  const h = typeof ref === "string" ? ref : ref.hash;
  // an invariant of the update algorithm (children are sealed first), not a data problem
  if (h === undefined)
    throw new StoreError(StoreErrorCode.Corrupt, "trie child encoded before it was hashed");
  return h;
}

/** RLP encoding of a node whose children are all hashed. */
export function encodeNode(node: TrieNode, arena: EncodeArena = new EncodeArena()): Uint8Array {
  if (node.kind === "branch") {
    let payload = 1; // the empty value slot
    for (const kid of node.kids) payload += kid === null ? 1 : 33;
    const out = arena.alloc(payload + 1 + (payload > 55 ? lengthOfLength(payload) : 0));
    let at = writeHeader(out, 0, payload, 0xc0);
    for (const kid of node.kids) {
      if (kid === null) {
        out[at++] = 0x80;
      } else {
        out[at++] = 0x80 + 32;
        at = writeHashBytes(out, at, childHash(kid));
      }
    }
    out[at] = 0x80;
    return out;
  }
  const hpLen = hexPrefixLen(node.path);
  const first = node.path.length & 1 ? (((node.kind === "leaf" ? 2 : 0) + 1) << 4) | node.path[0]! : 0;
  const secondLen = node.kind === "leaf" ? 32 + node.value.length : 32;
  const payload = itemLen(hpLen, first) + itemLen(secondLen, 0x80);
  const out = arena.alloc(payload + 1 + (payload > 55 ? lengthOfLength(payload) : 0));
  let at = writeHeader(out, 0, payload, 0xc0);
  at = writeHexPrefix(out, at, node.path, node.kind === "leaf");
  at = writeHeader(out, at, secondLen, 0x80);
  if (node.kind === "leaf") {
    at = writeHashBytes(out, at, node.valueHash);
    out.set(node.value, at);
  } else {
    writeHashBytes(out, at, childHash(node.child));
  }
  return out;
}

/** Encodes `node` (into `arena`), hashes it and marks it clean. Returns its hash. */
export function sealNode(node: TrieNode, arena?: EncodeArena): string {
  const enc = encodeNode(node, arena);
  node.enc = enc;
  node.hash = sha256Key(enc);
  return node.hash;
}

function corrupt(why: string, hash: string): StoreError {
  return new StoreError(StoreErrorCode.Corrupt, `malformed trie node: ${why}`, {
    node: Buffer.from(fromKey(hash)).toString("hex"),
  });
}

/** Binary string of a 32-byte item. */
function hashOf(bytes: Uint8Array, hash: string): string {
  if (bytes.length !== 32) throw corrupt("reference is not 32 bytes", hash);
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

/**
 * Decodes a stored node (only the shapes this store writes).
 * @throws StoreError `Corrupt` when `enc` is not such a node
 */
export function decodeNode(enc: Uint8Array, hash: string): TrieNode {
  let at = 0;
  const header = enc[at++]!;
  let end: number;
  if (header >= 0xc0 && header <= 0xf7) end = at + header - 0xc0;
  else if (header > 0xf7) {
    const lol = header - 0xf7;
    let len = 0;
    for (let i = 0; i < lol; i++) len = len * 256 + enc[at++]!;
    end = at + len;
  } else throw corrupt("not a list", hash);
  if (end !== enc.length) throw corrupt("length mismatch", hash);
  const items: Uint8Array[] = [];
  while (at < end) {
    const b = enc[at]!;
    if (b < 0x80) {
      items.push(enc.subarray(at, at + 1));
      at += 1;
    } else if (b <= 0xb7) {
      const len = b - 0x80;
      items.push(enc.subarray(at + 1, at + 1 + len));
      at += 1 + len;
    } else if (b <= 0xbf) {
      // long string: only a leaf value can be one
      const lol = b - 0xb7;
      let len = 0;
      for (let i = 1; i <= lol; i++) len = len * 256 + enc[at + i]!;
      items.push(enc.subarray(at + 1 + lol, at + 1 + lol + len));
      at += 1 + lol + len;
    } else throw corrupt("unexpected item", hash);
  }
  if (at !== end) throw corrupt("truncated", hash);
  if (items.length === 17) {
    if (items[16]!.length !== 0) throw corrupt("branch with a value", hash);
    const kids: (NodeRef | null)[] = new Array(16);
    for (let i = 0; i < 16; i++) kids[i] = items[i]!.length === 0 ? null : hashOf(items[i]!, hash);
    return { kind: "branch", kids, enc, hash };
  }
  if (items.length !== 2 || items[0]!.length === 0) throw corrupt("bad item count", hash);
  const hp = items[0]!;
  const flag = hp[0]! >> 4;
  if (flag > 3) throw corrupt("bad hex-prefix flag", hash);
  const odd = flag & 1;
  const path = new Uint8Array((hp.length - 1) * 2 + odd);
  let o = 0;
  if (odd) path[o++] = hp[0]! & 0x0f;
  for (let i = 1; i < hp.length; i++) {
    path[o++] = hp[i]! >> 4;
    path[o++] = hp[i]! & 0x0f;
  }
  const second = items[1]!;
  if (flag >= 2) {
    if (second.length < 32) throw corrupt("short leaf value", hash);
    const valueHash = hashOf(second.subarray(0, 32), hash);
    return { kind: "leaf", path, value: second.subarray(32), valueHash, enc, hash };
  }
  if (path.length === 0) throw corrupt("empty extension", hash);
  return { kind: "ext", path, child: hashOf(second, hash), enc, hash };
}
