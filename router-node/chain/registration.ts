/**
 * Registration of a router node on L2: which model version its file is (by digest), its node key,
 * and whether to register, update or keep its on-chain record. The decisions are pure functions
 * (table-tested); `ensureRegistration` sends the transaction they call for.
 */
import { chmod, mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Ed25519KeyPair } from "../../chain/core/crypto/index.js";
import type { Logger } from "../../chain/core/log/index.js";
import { generateKeyFile, loadKeyFile } from "../../chain/core/node/index.js";
import {
  type Hardware,
  type ModelVersion,
  msgRegisterNode,
  msgUpdateNode,
  type Node,
  type StrataL2Client,
} from "../../client/index.js";
import { RouterError, RouterErrorCode } from "../errors.js";

const ROLE_ROUTER = 1;
const ROLE_EXECUTOR = 2;
const MODEL_VERIFIED = 2;
const MODEL_DEPRECATED = 3;
const NODE_ACTIVE = 1;
const NODE_JAILED = 2;
const NODE_UNBONDING = 3;

/** File name of the router's ed25519 node key (signs receipts and peer requests) in its home. */
export const NODE_KEY_FILE = "node_key.json";
/** File name of the task journal in the router home. */
export const JOURNAL_FILE = "tasks.journal";

/**
 * Loads the node key from `home` or, on first start, creates the home (mode 0700) and a new key
 * (mode 0600). A key file readable by others is made private again.
 * @throws NodeError when the key file is malformed.
 */
export async function loadOrCreateNodeKey(home: string): Promise<{ key: Ed25519KeyPair; created: boolean }> {
  await mkdir(home, { recursive: true, mode: 0o700 });
  const path = join(home, NODE_KEY_FILE);
  try {
    const st = await stat(path);
    if ((st.mode & 0o077) !== 0) await chmod(path, 0o600);
    return { key: await loadKeyFile(path), created: false };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  return { key: await generateKeyFile(path), created: true };
}

/**
 * The L2 model version a file with sha256 `digest` is (pure):
 * - with `wanted` (`name@version`): that version; [REJECT] unknown; [REJECT] its `weights_sha256`
 *   differs from the file's (the router refuses to serve it).
 * - without: the versions whose digest is the file's, not DEPRECATED; VERIFIED first, then the
 *   latest published. [REJECT] none.
 * @throws RouterError `ModelDigestMismatch` / `ModelNotFound` naming the digests.
 */
export function resolveModel(models: readonly ModelVersion[], digest: string, wanted?: string): ModelVersion {
  if (wanted !== undefined) {
    const m = models.find((x) => x.id === wanted);
    if (!m)
      throw new RouterError(RouterErrorCode.ModelNotFound, `model version ${wanted} is not published on L2`);
    if (m.weightsSha256 !== digest) {
      throw new RouterError(
        RouterErrorCode.ModelDigestMismatch,
        `refusing to serve ${wanted}: the model file's sha256 is ${digest} but L2 registered weights_sha256 ${m.weightsSha256}`,
      );
    }
    return m;
  }
  const matching = models
    .filter((m) => m.weightsSha256 === digest && m.status !== MODEL_DEPRECATED)
    .sort(
      (a, b) =>
        Number(b.status === MODEL_VERIFIED) - Number(a.status === MODEL_VERIFIED) ||
        b.publishedHeight - a.publishedHeight,
    );
  if (matching.length === 0) {
    throw new RouterError(
      RouterErrorCode.ModelNotFound,
      `no model version on L2 has weights_sha256 ${digest} (the model file's); publish it or pass --l2-model name@version`,
    );
  }
  return matching[0]!;
}

/** The registration this router wants. */
export interface WantedRegistration {
  operator: string;
  pubkey: Uint8Array;
  endpoint: string;
  models: string[];
  capacity: number;
  /** Price per 1k tokens, ustra (decimal string). */
  price: string;
  hardware: Required<Hardware>;
  /** Stake to bond when registering (ustra). */
  stake: string;
}

/** What to do about the on-chain record. */
export type RegistrationPlan =
  | { kind: "register" }
  | { kind: "update"; changes: Omit<Parameters<typeof msgUpdateNode>[0], "operator"> }
  | { kind: "none" };

function sameHardware(a: Hardware | null | undefined, b: Required<Hardware>): boolean {
  return (
    !!a &&
    a.cpu === b.cpu &&
    Number(a.cores) === b.cores &&
    Number(a.memoryBytes) === b.memoryBytes &&
    a.gpu === b.gpu
  );
}

/**
 * Register, update or keep (pure):
 * - no node, or UNBONDED: register with roles ROUTER + EXECUTOR.
 * - [REJECT] JAILED or UNBONDING: it could not record (the operator unjails or waits first).
 * - [REJECT] registered with another node key (receipts would not verify; keys cannot change).
 * - ACTIVE: update what differs (endpoint, models, capacity, price, hardware, the two roles added
 *   to the node's), else nothing.
 * @throws RouterError `RegistrationFailed` naming the state.
 */
export function planRegistration(existing: Node | null, wanted: WantedRegistration): RegistrationPlan {
  if (
    !existing ||
    (existing.status !== NODE_ACTIVE && existing.status !== NODE_JAILED && existing.status !== NODE_UNBONDING)
  )
    return { kind: "register" };
  if (existing.status === NODE_JAILED) {
    throw new RouterError(
      RouterErrorCode.RegistrationFailed,
      `node ${wanted.operator} is jailed until height ${existing.jailedUntilHeight}; unjail it (strata tx nodes unjail) before starting`,
    );
  }
  if (existing.status === NODE_UNBONDING) {
    throw new RouterError(
      RouterErrorCode.RegistrationFailed,
      `node ${wanted.operator} is unbonding until height ${existing.unbondingHeight}; it can register again once unbonded`,
    );
  }
  if (Buffer.compare(Buffer.from(existing.pubkey), Buffer.from(wanted.pubkey)) !== 0) {
    throw new RouterError(
      RouterErrorCode.RegistrationFailed,
      `node ${wanted.operator} is registered with another node key; start with the router home that holds it (--home), or unbond and register again`,
    );
  }
  const changes: Omit<Parameters<typeof msgUpdateNode>[0], "operator"> = {};
  if (existing.endpoint !== wanted.endpoint) changes.endpoint = wanted.endpoint;
  const models = [...new Set([...existing.models, ...wanted.models])];
  if (models.length !== existing.models.length) {
    changes.setModels = true;
    changes.models = models;
  }
  if (existing.capacity !== wanted.capacity) changes.capacity = wanted.capacity;
  if ((existing.pricePer_1k || "0") !== wanted.price) changes.pricePer_1k = wanted.price;
  if (!sameHardware(existing.hardware, wanted.hardware)) changes.hardware = wanted.hardware;
  const roles = [...new Set([...existing.roles, ROLE_ROUTER, ROLE_EXECUTOR])];
  if (roles.length !== existing.roles.length) {
    changes.setRoles = true;
    changes.roles = roles;
  }
  return Object.keys(changes).length === 0 ? { kind: "none" } : { kind: "update", changes };
}

/**
 * Brings the operator's node record to `wanted` (register or update) and returns the record.
 * @throws RouterError `RegistrationFailed` (plan refusals, refused transactions).
 */
export async function ensureRegistration(
  client: StrataL2Client,
  wanted: WantedRegistration,
  logger: Logger,
): Promise<{ node: Node; action: RegistrationPlan["kind"] }> {
  const existing = await client.query.nodes.node(wanted.operator);
  const plan = planRegistration(existing, wanted);
  try {
    if (plan.kind === "register") {
      await client.submit(wanted.operator, [
        msgRegisterNode({
          operator: wanted.operator,
          roles: [ROLE_ROUTER, ROLE_EXECUTOR],
          pubkey: wanted.pubkey,
          endpoint: wanted.endpoint,
          models: wanted.models,
          capacity: wanted.capacity,
          pricePer_1k: wanted.price,
          hardware: wanted.hardware,
          stake: wanted.stake,
        }),
      ]);
    } else if (plan.kind === "update") {
      await client.submit(wanted.operator, [msgUpdateNode({ operator: wanted.operator, ...plan.changes })]);
    }
  } catch (err) {
    throw new RouterError(
      RouterErrorCode.RegistrationFailed,
      `cannot ${plan.kind} node ${wanted.operator} on L2: ${(err as Error).message}`,
    );
  }
  const node = await client.query.nodes.node(wanted.operator);
  if (!node)
    throw new RouterError(
      RouterErrorCode.RegistrationFailed,
      `node ${wanted.operator} is not registered after ${plan.kind}`,
    );
  logger.info("registered on L2", {
    operator: wanted.operator,
    action: plan.kind,
    endpoint: node.endpoint,
    models: node.models,
  });
  return { node, action: plan.kind };
}
