import { ChannelId, createGossip, type GossipTransport } from "../p2p/index.js";
import type { CheckTxResult } from "../rpc/backend.js";

/** What mempool gossip needs from the chain node (the gossip owns this interface). */
export interface MempoolGossipHost {
  /** CheckTx and admission; calls the admission listeners synchronously when it passes. */
  broadcastTx(tx: Uint8Array): Promise<CheckTxResult>;
  onTxAdmitted(listener: (tx: Uint8Array) => void): () => void;
}

/**
 * Mempool gossip on {@link ChannelId.mempool}: every tx this node admits is published, and every
 * tx a peer gossips goes through CheckTx here and, once admitted, on to the other peers. So a tx
 * sent to any node (a full node included) reaches whoever proposes. Returns the unsubscribe.
 * @throws P2PError `invalidConfig` when the channel already has a handler.
 */
export function startMempoolGossip(p2p: GossipTransport, host: MempoolGossipHost): () => void {
  let relaying = false;
  const gossip = createGossip(p2p, { channel: ChannelId.mempool }, async (m) => {
    // CheckTx runs synchronously inside broadcastTx: the admission it triggers is a relay (the
    // gossip layer forwards it), not a new tx to publish.
    relaying = true;
    let pending: Promise<CheckTxResult>;
    try {
      pending = host.broadcastTx(m.payload);
    } finally {
      relaying = false;
    }
    const r = await pending;
    // A tx that fails CheckTx here (already seen, sequence moved on) is no fault of the relayer.
    return r.code === 0 ? "accept" : "ignore";
  });
  return host.onTxAdmitted((tx) => {
    if (!relaying) gossip.publish(tx);
  });
}
