import type { QueryClient } from "@cosmjs/stargate";
import { strata } from "../../proto/gen/strata.js";
import { plain } from "../plain.js";
import type { Session, SessionsParams } from "../types.js";
import { orNull, type PageInfo, type PageOptions, pageInfo, pageRequest, serviceRpc } from "./service.js";

/** Queries of the sessions module (`/strata.sessions.v1.Query/…`). */
export interface SessionsExtension {
  readonly sessions: {
    /** A session by id, or null when there is none. */
    readonly session: (id: number) => Promise<Session | null>;
    /** Sessions in id order, optionally of one owner. */
    readonly list: (opts?: {
      owner?: string;
      page?: PageOptions;
    }) => Promise<{ sessions: Session[]; page: PageInfo }>;
    /**
     * The OPEN session of an API key, by the key's sha256 (`apiKeySha256(key)`), or null when no open
     * session uses it (a wrong or closed key). A router authenticates a bearer key with it.
     */
    readonly byApiKey: (apiKeySha256: string) => Promise<Session | null>;
    /** The module's parameters. */
    readonly params: () => Promise<SessionsParams>;
  };
}

/** Sets up the sessions queries for `QueryClient.withExtensions`. */
export function setupSessionsExtension(base: QueryClient): SessionsExtension {
  const service = new strata.sessions.v1.Query(serviceRpc(base, "strata.sessions.v1.Query"));
  return {
    sessions: {
      session: (id) => orNull(service.session({ id }).then((r) => r.session as Session | null)),
      list: async (opts = {}) => {
        const r = await service.sessions({ owner: opts.owner ?? "", pagination: pageRequest(opts.page) });
        return { sessions: plain(r.sessions) as Session[], page: pageInfo(r.pagination) };
      },
      byApiKey: (apiKeySha256) =>
        orNull(service.sessionByApiKey({ apiKeySha256 }).then((r) => r.session as Session | null)),
      params: async () => plain((await service.params({})).params) as SessionsParams,
    },
  };
}
