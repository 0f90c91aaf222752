import { sha256 } from "@noble/hashes/sha2.js";
import { concat, lp, u64, utf8 } from "./bytes.js";

/** Prefix of the task digest (RULES.md, "Task digest"). */
export const TASK_DIGEST_PREFIX = "strata/l3/task/v1";

type RecordLike = { epoch: number | bigint; nonce: Uint8Array; ciphertext: Uint8Array } | null | undefined;

function recordBytes(r: RecordLike): Uint8Array {
  if (!r) return lp(new Uint8Array());
  return lp(concat(u64(r.epoch), lp(r.nonce), lp(r.ciphertext)));
}

/**
 * What L2 may see of a private task: `sha256("strata/l3/task/v1" ‖ lp(chainId) ‖ lp(taskId) ‖
 * lp(requester) ‖ lp(router) ‖ lp(model) ‖ rec(prompt) ‖ rec(completion))` with `rec(r) =
 * lp(u64(epoch) ‖ lp(nonce) ‖ lp(ciphertext))` and `rec(absent) = lp(empty)`. It commits to the
 * ciphertexts only, never to plaintext.
 */
export function taskDigest(t: {
  chainId: string;
  taskId: string;
  requester: string;
  router: string;
  model: string;
  prompt?: RecordLike;
  completion?: RecordLike;
}): Uint8Array {
  return sha256(
    concat(
      utf8(TASK_DIGEST_PREFIX),
      lp(t.chainId),
      lp(t.taskId),
      lp(t.requester),
      lp(t.router),
      lp(t.model),
      recordBytes(t.prompt),
      recordBytes(t.completion),
    ),
  );
}
