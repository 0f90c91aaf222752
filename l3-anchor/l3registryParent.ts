import type { GeneratedType } from "@cosmjs/proto-signing";
import type { ParentChain } from "../batcher/index.js";
import { childValidatorsFromProto, decodeBatchHeader } from "../chain/core/rollup/index.js";
import type { StrataClient } from "../client/index.js";
import { strata } from "../proto/gen/strata.js";

const v1 = strata.l3registry.v1;
const Q = "/strata.l3registry.v1.Query/";

/** Type URL of `MsgAnchorL3Headers`. */
export const ANCHOR_L3_HEADERS_TYPE_URL = "/strata.l3registry.v1.MsgAnchorL3Headers";
/** Type URL of `MsgRegisterL3`. */
export const REGISTER_L3_TYPE_URL = "/strata.l3registry.v1.MsgRegisterL3";

/**
 * Adds the l3registry messages to a client's cosmjs registry (idempotent), so `client.submit` can
 * sign them. The shared registry in `client/` does not list them.
 */
export function registerL3RegistryTypes(client: StrataClient): void {
  const types: [string, GeneratedType][] = [
    [ANCHOR_L3_HEADERS_TYPE_URL, v1.MsgAnchorL3Headers as unknown as GeneratedType],
    [REGISTER_L3_TYPE_URL, v1.MsgRegisterL3 as unknown as GeneratedType],
  ];
  for (const [url, type] of types) if (!client.registry.lookupType(url)) client.registry.register(url, type);
}

/** Whether a failed ABCI query is a NotFound (gRPC code 5) answer. */
function isNotFound(err: unknown): boolean {
  return /not (registered|anchored)|NotFound|code 5|key not found/i.test((err as Error).message ?? "");
}

/** Runs an l3registry query; null when the node answers NotFound. */
async function query<T>(
  client: StrataClient,
  method: string,
  request: Uint8Array,
  decode: (b: Uint8Array) => T,
): Promise<T | null> {
  try {
    const { value } = await client.query.queryAbci(`${Q}${method}`, request);
    return decode(value);
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/**
 * The L3 chain L2's `l3registry` holds under `idOrName` (a chain id, or a name when no chain has
 * that id), or null when none is registered. Used to make a re-launch's registration idempotent and
 * by `strata l3 status`.
 * @throws ClientError when L2 does not answer.
 */
export async function queryL3OnL2(
  client: StrataClient,
  idOrName: string,
): Promise<strata.l3registry.v1.L3Chain | null> {
  const r = await query(client, "Chain", v1.QueryChainRequest.encode({ chainId: idOrName }).finish(), (b) =>
    v1.QueryChainResponse.decode(b),
  );
  return (r?.chain as strata.l3registry.v1.L3Chain | null | undefined) ?? null;
}

/**
 * The batcher's {@link ParentChain} over L2's `l3registry` (ROLLUP.md, "L3 anchoring"): the
 * registration stands for the rollup record, `MsgAnchorL3Headers` for `MsgSubmitBatch`; an L3 has
 * no deposits. `client` is connected to L2 with the submitter's signer.
 */
export function l3registryParentOverClient(client: StrataClient, submitter: string): ParentChain {
  registerL3RegistryTypes(client);
  return {
    async rollup(chainId) {
      const r = await query(client, "Chain", v1.QueryChainRequest.encode({ chainId }).finish(), (b) =>
        v1.QueryChainResponse.decode(b),
      );
      const chain = r?.chain;
      if (!chain) return null;
      return {
        lastNumber: Number(chain.lastNumber),
        validators: childValidatorsFromProto(chain.validators ?? []),
        depositCount: 0,
      };
    },
    async batchHeader(chainId, number) {
      const r = await query(
        client,
        "Header",
        v1.QueryHeaderRequest.encode({ chainId, number }).finish(),
        (b) => v1.QueryHeaderResponse.decode(b),
      );
      return r?.header?.header ? decodeBatchHeader(Uint8Array.from(r.header.header)) : null;
    },
    async maxItemsPerBatch() {
      const r = await query(client, "Params", v1.QueryParamsRequest.encode({}).finish(), (b) =>
        v1.QueryParamsResponse.decode(b),
      );
      return Number(r?.params?.maxItemsPerAnchor ?? 200);
    },
    async submitBatch(chainId, items) {
      const value = { submitter, chainId, items };
      const msgBytes = v1.MsgAnchorL3Headers.encode(value).finish().length;
      const r = await client.submit(submitter, [{ typeUrl: ANCHOR_L3_HEADERS_TYPE_URL, value }]);
      return { height: r.height, txhash: r.txhash, gasUsed: r.gasUsed, msgBytes };
    },
    async deposits() {
      return [];
    },
  };
}
