/**
 * The guard's node on L2: registered with the GUARD role and its stake, or an existing
 * registration reused (RULES.md, nodes, "Register" / "Update").
 */

import type { Logger } from "../../chain/core/log/index.js";
import {
  enumName,
  type Hardware,
  msgRegisterNode,
  msgUpdateNode,
  type Node,
  NodeStatus,
  Role,
  type StrataL2Client,
} from "../../client/index.js";
import { GuardError, GuardErrorCode } from "../errors.js";

/** What {@link ensureGuardRegistration} did. */
export type RegistrationOutcome = "registered" | "reused" | "role-added";

/** Inputs of {@link ensureGuardRegistration}. */
export interface GuardRegistration {
  operator: string;
  /** The guard's ed25519 node key. */
  pubkey: Uint8Array;
  /** Stake to bond when registering (ustra decimal); default the chain's `min_stake`. */
  stake?: string;
  hardware?: Hardware;
}

/**
 * Makes sure `operator` is an ACTIVE node with the GUARD role: registers it (roles GUARD, no
 * endpoint, no models) when it has no node or an UNBONDED one, adds the GUARD role to an ACTIVE
 * node without it, and reuses an ACTIVE guard as it is.
 * @throws GuardError(RegistrationFailed) for a JAILED or UNBONDING node; TxRefusedError when the
 *   chain refuses the registration (e.g. stake below the minimum, insufficient funds).
 */
export async function ensureGuardRegistration(
  client: StrataL2Client,
  reg: GuardRegistration,
  deps: { logger: Logger },
): Promise<{ outcome: RegistrationOutcome; node: Node }> {
  const log = deps.logger.child({ component: "registration" });
  const existing = await client.query.nodes.node(reg.operator);
  if (existing && existing.status === NodeStatus.NODE_STATUS_ACTIVE) {
    if (Buffer.compare(Buffer.from(existing.pubkey), Buffer.from(reg.pubkey)) !== 0) {
      log.warn(
        "the registered pubkey is not this home's node key; the key in the home still draws re-executions",
        {
          operator: reg.operator,
        },
      );
    }
    if (existing.roles.includes(Role.ROLE_GUARD)) {
      log.info("reusing the guard registration", { operator: reg.operator, stake: existing.stake });
      return { outcome: "reused", node: existing };
    }
    await client.submit(reg.operator, [
      msgUpdateNode({ operator: reg.operator, setRoles: true, roles: [...existing.roles, Role.ROLE_GUARD] }),
    ]);
    log.info("added the GUARD role to the node", { operator: reg.operator });
    return { outcome: "role-added", node: (await client.query.nodes.node(reg.operator))! };
  }
  if (existing && existing.status !== NodeStatus.NODE_STATUS_UNBONDED) {
    const status = enumName(NodeStatus, existing.status);
    const hint =
      existing.status === NodeStatus.NODE_STATUS_JAILED
        ? `; unjail it from height ${existing.jailedUntilHeight} (strata tx nodes unjail)`
        : "; wait until it is UNBONDED, then start again";
    throw new GuardError(
      GuardErrorCode.RegistrationFailed,
      `node ${reg.operator} is ${status} and cannot guard${hint}`,
      { operator: reg.operator, status },
    );
  }
  const stake = reg.stake ?? (await client.query.nodes.params()).minStake;
  await client.submit(reg.operator, [
    msgRegisterNode({
      operator: reg.operator,
      roles: [Role.ROLE_GUARD],
      pubkey: reg.pubkey,
      endpoint: "",
      models: [],
      capacity: 0,
      pricePer_1k: "0",
      stake,
      ...(reg.hardware ? { hardware: reg.hardware } : {}),
    }),
  ]);
  log.info("registered as a guard", { operator: reg.operator, stake });
  return { outcome: "registered", node: (await client.query.nodes.node(reg.operator))! };
}
