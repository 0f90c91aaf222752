import type { strata } from "../../../../proto/gen/strata.js";
import type { Context, StoreSource } from "../../../core/app/context.js";
import { reserve, settle } from "./escrow.js";
import type {
  AccountKeeper,
  BankKeeper,
  L3RegistryKeeper,
  ModelsKeeper,
  NodesKeeper,
} from "./expectedKeepers.js";
import { sessionsStore } from "./store.js";

/** Keepers the sessions module is built on. */
export interface SessionsDeps {
  bank: BankKeeper;
  accounts: AccountKeeper;
  models: ModelsKeeper;
  nodes: NodesKeeper;
  /** The L3 registry; without it every private session (`l3_chain_id` set) is refused. */
  l3registry?: L3RegistryKeeper;
}

/**
 * Creates the sessions keeper: what the task pipeline reads of sessions and the escrow operations
 * it drives (`reserve` when a task is recorded, `settle` at its verdict). Stateless over the context.
 */
export function createSessionsKeeper(deps: SessionsDeps) {
  return {
    /** Wiring of the operations (message handlers use it). */
    deps,

    /** The session `id`, or undefined. */
    getSession(ctx: StoreSource, id: number): strata.sessions.v1.Session | undefined {
      return sessionsStore.get(ctx, id);
    },

    /**
     * Holds `amount` of the session's free balance for a task and counts it open.
     * @throws SessionsError(insufficientDeposit) when `balance − reserved < amount` ("work beyond the session's deposit").
     */
    reserve(ctx: Context, id: number, amount: bigint): void {
      reserve(ctx, id, amount);
    },

    /**
     * Releases `reserved`, pays `payments` from escrow (the charge is their sum), counts the task settled.
     * @throws SessionsError when the charge exceeds `reserved` or `reserved` exceeds what the session holds.
     */
    settle(
      ctx: Context,
      id: number,
      reserved: bigint,
      payments: { recipient: string; amount: bigint }[],
    ): void {
      settle(deps, ctx, id, reserved, payments);
    },

    /** The current params. */
    params(ctx: StoreSource) {
      return sessionsStore.getParams(ctx);
    },
  };
}

/** The sessions keeper's type. */
export type SessionsKeeper = ReturnType<typeof createSessionsKeeper>;
