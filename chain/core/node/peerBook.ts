import { errorMessage } from "../errors/index.js";
import type { Logger } from "../log/index.js";
import { ChannelId, type NodeId, type P2P, type PeerInfo } from "../p2p/index.js";
import type { NodeInfo, PeerStatus } from "../rpc/backend.js";

/** What the peer book needs from the p2p layer (the book owns this interface). */
export type PeerBookTransport = Pick<
  P2P,
  | "handleRequests"
  | "request"
  | "peers"
  | "isConnected"
  | "onPeerConnected"
  | "onPeerDisconnected"
  | "misbehaved"
>;

// The node-info exchange on ChannelId.nodeInfo (request/response): an empty request is answered
// with this node's info as CometBFT's DefaultNodeInfo JSON (UTF-8). The id, network and moniker a
// peer proved in the p2p handshake win over what it writes here.
const MAX_INFO_BYTES = 4096;
const MAX_FIELD = 256;
const REQUEST_TIMEOUT_MS = 3000;

/** Encodes a node's info for the exchange. */
export function encodeNodeInfoMessage(info: NodeInfo): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      protocol_version: {
        p2p: info.protocolVersion.p2p.toString(),
        block: info.protocolVersion.block.toString(),
        app: info.protocolVersion.app.toString(),
      },
      listen_addr: info.listenAddr,
      version: info.version,
      channels: info.channels,
      other: { tx_index: info.txIndex, rpc_address: info.rpcAddress },
    }),
  );
}

function field(value: unknown, name: string): string {
  // [REJECT] node-info fields that are not short strings
  if (typeof value !== "string" || value.length > MAX_FIELD) throw new Error(`bad ${name}`);
  return value;
}

function uint(value: unknown, name: string): bigint {
  // [REJECT] protocol versions that are not decimal integers
  if (typeof value !== "string" || !/^[0-9]{1,19}$/.test(value)) throw new Error(`bad ${name}`);
  return BigInt(value);
}

/**
 * Decodes a peer's answer into its node info, with the identity the link proved.
 * @throws Error naming the first malformed field.
 */
export function decodeNodeInfoMessage(
  bytes: Uint8Array,
  proven: { id: NodeId; network: string; moniker: string },
): NodeInfo {
  // [REJECT] oversized or non-JSON answers
  if (bytes.length > MAX_INFO_BYTES) throw new Error("node info too large");
  const m = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as Record<string, unknown>;
  if (typeof m !== "object" || m === null) throw new Error("node info is not an object");
  const pv = (m.protocol_version ?? {}) as Record<string, unknown>;
  const other = (m.other ?? {}) as Record<string, unknown>;
  return {
    id: proven.id,
    network: proven.network,
    moniker: proven.moniker,
    listenAddr: field(m.listen_addr, "listen_addr"),
    version: field(m.version, "version"),
    channels: field(m.channels, "channels"),
    protocolVersion: {
      p2p: uint(pv.p2p, "protocol_version.p2p"),
      block: uint(pv.block, "protocol_version.block"),
      app: uint(pv.app, "protocol_version.app"),
    },
    txIndex: field(other.tx_index, "other.tx_index"),
    rpcAddress: field(other.rpc_address, "other.rpc_address"),
  };
}

/**
 * The node's view of its peers for `net_info`: it answers peers' node-info requests with this
 * node's info and asks every peer that connects for its own, kept until the link drops. A peer
 * that has not answered (yet) is reported with what its handshake proved.
 */
export class PeerBook {
  private readonly infos = new Map<NodeId, NodeInfo>();
  private readonly pending = new Set<NodeId>();
  private readonly unsubscribe: (() => void)[];
  private closed = false;

  /** @throws P2PError `invalidConfig` when the node-info channel already has a handler. */
  constructor(
    private readonly p2p: PeerBookTransport,
    private readonly self: () => NodeInfo,
    private readonly deps: { logger: Logger; now?: () => number },
  ) {
    p2p.handleRequests(ChannelId.nodeInfo, () => encodeNodeInfoMessage(this.self()));
    this.unsubscribe = [
      p2p.onPeerConnected((peer) => this.fetch(peer)),
      p2p.onPeerDisconnected((peer) => this.infos.delete(peer.id)),
    ];
  }

  /** Stops listening to the p2p layer. */
  close(): void {
    this.closed = true;
    for (const off of this.unsubscribe) off();
  }

  /** Every connected peer with its node info. */
  peers(): PeerStatus[] {
    const now = (this.deps.now ?? Date.now)();
    return this.p2p.peers().map((peer) => {
      const info = this.infos.get(peer.id);
      if (!info) this.fetch(peer);
      return {
        nodeInfo: info ?? this.provenInfo(peer),
        isOutbound: peer.direction === "outbound",
        remoteIp: peer.remoteAddress.replace(/^::ffff:/, ""),
        connectedNs: BigInt(Math.max(0, now - peer.connectedAt)) * 1_000_000n,
      };
    });
  }

  // What the handshake proved; an outbound link's remote address is the peer's listen address.
  private provenInfo(peer: PeerInfo): NodeInfo {
    const own = this.self();
    return {
      id: peer.id,
      network: own.network,
      moniker: peer.moniker,
      listenAddr: peer.direction === "outbound" ? `tcp://${peer.remoteAddress}:${peer.remotePort}` : "",
      version: "",
      channels: "",
      protocolVersion: { p2p: 0n, block: 0n, app: 0n },
      txIndex: "",
      rpcAddress: "",
    };
  }

  private fetch(peer: PeerInfo): void {
    if (this.closed || this.pending.has(peer.id)) return;
    this.pending.add(peer.id);
    const proven = { id: peer.id, network: this.self().network, moniker: peer.moniker };
    this.p2p
      .request(peer.id, ChannelId.nodeInfo, new Uint8Array(), REQUEST_TIMEOUT_MS)
      .then((bytes) => {
        let info: NodeInfo;
        try {
          info = decodeNodeInfoMessage(bytes, proven);
        } catch (err) {
          this.p2p.misbehaved(peer.id, `malformed node info: ${errorMessage(err)}`, "low");
          return;
        }
        // The link may have dropped while the answer was on its way.
        if (!this.closed && this.p2p.isConnected(peer.id)) this.infos.set(peer.id, info);
      })
      .catch((err) =>
        this.deps.logger.debug("node info request failed", { peer: peer.id, err: errorMessage(err) }),
      )
      .finally(() => this.pending.delete(peer.id));
  }
}
