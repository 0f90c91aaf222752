/**
 * Funding the development accounts on L2 through the bridge: `localnet up` sends one L1
 * `MsgDeposit` per development account (to the same address on L2) and waits until L2 minted
 * every deposit L1 holds for it, so a localnet is reported ready only once the accounts can pay
 * on L2. Idempotent: an account that already deposited to itself (an earlier `up`) is skipped.
 */
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { L1_DENOM } from "../chain/l1/index.js";
import { connectStrata, msgDeposit, type StrataClient } from "../client/index.js";
import { LocalnetError, LocalnetErrorCode } from "./errors.js";
import type { LocalnetManifest, ManifestAccount } from "./manifest.js";
import { DEV_DEPOSIT, type Progress } from "./topology.js";

/** True for the development accounts (`dev0`, `dev1`, …). */
function isDev(a: ManifestAccount): boolean {
  return /^dev\d+$/.test(a.name);
}

/** Waits `ms`, or rejects with `interrupted` when `signal` fires. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new LocalnetError(LocalnetErrorCode.interrupted, "interrupted"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new LocalnetError(LocalnetErrorCode.interrupted, "interrupted"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The development accounts that have not deposited to themselves on L1 yet. */
async function withoutDeposit(l1: StrataClient, chainId: string, accounts: ManifestAccount[]) {
  const missing: ManifestAccount[] = [];
  for (const a of accounts) {
    const { deposits } = await l1.query.bridge.deposits(chainId, {
      address: a.address,
      page: { limit: 1000 },
    });
    if (!deposits.some((d) => d.sender === a.address && d.recipient === a.address)) missing.push(a);
  }
  return missing;
}

/** Sends `account`'s deposit of {@link DEV_DEPOSIT} to itself on L2; returns its nonce and L1 height. */
async function deposit(l1Rpc: string, chainId: string, account: ManifestAccount) {
  const signer = await DirectSecp256k1HdWallet.fromMnemonic(account.mnemonic, { prefix: "strata" });
  const client = await connectStrata(l1Rpc, { signer, broadcastPollIntervalMs: 200 });
  try {
    const outcome = await client.submit(account.address, [
      msgDeposit({
        sender: account.address,
        chainId,
        recipient: account.address,
        amount: DEV_DEPOSIT.toString(),
      }),
    ]);
    return { nonce: Number(outcome.responses[0]?.nonce ?? 0), height: outcome.height };
  } finally {
    client.disconnect();
  }
}

/**
 * Deposits {@link DEV_DEPOSIT} on L1 for every development account that has not deposited yet,
 * then waits (at most `timeoutMs`) until L2's deposit cursor reaches L1's deposit count for the
 * chain, printing progress. Records L2's registration height from L1 in `manifest`.
 * @throws LocalnetError(startFailed) when L2 is not registered on L1, a deposit is refused, or L2
 *   does not mint in time; LocalnetError(interrupted) when `signal` fires.
 */
export async function fundDevAccountsByDeposits(
  manifest: LocalnetManifest,
  progress: Progress,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  const l2Chain = manifest.chains.l2;
  const registration = l2Chain?.l1Registration;
  if (!l2Chain || !registration) return;
  const chainId = registration.chainId;
  const l1Rpc = manifest.chains.l1.rpc[0]!;
  const l1 = await connectStrata(l1Rpc);
  const l2 = await connectStrata(l2Chain.rpc[0]!);
  try {
    const rollup = await l1.query.rollup.rollup(chainId);
    if (!rollup)
      throw new LocalnetError(LocalnetErrorCode.startFailed, `${chainId} is not registered on L1 (${l1Rpc})`);
    registration.registeredHeight = Number(rollup.registeredHeight);
    const missing = await withoutDeposit(l1, chainId, manifest.accounts.filter(isDev));
    if (missing.length > 0) {
      progress(
        `depositing ${DEV_DEPOSIT}${L1_DENOM} on L1 for ${missing.map((a) => a.name).join(", ")} (their L2 funds come through the bridge)`,
      );
      // Each account signs its own deposit: they go into the same L1 block.
      const sent = await Promise.all(missing.map((a) => deposit(l1Rpc, chainId, a)));
      for (const [i, a] of missing.entries())
        progress(`  ${a.name}: deposit ${sent[i]!.nonce} at L1 height ${sent[i]!.height}`);
    }
    const target = Number((await l1.query.rollup.rollup(chainId))?.depositCount ?? 0);
    const deadline = Date.now() + timeoutMs;
    let shown = -1;
    for (;;) {
      const cursor = Number((await l2.query.l2bridge.state()).depositCursor);
      if (cursor >= target) break;
      if (cursor !== shown) {
        progress(`waiting for L2 to mint deposits ${cursor + 1}..${target} (the batcher relays them)`);
        shown = cursor;
      }
      if (Date.now() > deadline)
        throw new LocalnetError(
          LocalnetErrorCode.startFailed,
          `L2 minted ${cursor} of ${target} deposits within ${timeoutMs} ms (see the batcher's log ${l2Chain.batcher?.log ?? ""})`,
        );
      await pause(200, signal);
    }
    progress(
      `L2 minted ${target} deposit${target === 1 ? "" : "s"}: the development accounts are funded on L2`,
    );
  } catch (err) {
    if (err instanceof LocalnetError) throw err;
    throw new LocalnetError(
      LocalnetErrorCode.startFailed,
      `funding the development accounts on L2 failed: ${(err as Error).message}`,
    );
  } finally {
    l1.disconnect();
    l2.disconnect();
  }
}
