/**
 * The L2 → L1 withdrawal path as a user sees it: where a withdrawal stands (pending, waiting for
 * its challenge window, claimable, claimed), computed from the L2 withdrawal list and the L1
 * batches and claims, and the claim itself (find the batch, fetch the proof from L2, send
 * `MsgProveWithdrawal` on L1). Rules: `chain/core/rollup/ROLLUP.md`, "Withdrawals".
 */
import { BatchHeaderSsz } from "../chain/core/rollup/types.js";
import type { StrataClient, StrataQueryClient, SubmitOptions, TxOutcome } from "./client.js";
import { ClientError, ClientErrorCode } from "./errors.js";
import { type MsgProveWithdrawalEncodeObject, msgProveWithdrawal } from "./messages.js";
import type { BatchRecord, BridgeClaim, L2Withdrawal } from "./types.js";

/** The fields of an accepted batch header a withdrawal needs. */
export interface AcceptedBatch {
  number: number;
  /** L1 height at which the batch was accepted. */
  parentHeight: number;
  withdrawalCount: number;
  withdrawalRoot: Uint8Array;
  /** The stored record. */
  record: BatchRecord;
}

/** Where a withdrawal stands. */
export type WithdrawalStatus =
  /** Not in any accepted batch yet (the batch that holds it has not reached L1). */
  | { status: "pending"; withdrawal: L2Withdrawal }
  /**
   * In accepted batch `batchNumber`, inside its challenge window: a claim is accepted in L1
   * blocks from `claimableHeight` on (`latestHeight` is L1's height now).
   */
  | {
      status: "waiting";
      withdrawal: L2Withdrawal;
      batchNumber: number;
      claimableHeight: number;
      latestHeight: number;
    }
  /** In accepted batch `batchNumber`, past its challenge window, not claimed. */
  | { status: "claimable"; withdrawal: L2Withdrawal; batchNumber: number; claimableHeight: number }
  /** Claimed on L1. */
  | { status: "claimed"; withdrawal: L2Withdrawal; claim: BridgeClaim };

/** Decodes an accepted batch record's header. */
export function acceptedBatch(record: BatchRecord): AcceptedBatch {
  const header = BatchHeaderSsz.deserialize(record.header);
  return {
    number: Number(record.number),
    parentHeight: Number(record.parentHeight),
    withdrawalCount: Number(header.withdrawalCount),
    withdrawalRoot: Uint8Array.from(header.withdrawalRoot),
    record,
  };
}

/**
 * Finds, on L1, the first accepted batch of a chain whose withdrawal count exceeds an index (the
 * first batch whose withdrawal root covers it). Batch records are read once each and kept, so
 * one finder answers many indexes with a few queries each (a binary search over the numbers:
 * withdrawal counts never go down, [batch-11]).
 */
export class BatchFinder {
  private readonly cache = new Map<number, AcceptedBatch>();
  private lastNumber: number | undefined;
  private window: number | undefined;

  constructor(
    private readonly l1: StrataQueryClient,
    /** The child chain id. */
    readonly chainId: string,
  ) {}

  private async registration(): Promise<{ lastNumber: number; window: number }> {
    if (this.lastNumber === undefined || this.window === undefined) {
      const rollup = await this.l1.rollup.rollup(this.chainId);
      if (!rollup)
        throw new ClientError(
          ClientErrorCode.notFound,
          `chain ${this.chainId} is not registered on this L1 (query rollup list shows what is)`,
          { chainId: this.chainId },
        );
      this.lastNumber = Number(rollup.lastNumber);
      this.window = Number(rollup.challengeWindowBlocks);
    }
    return { lastNumber: this.lastNumber, window: this.window };
  }

  /** The chain's challenge window in L1 blocks. */
  async challengeWindow(): Promise<number> {
    return (await this.registration()).window;
  }

  /** Accepted batch `number`. */
  async batch(number: number): Promise<AcceptedBatch> {
    const cached = this.cache.get(number);
    if (cached) return cached;
    const record = await this.l1.rollup.batch(this.chainId, number);
    if (!record)
      throw new ClientError(ClientErrorCode.notFound, `batch ${number} of ${this.chainId} not found on L1`, {
        chainId: this.chainId,
        number,
      });
    const batch = acceptedBatch(record);
    this.cache.set(number, batch);
    return batch;
  }

  /** The first accepted batch whose withdrawal count is greater than `index`, or null (none yet). */
  async covering(index: number): Promise<AcceptedBatch | null> {
    const { lastNumber } = await this.registration();
    if (lastNumber === 0) return null;
    if ((await this.batch(lastNumber)).withdrawalCount <= index) return null;
    let lo = 1;
    let hi = lastNumber;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if ((await this.batch(mid)).withdrawalCount > index) hi = mid;
      else lo = mid + 1;
    }
    return this.batch(lo);
  }
}

/** The status of one withdrawal, from its L2 record, L1's claim record and the covering batch. */
async function statusOf(
  l1: StrataQueryClient,
  finder: BatchFinder,
  withdrawal: L2Withdrawal,
  latestHeight: number,
): Promise<WithdrawalStatus> {
  const index = Number(withdrawal.index);
  const claim = await l1.bridge.claim(finder.chainId, index);
  if (claim) return { status: "claimed", withdrawal, claim };
  const batch = await finder.covering(index);
  if (!batch) return { status: "pending", withdrawal };
  // [wd-2] claimable once the L1 height is at least acceptance height + challenge window; a tx
  // sent now lands in block latestHeight + 1 at the earliest.
  const claimableHeight = batch.parentHeight + (await finder.challengeWindow());
  if (latestHeight + 1 >= claimableHeight)
    return { status: "claimable", withdrawal, batchNumber: batch.number, claimableHeight };
  return { status: "waiting", withdrawal, batchNumber: batch.number, claimableHeight, latestHeight };
}

/** The chain id an L2 node reports (its CometBFT network). */
export async function chainIdOf(client: StrataClient): Promise<string> {
  return client.stargate.getChainId();
}

/**
 * Where withdrawal `index` of the L2 at `l2` stands on the L1 at `l1`: pending (in no accepted
 * batch yet), waiting (accepted, claimable from L1 height H), claimable, or claimed.
 * @throws ClientError(notFound) when L2 has no withdrawal `index` or L1 does not know the chain.
 */
export async function withdrawalStatus(
  l1: StrataClient,
  l2: StrataClient,
  index: number,
): Promise<WithdrawalStatus> {
  const [status] = await withdrawalStatuses(l1, l2, [index]);
  return status!;
}

/**
 * {@link withdrawalStatus} of several withdrawals (indexes or L2 records), sharing the batch
 * look-ups.
 * @throws ClientError(notFound) when L2 has no withdrawal of an index or L1 does not know the chain.
 */
export async function withdrawalStatuses(
  l1: StrataClient,
  l2: StrataClient,
  withdrawals: readonly (number | L2Withdrawal)[],
): Promise<WithdrawalStatus[]> {
  const finder = new BatchFinder(l1.query, await chainIdOf(l2));
  const latestHeight = await l1.stargate.getHeight();
  const out: WithdrawalStatus[] = [];
  for (const w of withdrawals) {
    const withdrawal = typeof w === "number" ? await l2.query.l2bridge.withdrawal(w) : w;
    if (!withdrawal)
      throw new ClientError(ClientErrorCode.notFound, `withdrawal ${w} not found on L2 ${finder.chainId}`, {
        index: w,
      });
    out.push(await statusOf(l1.query, finder, withdrawal, latestHeight));
  }
  return out;
}

/** A claim ready to send: the message and what it proves. */
export interface PreparedClaim {
  /** `MsgProveWithdrawal` signed by the claimer. */
  message: MsgProveWithdrawalEncodeObject;
  /** The batch the proof is against. */
  batchNumber: number;
  withdrawal: L2Withdrawal;
  /** The child chain id. */
  chainId: string;
}

/** What {@link claimWithdrawal} sent. */
export interface ClaimOutcome extends Omit<PreparedClaim, "message"> {
  /** The committed L1 transaction. */
  outcome: TxOutcome;
}

/**
 * Prepares the claim of withdrawal `index` of the L2 at `l2` on the L1 at `l1`: finds the first
 * accepted batch whose withdrawal count exceeds `index`, fetches the proof from L2 against that
 * count (`WithdrawalProof(index, count)`) and builds `MsgProveWithdrawal` signed by `claimer`.
 * @throws ClientError(notFound) for an unknown withdrawal or chain; ClientError(notInBatch) while
 *   no accepted batch holds the withdrawal.
 */
export async function prepareClaim(
  l1: StrataClient,
  l2: StrataClient,
  claimer: string,
  index: number,
): Promise<PreparedClaim> {
  const chainId = await chainIdOf(l2);
  const withdrawal = await l2.query.l2bridge.withdrawal(index);
  if (!withdrawal)
    throw new ClientError(ClientErrorCode.notFound, `withdrawal ${index} not found on L2 ${chainId}`, {
      index,
    });
  const finder = new BatchFinder(l1.query, chainId);
  const batch = await finder.covering(index);
  if (!batch)
    throw new ClientError(
      ClientErrorCode.notInBatch,
      `withdrawal ${index} is in no batch accepted on L1 yet (it becomes provable with the batch after its L2 block ${withdrawal.childHeight}); wait for the batcher and retry`,
      { index, childHeight: Number(withdrawal.childHeight) },
    );
  const proof = await l2.query.l2bridge.withdrawalProof(index, batch.withdrawalCount);
  const message = msgProveWithdrawal({
    claimer,
    chainId,
    batchNumber: batch.number,
    withdrawal: {
      index: withdrawal.index,
      sender: withdrawal.sender,
      recipient: withdrawal.recipient,
      denom: withdrawal.denom,
      amount: withdrawal.amount,
      childHeight: withdrawal.childHeight,
    },
    proof: proof.proof,
  });
  return { message, batchNumber: batch.number, withdrawal, chainId };
}

/**
 * Claims withdrawal `index` of the L2 at `l2` on the L1 at `l1` (a client with a signer; `claimer`
 * pays the fee, the coins go to the withdrawal's recipient): {@link prepareClaim}, then sends it.
 * L1 refuses a claim inside the challenge window, a second claim and a proof that does not match;
 * the refusal comes back as `TxRefusedError` with L1's codespace, code and log.
 * @throws ClientError(notFound) for an unknown withdrawal or chain; ClientError(notInBatch) while
 *   no accepted batch holds the withdrawal; TxRefusedError when L1 refuses the claim.
 */
export async function claimWithdrawal(
  l1: StrataClient,
  l2: StrataClient,
  claimer: string,
  index: number,
  opts: SubmitOptions = {},
): Promise<ClaimOutcome> {
  const { message, ...claim } = await prepareClaim(l1, l2, claimer, index);
  const outcome = await l1.submit(claimer, [message], opts);
  return { ...claim, outcome };
}
