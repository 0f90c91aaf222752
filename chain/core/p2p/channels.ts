/**
 * Channel numbers of the node's protocols. A channel is one byte on the wire; the numbers follow
 * CometBFT's reactors so logs and packet captures read the same.
 */
export const ChannelId = {
  /** Consensus round state (new round step, has-vote). */
  consensusState: 0x20,
  /** Consensus proposals and block parts. */
  consensusData: 0x21,
  /** Consensus votes (prevotes and precommits). */
  consensusVote: 0x22,
  /** Mempool transactions. */
  mempool: 0x30,
  /** Evidence of misbehaviour. */
  evidence: 0x38,
  /** Block sync: blocks and commits by height (request/response). */
  blockSync: 0x40,
  /** Node info: a peer's listen and RPC addresses and versions, as `net_info` reports them (request/response). */
  nodeInfo: 0x50,
} as const;

/** One of the {@link ChannelId} numbers. */
export type ChannelIdValue = (typeof ChannelId)[keyof typeof ChannelId];
