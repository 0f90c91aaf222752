/**
 * The explorer's JSON API: one function per page, each reading the chains through their RPC and the
 * strata query extensions of `client/` and answering the shapes of `shared/api.ts`. Nothing is
 * stored beyond the activity cache; every value comes from the chain at request time.
 */
export { account, block, overview, tx } from "./chains.js";
export type { ApiContext, ChainHandle, CosmosQueries, L2Queries, L3Node } from "./context.js";
export { l3, l3Audit, l3Chain } from "./l3.js";
export {
  model,
  modelRow,
  models,
  node,
  nodeRow,
  nodes,
  session,
  sessionRow,
  sessions,
  task,
} from "./records.js";
export { search } from "./search.js";
