import { strata } from "../../../../proto/gen/strata.js";
import type { Context, StoreSource } from "../../../core/app/context.js";
import type { AccountKeeper, BankKeeper, ModelsKeeper } from "./expectedKeepers.js";
import { recordScore } from "./recordScore.js";
import { type SlashReason, slash } from "./slash.js";
import { nodesStore } from "./store.js";

const { NodeStatus } = strata.nodes.v1;

/** Keepers the nodes module is built on. */
export interface NodesDeps {
  bank: BankKeeper;
  accounts: AccountKeeper;
  /** Served versions must exist. */
  models: ModelsKeeper;
}

/**
 * Creates the nodes keeper: the registry other modules read (who may route, execute, guard) and
 * the two consequences settlement applies (`slash`, `recordScore`). Stateless over the context.
 */
export function createNodesKeeper(deps: NodesDeps) {
  const keeper = {
    /** Wiring of the operations (message handlers and end-block use it). */
    deps,

    /** The node of `operator`, or undefined. */
    getNode(ctx: StoreSource, operator: string): strata.nodes.v1.Node | undefined {
      return nodesStore.get(ctx, operator);
    },

    /** Whether `operator` runs a registered, ACTIVE node holding `role`. */
    isActive(ctx: StoreSource, operator: string, role: strata.nodes.v1.Role): boolean {
      const node = nodesStore.get(ctx, operator);
      return node !== undefined && node.status === NodeStatus.NODE_STATUS_ACTIVE && node.roles.includes(role);
    },

    /** The ACTIVE nodes holding `role`, sorted by operator address. */
    activeNodes(ctx: StoreSource, role: strata.nodes.v1.Role): strata.nodes.v1.Node[] {
      // Store order is operator order (keys are the operator text).
      return [...nodesStore.iterate(ctx)].filter(
        (n) => n.status === NodeStatus.NODE_STATUS_ACTIVE && n.roles.includes(role),
      );
    },

    /** Whether `operator`'s node lists `modelId` among the versions it serves (whatever its status). */
    serves(ctx: StoreSource, operator: string, modelId: string): boolean {
      return nodesStore.get(ctx, operator)?.models.includes(modelId) ?? false;
    },

    /**
     * Takes `floor(stake · fraction / SCALE)` into the treasury, jails for `jail_blocks` when
     * `jail`; returns the amount taken.
     * @throws NodesError for an unknown operator or a fraction outside [0, SCALE].
     */
    slash(ctx: Context, operator: string, fraction: bigint, reason: SlashReason, jail: boolean): bigint {
      return slash(deps, ctx, operator, fraction, reason, jail);
    },

    /**
     * Folds `score` (scale 1,000,000) into the reputation EWMA and counts the task (`faulted`: a fault).
     * @throws NodesError(notFound) for an unknown operator.
     */
    recordScore(ctx: Context, operator: string, score: bigint, faulted: boolean): void {
      recordScore(ctx, operator, score, faulted);
    },

    /** The current params. */
    params(ctx: StoreSource) {
      return nodesStore.getParams(ctx);
    },
  };
  return keeper;
}

/** The nodes keeper's type. */
export type NodesKeeper = ReturnType<typeof createNodesKeeper>;
