/**
 * What an allow-listed router needs of its L3 chain (the consumer owns the interface): its own
 * membership, the current epoch (with its wrap), and recording tasks. {@link l3PortOverClient}
 * implements it over an L3 node's RPC with the router operator's signer.
 */
import type { GeneratedType } from "@cosmjs/proto-signing";
import type { StrataClient } from "../../../client/index.js";
import { strata } from "../../../proto/gen/strata.js";

const v1 = strata.l3.v1;
const Q = "/strata.l3.v1.Query/";
/** Type URL of the L3's `MsgRecordTasks`. */
export const L3_RECORD_TASKS_TYPE_URL = "/strata.l3.v1.MsgRecordTasks";

/** The router's view of its L3 chain. */
export interface L3Port {
  /** The L3 chain id. */
  readonly chainId: string;
  /** The party at `address`, or null when it is not one. */
  member(address: string): Promise<strata.l3.v1.IMember | null>;
  /** The current epoch, with its wraps. */
  currentEpoch(): Promise<strata.l3.v1.IEpoch>;
  /**
   * Records whole tasks in one `MsgRecordTasks` signed by the router and waits for its block.
   * @throws when the L3 refuses it (e.g. the router is not allow-listed, a stale epoch).
   */
  recordTasks(tasks: strata.l3.v1.ITaskEntry[]): Promise<{ height: number }>;
  /** The stored task, or null. */
  task(taskId: string): Promise<strata.l3.v1.IPrivateTask | null>;
}

function notFound(err: unknown): boolean {
  return /not found|NotFound|code 5|no such|not a party|unknown/i.test((err as Error).message ?? "");
}

/** {@link L3Port} over a client connected to an L3 node with the router operator's signer. */
export function l3PortOverClient(client: StrataClient, chainId: string, router: string): L3Port {
  if (!client.registry.lookupType(L3_RECORD_TASKS_TYPE_URL))
    client.registry.register(L3_RECORD_TASKS_TYPE_URL, v1.MsgRecordTasks as unknown as GeneratedType);
  async function query<T>(method: string, req: Uint8Array, decode: (b: Uint8Array) => T): Promise<T | null> {
    try {
      return decode((await client.query.queryAbci(`${Q}${method}`, req)).value);
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }
  return {
    chainId,
    async member(address) {
      const r = await query("Member", v1.QueryMemberRequest.encode({ address }).finish(), (b) =>
        v1.QueryMemberResponse.decode(b),
      );
      return r?.member ?? null;
    },
    async currentEpoch() {
      const r = await query("Epoch", v1.QueryEpochRequest.encode({ number: 0 }).finish(), (b) =>
        v1.QueryEpochResponse.decode(b),
      );
      if (!r?.epoch) throw new Error(`L3 ${chainId} answers no current epoch`);
      return r.epoch;
    },
    async recordTasks(tasks) {
      const value = { sender: router, tasks };
      const out = await client.submit(router, [{ typeUrl: L3_RECORD_TASKS_TYPE_URL, value }]);
      return { height: out.height };
    },
    async task(taskId) {
      const r = await query("Task", v1.QueryTaskRequest.encode({ taskId }).finish(), (b) =>
        v1.QueryTaskResponse.decode(b),
      );
      return r?.task ?? null;
    },
  };
}

/**
 * Every party of the L3 (admins, members, allow-listed routers) with its X25519 key: the readers
 * a private model's weights key is wrapped for (`strata model encrypt`). Reads every page of
 * `Query/Members`.
 */
export async function l3Parties(
  client: StrataClient,
): Promise<{ address: string; x25519PublicKey: Uint8Array }[]> {
  const out: { address: string; x25519PublicKey: Uint8Array }[] = [];
  let key: Uint8Array | undefined;
  do {
    const req = v1.QueryMembersRequest.encode({ pagination: key ? { key } : {} }).finish();
    const r = v1.QueryMembersResponse.decode((await client.query.queryAbci(`${Q}Members`, req)).value);
    for (const m of r.members) {
      if (m.address && m.x25519PublicKey?.length === 32)
        out.push({ address: m.address, x25519PublicKey: m.x25519PublicKey });
    }
    key = r.pagination?.nextKey?.length ? r.pagination.nextKey : undefined;
  } while (key);
  return out;
}
