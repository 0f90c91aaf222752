/** The overview, block, transaction and account answers: each chain through its RPC and Cosmos queries. */
import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import type {
  AccountChain,
  AccountResponse,
  BlockResponse,
  ChainOverview,
  EventJson,
  NodeRow,
  OverviewResponse,
  SessionRow,
  TxResponse,
} from "../../shared/api.js";
import { blockTimeSeries, perMinuteSeries, txRateSeries, verdictCounts } from "../../shared/series.js";
import { decodeTx, messageTypes } from "../decode.js";
import { ExplorerError, ExplorerErrorCode } from "../errors.js";
import { isMissing } from "../rpc.js";
import {
  type ApiContext,
  type ChainHandle,
  chainOf,
  events,
  notFound,
  onChain,
  parseAddress,
  parseHash,
  parseHeight,
} from "./context.js";
import { nodeRow, sessionRow } from "./records.js";

// ---------------------------------------------------------------- overview

interface RpcValidator {
  address: string;
  voting_power: string;
}

async function chainOverview(ctx: ApiContext, chain: ChainHandle): Promise<ChainOverview> {
  const blocks = ctx.activity.blocks(chain.key);
  const last = blocks[blocks.length - 1];
  const base: ChainOverview = {
    key: chain.key,
    chainId: ctx.chainIds.get(chain.key) ?? "",
    url: chain.rpc.url,
    up: chain.watcher.up(),
    height: Math.max(chain.watcher.height(), last?.height ?? 0),
    latestTime: last?.time ?? "",
    validators: [],
    totalPower: "0",
    recent: blocks.slice(-20).reverse(),
    blockTime: blockTimeSeries(blocks),
    txRate: txRateSeries(blocks),
  };
  if (!base.up) return { ...base, error: chain.watcher.error() ?? "down" };
  try {
    const [vals, commit] = await Promise.all([
      chain.rpc.call<{ validators: RpcValidator[] }>("validators", { per_page: "100" }),
      chain.rpc.call<{
        signed_header: { commit: { signatures: { validator_address: string; block_id_flag: number }[] } };
      }>("commit", {}),
    ]);
    const signed = new Set(
      commit.signed_header.commit.signatures
        .filter((s) => s.block_id_flag === 2)
        .map((s) => s.validator_address),
    );
    const monikers = await validatorNames(chain).catch(
      () => new Map<string, { moniker: string; operator: string }>(),
    );
    base.validators = vals.validators.map((v) => ({
      address: v.address,
      power: v.voting_power,
      ...(monikers.get(v.address) ?? {}),
      signedLast: signed.has(v.address),
    }));
    base.totalPower = vals.validators.reduce((s, v) => s + BigInt(v.voting_power), 0n).toString();
  } catch (err) {
    return { ...base, up: false, error: (err as Error).message };
  }
  return base;
}

/** Monikers and operators of the bonded validators, by consensus address (sha256(pubkey)[:20]). */
async function validatorNames(
  chain: ChainHandle,
): Promise<Map<string, { moniker: string; operator: string }>> {
  const r = await chain.queries.staking.validators("BOND_STATUS_BONDED");
  const out = new Map<string, { moniker: string; operator: string }>();
  for (const v of r.validators) {
    const pk = v.consensusPubkey;
    if (!pk) continue;
    // An ed25519 PubKey message: field 1, length-prefixed 32 bytes.
    const key = pk.value.length === 34 ? pk.value.slice(2) : pk.value;
    out.set(toHex(sha256(key).slice(0, 20)).toUpperCase(), {
      moniker: v.description?.moniker ?? "",
      operator: v.operatorAddress,
    });
  }
  return out;
}

/** The overview: each chain, and L2 task activity over the kept blocks. */
export async function overview(ctx: ApiContext): Promise<OverviewResponse> {
  const chains = await Promise.all([ctx.l1, ...(ctx.l2 ? [ctx.l2] : [])].map((c) => chainOverview(ctx, c)));
  if (!ctx.l2) return { chains };
  const ev = ctx.activity.taskEvents();
  const tasks = ev.flatMap((e) => e.recorded.map(() => ({ time: e.time })));
  const lastTime = Date.parse(ev[ev.length - 1]?.time ?? "");
  return {
    chains,
    activity: {
      fromHeight: ev[0]?.height ?? 0,
      toHeight: ev[ev.length - 1]?.height ?? 0,
      tasks: tasks.length,
      // Minutes up to the last block's (the chain's clock, not the explorer's).
      tasksPerMinute: perMinuteSeries(tasks, Number.isNaN(lastTime) ? 0 : lastTime),
      verdicts: verdictCounts(ev.flatMap((e) => e.verdicts.map((v) => v.verdict))),
    },
  };
}

// ---------------------------------------------------------------- blocks and txs

interface RpcBlock {
  block_id: { hash: string };
  block: {
    header: {
      height: string;
      time: string;
      proposer_address: string;
      app_hash: string;
      last_commit_hash: string;
    };
    data: { txs: string[] | null };
    last_commit: { signatures: { validator_address: string; block_id_flag: number }[] } | null;
  };
}

/** A block with its transactions (hash, result, gas, message types), signatures and block events. */
export async function block(ctx: ApiContext, chainKey: string, heightText: string): Promise<BlockResponse> {
  const chain = chainOf(ctx, chainKey);
  const height = parseHeight(heightText);
  return onChain(chain, async () => {
    let b: RpcBlock;
    let r: {
      txs_results: { code: number; gas_used: string; gas_wanted: string }[] | null;
      finalize_block_events: EventJson[] | null;
    };
    try {
      [b, r] = await Promise.all([
        chain.rpc.call<RpcBlock>("block", { height: String(height) }),
        chain.rpc.call<typeof r>("block_results", { height: String(height) }),
      ]);
    } catch (err) {
      if (isMissing(err)) throw notFound(`${chain.key} block ${height}`);
      throw err;
    }
    const txs = (b.block.data.txs ?? []).map((t, i) => {
      const bytes = Buffer.from(t, "base64");
      const res = r.txs_results?.[i];
      return {
        hash: toHex(sha256(bytes)).toUpperCase(),
        code: res?.code ?? 0,
        gasUsed: res?.gas_used ?? "0",
        gasWanted: res?.gas_wanted ?? "0",
        messages: messageTypes(bytes),
      };
    });
    return {
      chain: chain.key,
      chainId: ctx.chainIds.get(chain.key) ?? "",
      meta: {
        height,
        hash: b.block_id.hash,
        time: b.block.header.time,
        numTxs: txs.length,
        proposer: b.block.header.proposer_address,
      },
      appHash: b.block.header.app_hash,
      lastCommitHash: b.block.header.last_commit_hash,
      txs,
      signatures: (b.block.last_commit?.signatures ?? []).map((s) => ({
        validator: s.validator_address,
        signed: s.block_id_flag === 2,
      })),
      events: events(r.finalize_block_events),
    };
  });
}

interface RpcTx {
  hash: string;
  height: string;
  index: number;
  tx: string;
  tx_result: {
    code: number;
    codespace: string;
    log: string;
    gas_wanted: string;
    gas_used: string;
    events: EventJson[];
  };
}

/** A transaction: decoded messages, fee, memo, result, gas and events. */
export async function tx(ctx: ApiContext, chainKey: string, hashText: string): Promise<TxResponse> {
  const chain = chainOf(ctx, chainKey);
  const hash = parseHash(hashText);
  return onChain(chain, async () => {
    let t: RpcTx;
    try {
      t = await chain.rpc.call<RpcTx>("tx", { hash: `0x${hash}` });
    } catch (err) {
      if (isMissing(err)) throw notFound(`${chain.key} transaction ${hash}`);
      throw err;
    }
    const decoded = decodeTx(ctx.registry, Buffer.from(t.tx, "base64"));
    return {
      chain: chain.key,
      hash: t.hash,
      height: Number(t.height),
      index: t.index,
      code: t.tx_result.code,
      codespace: t.tx_result.codespace,
      log: t.tx_result.log,
      gasWanted: t.tx_result.gas_wanted,
      gasUsed: t.tx_result.gas_used,
      memo: decoded.memo,
      fee: decoded.fee,
      messages: decoded.messages,
      events: events(t.tx_result.events),
    };
  });
}

// ---------------------------------------------------------------- account

/** DecCoin amounts carry 18 decimals; the whole part. */
function decToInt(amount: string): string {
  return amount.length > 18 ? amount.slice(0, -18) : "0";
}

async function accountOn(chain: ChainHandle, address: string): Promise<AccountChain> {
  const empty = { key: chain.key, balances: [], delegations: [], rewards: [] };
  try {
    return await onChain(chain, async () => {
      const q = chain.queries;
      const [balances, delegations, rewards] = await Promise.all([
        q.bank.allBalances(address),
        q.staking.delegatorDelegations(address).catch(() => ({ delegationResponses: [] })),
        q.distribution.delegationTotalRewards(address).catch(() => ({ total: [] })),
      ]);
      return {
        key: chain.key,
        up: true,
        balances: balances.map((c) => ({ denom: c.denom, amount: c.amount })),
        delegations: delegations.delegationResponses.map((d) => ({
          validator: d.delegation.validatorAddress,
          amount: { denom: d.balance.denom, amount: d.balance.amount },
        })),
        rewards: rewards.total.map((c) => ({ denom: c.denom, amount: decToInt(c.amount) })),
      };
    });
  } catch (err) {
    if (err instanceof ExplorerError && err.code === ExplorerErrorCode.chainDown)
      return { ...empty, up: false, error: err.message };
    throw err;
  }
}

/** An account on every chain: balances, delegations, rewards; on L2 its sessions and its node. */
export async function account(ctx: ApiContext, addressText: string): Promise<AccountResponse> {
  const address = parseAddress(addressText);
  const chains = await Promise.all([ctx.l1, ...(ctx.l2 ? [ctx.l2] : [])].map((c) => accountOn(c, address)));
  let sessions: SessionRow[] = [];
  let node: NodeRow | null = null;
  const l2 = ctx.l2;
  if (l2?.watcher.up()) {
    const [s, x] = await onChain(l2, () =>
      Promise.all([l2.queries.sessions.list({ owner: address }), l2.queries.nodes.node(address)]),
    ).catch(() => [null, null] as const);
    sessions = s ? s.sessions.map(sessionRow) : [];
    node = x ? nodeRow(x) : null;
  }
  return { address, chains, sessions, node };
}
