/**
 * What a program needs to talk to an L3 node: the L3 message types for a cosmjs `Registry`, and
 * typed queries over any CometBFT `abci_query` function. The signing client itself is the shared
 * `StrataClient` (`client/`): register the L3 types on its `registry`.
 */
import type { GeneratedType } from "@cosmjs/proto-signing";
import { strata } from "../../../proto/gen/strata.js";
import { L3CryptoCode, L3CryptoError, openEpochKey } from "../crypto/index.js";

const v1 = strata.l3.v1;

/** Type URLs of the L3 messages. */
export const L3TypeUrl = {
  submitChange: "/strata.l3.v1.MsgSubmitChange",
  approveChange: "/strata.l3.v1.MsgApproveChange",
  submitRewrapShare: "/strata.l3.v1.MsgSubmitRewrapShare",
  submitPrompt: "/strata.l3.v1.MsgSubmitPrompt",
  submitCompletion: "/strata.l3.v1.MsgSubmitCompletion",
  recordTasks: "/strata.l3.v1.MsgRecordTasks",
} as const;

/** Every L3 message type by type URL (protobufjs static classes, which cosmjs's `Registry` accepts). */
export const L3_MSG_TYPES: ReadonlyArray<[string, GeneratedType]> = [
  [L3TypeUrl.submitChange, v1.MsgSubmitChange],
  [L3TypeUrl.approveChange, v1.MsgApproveChange],
  [L3TypeUrl.submitRewrapShare, v1.MsgSubmitRewrapShare],
  [L3TypeUrl.submitPrompt, v1.MsgSubmitPrompt],
  [L3TypeUrl.submitCompletion, v1.MsgSubmitCompletion],
  [L3TypeUrl.recordTasks, v1.MsgRecordTasks],
];

/** Registers the L3 message types on a cosmjs registry (e.g. `StrataClient.registry`). */
export function registerL3Types(registry: { register(typeUrl: string, type: GeneratedType): void }): void {
  for (const [url, type] of L3_MSG_TYPES) registry.register(url, type);
}

/** An `abci_query` (a cosmjs `CometClient` has one). */
export interface AbciQuerier {
  abciQuery(req: { path: string; data: Uint8Array }): Promise<{
    code?: number;
    codespace?: string;
    log?: string;
    value: Uint8Array;
  }>;
}

/** A query the node refused (not found, invalid argument); `code` is the gRPC-style code the node gave. */
export class L3QueryError extends Error {
  constructor(
    readonly path: string,
    readonly code: number,
    readonly log: string,
  ) {
    super(`${path}: ${log} (code ${code})`);
  }
}

async function ask<T>(
  q: AbciQuerier,
  method: string,
  data: Uint8Array,
  decode: (b: Uint8Array) => T,
): Promise<T> {
  const path = `/strata.l3.v1.Query/${method}`;
  const res = await q.abciQuery({ path, data });
  if (res.code) throw new L3QueryError(path, res.code, res.log ?? "");
  return decode(res.value);
}

/** Typed L3 queries over `abci_query` (members, audit, epochs, custodians, re-wrap requests, tasks). */
export function createL3Queries(q: AbciQuerier) {
  return {
    /** Every party, in address order. */
    async members(): Promise<strata.l3.v1.Member[]> {
      const out: strata.l3.v1.Member[] = [];
      let key: Uint8Array | undefined;
      do {
        const r = await ask(
          q,
          "Members",
          v1.QueryMembersRequest.encode({ pagination: { key, limit: 1000 } }).finish(),
          (b) => v1.QueryMembersResponse.decode(b),
        );
        out.push(...(r.members as strata.l3.v1.Member[]));
        key = r.pagination?.nextKey?.length ? r.pagination.nextKey : undefined;
      } while (key);
      return out;
    },
    /** The audit log after `after` (default from the start), in order, every page. */
    async audit(after = 0): Promise<strata.l3.v1.AuditRecord[]> {
      const out: strata.l3.v1.AuditRecord[] = [];
      let from = after;
      for (;;) {
        const r = await ask(
          q,
          "Audit",
          v1.QueryAuditRequest.encode({ after: from, limit: 1000 }).finish(),
          (b) => v1.QueryAuditResponse.decode(b),
        );
        out.push(...(r.records as strata.l3.v1.AuditRecord[]));
        if (r.records.length === 0 || Number(r.lastSeq) <= Number(out[out.length - 1]!.seq)) return out;
        from = Number(out[out.length - 1]!.seq);
      }
    },
    /** Epoch `n` (0: the current one). */
    async epoch(n = 0): Promise<strata.l3.v1.Epoch> {
      return ask(q, "Epoch", v1.QueryEpochRequest.encode({ number: n }).finish(), (b) =>
        v1.QueryEpochResponse.decode(b),
      ).then((r) => r.epoch as strata.l3.v1.Epoch);
    },
    /** Custodians (index order) and the custody threshold. */
    async custodians(): Promise<{ custodians: strata.l3.v1.Custodian[]; threshold: number }> {
      const r = await ask(q, "Custodians", new Uint8Array(), (b) => v1.QueryCustodiansResponse.decode(b));
      return {
        custodians: r.custodians as strata.l3.v1.Custodian[],
        threshold: Number(r.params?.threshold ?? 0),
      };
    },
    /** Re-wrap requests in id order (PENDING only when asked). */
    async rewraps(pendingOnly = false): Promise<strata.l3.v1.RewrapRequest[]> {
      const r = await ask(
        q,
        "RewrapRequests",
        v1.QueryRewrapRequestsRequest.encode({ pendingOnly, pagination: { limit: 1000 } }).finish(),
        (b) => v1.QueryRewrapRequestsResponse.decode(b),
      );
      return r.requests as strata.l3.v1.RewrapRequest[];
    },
    /** The task `taskId`. @throws L3QueryError when it does not exist. */
    async task(taskId: string): Promise<strata.l3.v1.PrivateTask> {
      return ask(q, "Task", v1.QueryTaskRequest.encode({ taskId }).finish(), (b) =>
        v1.QueryTaskResponse.decode(b),
      ).then((r) => r.task as strata.l3.v1.PrivateTask);
    },
    /** Tasks in recording order (a requester's when given), first 1000. */
    async tasks(requester = ""): Promise<strata.l3.v1.PrivateTask[]> {
      const r = await ask(
        q,
        "Tasks",
        v1.QueryTasksRequest.encode({ requester, pagination: { limit: 1000 } }).finish(),
        (b) => v1.QueryTasksResponse.decode(b),
      );
      return r.tasks as strata.l3.v1.PrivateTask[];
    },
    /** A proposal. */
    async proposal(id: number): Promise<strata.l3.v1.Proposal> {
      return ask(q, "Proposal", v1.QueryProposalRequest.encode({ id }).finish(), (b) =>
        v1.QueryProposalResponse.decode(b),
      ).then((r) => r.proposal as strata.l3.v1.Proposal);
    },
  };
}

/** The queries {@link createL3Queries} returns. */
export type L3Queries = ReturnType<typeof createL3Queries>;

/**
 * The epoch key a party can open for epoch `n` (0: current), from the chain: its wrap or a
 * fulfilled re-wrap addressed to it. Routers call this once per epoch and cache the key.
 * @throws L3CryptoError(noAccess | aeadFailure | keyIdMismatch | notEnoughShares).
 */
export async function fetchEpochKey(
  queries: L3Queries,
  chainId: string,
  party: { address: string; x25519SecretKey: Uint8Array },
  n = 0,
): Promise<{ epoch: number; key: Uint8Array }> {
  const epoch = await queries.epoch(n);
  if (!epoch) throw new L3CryptoError(L3CryptoCode.noAccess, `epoch ${n} not found`);
  const rewraps = epoch.wraps.some((w) => w.recipient === party.address) ? [] : await queries.rewraps();
  const key = await openEpochKey(party.x25519SecretKey, party.address, chainId, epoch, rewraps);
  return { epoch: Number(epoch.number), key };
}
