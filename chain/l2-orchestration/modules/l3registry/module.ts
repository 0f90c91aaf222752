import type { Module } from "../../../core/app/module.js";
import { anchorL3HeadersHandler } from "./anchorL3Headers.js";
import { exportL3RegistryGenesis, initL3RegistryGenesis } from "./genesis.js";
import type { L3RegistryKeeper } from "./keeper.js";
import { l3registryQueries } from "./queries.js";
import { registerL3Handler } from "./registerL3.js";
import { L3REGISTRY_MODULE } from "./store.js";

/**
 * The l3registry module (L2 RULES.md, "l3registry"): registers private L3 chains and anchors their
 * headers; `Chain`, `Chains`, `Header`, `Headers`, `Latest`, `Params` queries; genesis.
 */
export function createL3RegistryModule(_keeper: L3RegistryKeeper): Module {
  return {
    name: L3REGISTRY_MODULE,
    msgs: [registerL3Handler(), anchorL3HeadersHandler()],
    queries: l3registryQueries,
    initGenesis: (ctx, raw) => initL3RegistryGenesis(ctx, raw),
    exportGenesis: (ctx) => exportL3RegistryGenesis(ctx),
  };
}
