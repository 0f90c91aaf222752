export type { CosmosKeepers, CosmosModules, CosmosModulesOptions } from "./cosmos.js";
export { COSMOS_MODULE_ACCOUNTS, createCosmosModules } from "./cosmos.js";
