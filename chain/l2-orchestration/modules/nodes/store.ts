import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { u64Key, utf8, withNumbers, withoutDefaults } from "../../shared/index.js";
import { key, NodesKey } from "./keys.js";
import { DEFAULT_NODES_PARAMS, type NodesParams } from "./params.js";

/** Name (and store namespace) of the nodes module. */
export const NODES_MODULE = "nodes";

const { Node, Params } = strata.nodes.v1;
const EMPTY = new Uint8Array();
const PARAMS_KEY = Uint8Array.of(NodesKey.params);
const dec = new TextDecoder();
const decodedNodes = new WeakMap<Uint8Array, strata.nodes.v1.Node>();
const decodedParams = new WeakMap<Uint8Array, NodesParams>();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(NODES_MODULE);
}

function decode(raw: Uint8Array): strata.nodes.v1.Node {
  // Stores hand out the stored value itself: decode each stored version once, hand out copies
  // (guard draws and eligibility checks read every node many times per block).
  let n = decodedNodes.get(raw);
  if (!n) {
    n = withNumbers(Node.decode(raw));
    decodedNodes.set(raw, n);
  }
  return Node.create({
    ...n,
    roles: [...n.roles],
    models: [...n.models],
    hardware: n.hardware ? strata.nodes.v1.Hardware.create({ ...n.hardware }) : null,
  });
}

/** The only code that touches the nodes store: params, nodes, the unbonding queue. */
export const nodesStore = {
  getParams(ctx: StoreSource): NodesParams {
    const raw = kv(ctx).get(PARAMS_KEY);
    if (!raw) return { ...DEFAULT_NODES_PARAMS };
    let p = decodedParams.get(raw);
    if (!p) {
      const q = withNumbers(Params.decode(raw));
      p = {
        minStake: BigInt(q.minStake || "0"),
        unbondingBlocks: q.unbondingBlocks,
        initialReputation: q.initialReputation,
        reputationAlpha: q.reputationAlpha,
        jailBlocks: q.jailBlocks,
      };
      decodedParams.set(raw, p);
    }
    return { ...p };
  },

  setParams(ctx: StoreSource, p: NodesParams): void {
    const proto = { ...p, minStake: p.minStake.toString() };
    kv(ctx).set(PARAMS_KEY, Params.encode(withoutDefaults(proto)).finish());
  },

  get(ctx: StoreSource, operator: string): strata.nodes.v1.Node | undefined {
    const raw = kv(ctx).get(key(NodesKey.node, utf8(operator)));
    return raw ? decode(raw) : undefined;
  },

  set(ctx: StoreSource, node: strata.nodes.v1.INode): void {
    // An empty hardware report means the same as none: store one form.
    const hw = node.hardware;
    const hardware = hw && (hw.cpu || hw.cores || hw.memoryBytes || hw.gpu) ? hw : null;
    kv(ctx).set(
      key(NodesKey.node, utf8(node.operator!)),
      Node.encode(withoutDefaults({ ...node, hardware })).finish(),
    );
  },

  /** Every node in operator order. */
  *iterate(ctx: StoreSource): IterableIterator<strata.nodes.v1.Node> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(NodesKey.node))) yield decode(v);
  },

  enqueueUnbonding(ctx: StoreSource, height: number, operator: string): void {
    kv(ctx).set(key(NodesKey.unbondingQueue, u64Key(height), utf8(operator)), EMPTY);
  },

  dequeueUnbonding(ctx: StoreSource, height: number, operator: string): void {
    kv(ctx).delete(key(NodesKey.unbondingQueue, u64Key(height), utf8(operator)));
  },

  /** Operators whose unbonding completes at or before `height`, by (height, operator). */
  dueUnbondings(ctx: StoreSource, height: number): { height: number; operator: string }[] {
    const prefix = Uint8Array.of(NodesKey.unbondingQueue);
    const end = key(NodesKey.unbondingQueue, u64Key(height + 1));
    const out: { height: number; operator: string }[] = [];
    for (const [k] of kv(ctx).iterate(prefix, { end })) {
      out.push({
        height: Number(Buffer.from(k.subarray(1, 9)).readBigUInt64BE()),
        operator: dec.decode(k.subarray(9)),
      });
    }
    return out;
  },
};
