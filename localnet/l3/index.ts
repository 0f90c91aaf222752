export { L3LaunchCode, L3LaunchError } from "./errors.js";
export type { L3ManifestL2, L3Registration, LocalnetL2Defaults } from "./l2link.js";
export {
  anchorLogPath,
  ensureL3RegisteredOnL2,
  localnetL2Defaults,
  startL3Anchorer,
  waitForFirstAnchor,
} from "./l2link.js";
export type { L3LaunchOptions, L3Manifest, L3ManifestValidator, ValidatorProcesses } from "./launch.js";
export {
  createL3,
  L3_ACCOUNT_BALANCE,
  l3ManifestPath,
  readL3Manifest,
  recordL3InLocalnet,
  removeL3Home,
  startL3,
  startValidator,
  stopL3,
  writeL3Manifest,
} from "./launch.js";
export type { MemberEntry, MembersFile } from "./members.js";
export { readMembersFile } from "./members.js";
