export type { RouterProcess } from "./spawnRouterProcess.js";
export { spawnRouterProcess } from "./spawnRouterProcess.js";
