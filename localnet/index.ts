export type {
  LocalnetManifest,
  ManifestAccount,
  ManifestChain,
  ManifestNode,
  ManifestRouter,
} from "./manifest.js";
export { MANIFEST_VERSION, manifestPath, readManifest } from "./manifest.js";
export { freePort } from "./ports.js";
export { isAlive, STRATA_BIN, spawnStrata, terminate, waitForHeight } from "./processes.js";
export type { Localnet, LocalnetOptions } from "./up.js";
export { localnetDown, localnetStatus, localnetUp } from "./up.js";
