export { LocalnetError, LocalnetErrorCode } from "./errors.js";
export type {
  LocalnetManifest,
  ManifestAccount,
  ManifestBatcher,
  ManifestChain,
  ManifestGuard,
  ManifestL1Registration,
  ManifestNode,
  ManifestRouter,
  ManifestSession,
} from "./manifest.js";
export { MANIFEST_VERSION, manifestPath, readManifest } from "./manifest.js";
export { busyPorts, freePort, reservePorts } from "./ports.js";
export { isAlive, STRATA_BIN, spawnStrata, terminate, waitForHeight, waitForHttp } from "./processes.js";
export type { Progress } from "./topology.js";
export {
  CHALLENGE_WINDOW_BLOCKS,
  DEV_BALANCE,
  L1_CHAIN_ID,
  L2_CHAIN_ID,
  MAX_UNPOSTED_BLOCKS,
  RELAYER_KEY,
  ROLLUP_BOND,
  TINY_MODEL,
} from "./topology.js";
export type { Localnet, LocalnetOptions } from "./up.js";
export { localnetDown, localnetStatus, localnetUp, validateLocalnetOptions } from "./up.js";
