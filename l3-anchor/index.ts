/**
 * The L3 → L2 anchorer: posts every L3 block's header, commit and proof of absence of the
 * commitment key to L2's `l3registry` (ROLLUP.md, "L3 anchoring"), reusing the batcher.
 * @packageDocumentation
 */
export {
  ANCHOR_L3_HEADERS_TYPE_URL,
  l3registryParentOverClient,
  queryL3OnL2,
  REGISTER_L3_TYPE_URL,
  registerL3RegistryTypes,
} from "./l3registryParent.js";
export type { RegisterL3Input } from "./registerL3OnL2.js";
export { registerL3OnL2 } from "./registerL3OnL2.js";
export type { RunningL3Anchor, StartL3AnchorDeps, StartL3AnchorOptions } from "./startL3Anchor.js";
export { startL3Anchor } from "./startL3Anchor.js";
